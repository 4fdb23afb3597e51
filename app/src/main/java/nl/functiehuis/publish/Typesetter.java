package nl.functiehuis.publish;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Typesets publications: a print template (templates/print) becomes XHTML with the print style sheet inlined,
 * which is a standalone HTML page as it is, and which openhtmltopdf lays out as a tagged (PDF/UA) A4 PDF.
 */
final class Typesetter {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String STYLE = "/templates/print/print.css";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final ITemplateEngine templates;
    private final String css;

    Typesetter(ITemplateEngine templates) {
        this.templates = templates;
        this.css = style();
    }

    /**
     * The XHTML of a print template with {@code value} bound to {@code name}; {@code pdf} adds what only the PDF
     * has (running headers and footers, bookmarks), without it the page is for a browser.
     */
    String xhtml(String template, String name, Object value, boolean pdf) {
        Context context = new Context(DUTCH);
        context.setVariable(name, value);
        context.setVariable("css", css);
        context.setVariable("pdf", pdf);
        return templates.process(template, context);
    }

    /** Lays out the XHTML and writes the PDF; the stream is left open. */
    void pdf(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("functiehuis");
        PrintFonts.register(builder);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String style() {
        try (InputStream in = Typesetter.class.getResourceAsStream(STYLE)) {
            if (in == null) {
                throw new IllegalStateException("opmaak ontbreekt op het klassenpad: " + STYLE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("<") || text.contains("&")) {
                throw new IllegalStateException(STYLE + " moet zonder < en & (het wordt in XHTML opgenomen)");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
