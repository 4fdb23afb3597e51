package nl.functiehuis.publish;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typefaces embedded in every PDF: Liberation Sans and Serif (SIL Open Font License) in four styles each,
 * read once from the font jar on the class path, so no system font is needed and every glyph is embedded.
 */
final class PrintFonts {
    static final String SANS = "Liberation Sans";
    static final String SERIF = "Liberation Serif";
    private static final String FOLDER = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final Map<String, byte[]> FILES = load();

    private PrintFonts() {}

    static void register(PdfRendererBuilder builder) {
        for (String family : new String[] {SANS, SERIF}) {
            String file = family.replace(" ", "");
            add(builder, family, file + "-Regular.ttf", 400, FontStyle.NORMAL);
            add(builder, family, file + "-Bold.ttf", 700, FontStyle.NORMAL);
            add(builder, family, file + "-Italic.ttf", 400, FontStyle.ITALIC);
            add(builder, family, file + "-BoldItalic.ttf", 700, FontStyle.ITALIC);
        }
    }

    private static void add(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        byte[] bytes = FILES.get(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true);
    }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String family : new String[] {"LiberationSans", "LiberationSerif"}) {
            for (String style : new String[] {"Regular", "Bold", "Italic", "BoldItalic"}) {
                String file = family + "-" + style + ".ttf";
                files.put(file, read(FOLDER + file));
            }
        }
        return Map.copyOf(files);
    }

    private static byte[] read(String path) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lettertype ontbreekt op het klassenpad: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
