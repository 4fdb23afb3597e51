package nl.functiehuis.importer.convert;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Renders {@link ToHtml}'s markup to a tagged PDF (PDF/UA) with openhtmltopdf, as accessible Dutch
 * government PDFs are: real paragraphs, lists and tables in the structure tree, a page number in the
 * footer as an artifact. The font is Liberation Sans from the PDFBox jar, so no system font is needed.
 */
public final class ToPdf {
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String STYLE = "<style>"
            + "@page { size: A4 landscape; margin: 12mm 10mm 16mm 10mm;"
            + " @bottom-center { content: 'Pagina ' counter(page); font-family: 'Liberation Sans'; font-size: 8pt; } }"
            + " @page wide { size: 1189mm 841mm; } table.wide { page: wide; table-layout: auto; }"
            + " body { font-family: 'Liberation Sans'; font-size: 9pt; }"
            + " p { margin: 0 0 4pt 0; } ul { margin: 0 0 4pt 0; padding-left: 14pt; }"
            + " table { border-collapse: collapse; table-layout: fixed; width: 100%; margin-bottom: 6pt; }"
            + " td { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; }"
            + " td p, td ul { margin: 0; }"
            + "</style>";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private ToPdf() {}

    public static byte[] convert(SourceDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(ToPdf::font, "Liberation Sans");
            builder.withHtmlContent(ToHtml.html(document, STYLE), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream font = ToPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("lettertype ontbreekt op het klassenpad: " + FONT);
        }
        return font;
    }
}
