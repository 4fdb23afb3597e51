package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.SAXParseException;

/**
 * Word (.docx) through Apache POI: paragraphs and real tables in body order (see {@link DocxBody}).
 * The zip is checked against the limits before POI sees it, and POI's own zip-bomb guards are set
 * from the same limits; XML parts with a DOCTYPE are refused.
 */
final class DocxFormat implements Format {
    static final String KIND = "Word-bestand (.docx)";
    /** POI warns above ten million characters of text per part; no profile document comes near. */
    static final long MAX_TEXT_CHARS = 10_000_000;
    /**
     * POI holds each XML part as an in-memory tree of several times its size: parts up to 16 MB (well over
     * a thousand pages of text) read within a 512 MB heap, a 28 MB part sometimes did not.
     */
    static final long MAX_XML_PART = 16L * 1024 * 1024;

    @Override
    public String label() {
        return "Word (.docx)";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        try (ZipContainer zip = ZipContainer.open(source, content, KIND)) {
            if (!zip.has("word/document.xml")) {
                throw new DocumentRefused(source + " is geen geldig " + KIND + ": word/document.xml ontbreekt");
            }
            ZipGuard.checkDeclaredSizes(zip, limits);
            ZipGuard.refuseDoctypes(zip, KIND);
            ZipGuard.checkUnpacking(zip, limits, MAX_XML_PART);
        }
        guard(limits);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new DocxBody(source, limits, doc).read();
        } catch (IOException | RuntimeException e) {
            throw refusal(source, e);
        }
    }

    /** POI's guards are global to the JVM; every read sets them to the same values. */
    static void guard(Limits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / ZipContainer.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipSecureFile.setMaxTextSize(Math.min(limits.maxUnpackedBytes(), MAX_TEXT_CHARS));
    }

    static DocumentRefused refusal(String source, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new DocumentRefused(source + " lijkt een zip-bom (uitpakverhouding groter dan 1:"
                        + ZipContainer.MAX_RATIO + ")", e);
            }
            if (message.contains("doctype")) {
                return new DocumentRefused(source + " is geen geldig " + KIND
                        + ": het bevat een DOCTYPE-declaratie (niet toegestaan)", e);
            }
            if (t instanceof SAXParseException x) {
                return new DocumentRefused(source + " is geen geldig " + KIND + ": onleesbare XML (regel "
                        + x.getLineNumber() + ", kolom " + x.getColumnNumber() + ")", e);
            }
        }
        return new DocumentRefused(source + " is geen geldig " + KIND + " (" + e.getClass().getSimpleName() + ")", e);
    }
}
