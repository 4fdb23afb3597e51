package nl.functiehuis.publish;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as a reader sees it: its pages rendered to PNG by {@code pdftoppm} (Debian poppler-utils), the ink on each
 * page, and its text as PDFBox extracts it.
 */
public final class PdfPages {
    /** Resolution of the rendered pages: at 50 dpi an A4 page is 413 × 585 pixels. */
    static final int DPI = 50;

    private PdfPages() {}

    /** Renders every page of the PDF to {@code folder/prefix-N.png}, in page order. */
    public static List<Path> render(byte[] pdf, Path folder, String prefix) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(prefix + ".pdf");
            Files.write(file, pdf);
            run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-png", file.toString(), folder.resolve(prefix).toString()));
            try (Stream<Path> pngs = Files.list(folder)) {
                return pngs.filter(p -> p.getFileName().toString().matches("\\Q" + prefix + "\\E-\\d+\\.png"))
                        .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many pixels of the page's body (between the running header and footer) are not near-white: text, rules,
     * shading. A page with only its header and footer has none.
     */
    static int bodyInk(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            int top = mm(24, image.getHeight());
            int bottom = image.getHeight() - mm(23, image.getHeight());
            int ink = 0;
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                        ink++;
                    }
                }
            }
            return ink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static String text(byte[] pdf, int firstPage, int lastPage) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int mm(int millimetres, int pageHeight) {
        return Math.round(millimetres * pageHeight / 297f);
    }

    private static int number(Path png) {
        String name = png.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - ".png".length()));
    }

    private static void run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("pdftoppm ontbreekt: installeer Debian-pakket poppler-utils (apt-get install poppler-utils;"
                    + " ./functiehuis test doet dat zelf). " + e.getMessage());
            throw e;
        }
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("pdftoppm liep langer dan 120 s: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("pdftoppm faalde (" + process.exitValue() + "): " + output);
        }
    }
}
