package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXParseException;

/**
 * Word (.docx): paragraphs and real tables in body order. The zip is checked against the limits
 * first; XML parts with a DOCTYPE are refused. The body is then read as a stream ({@link DocxStream}),
 * which gives the same blocks as POI's model at a fraction of the cost; what the stream leaves to
 * POI (content controls, ruby text, form check boxes, unusual packages, XML it cannot parse) is read
 * through POI ({@link DocxBody}), with POI's own zip-bomb guards set from the same limits.
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
    /** No DTDs, no external entities (see {@link OdtFormat#factory()}). */
    static final XMLInputFactory XML = OdtFormat.factory();

    @Override
    public String label() {
        return "Word (.docx)";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        Checked checked = check(source, content, limits);
        if (checked.parts() != null) {
            try {
                return stream(source, limits, checked.parts(), checked.xml());
            } catch (DocxUnsupported | XMLStreamException | RuntimeException e) {
                // POI reads it, or refuses it with its own reason
            }
        }
        return throughPoi(source, content, limits);
    }

    /** The zip as checked, with the parts the stream reads; no parts when the package is left to POI. */
    private record Checked(@Nullable DocxPackage parts, Map<String, byte[]> xml) {}

    private static Checked check(String source, byte[] content, Limits limits) throws DocumentRefused {
        try (ZipContainer zip = ZipContainer.open(source, content, KIND)) {
            if (!zip.has(DocxPackage.MAIN)) {
                throw new DocumentRefused(source + " is geen geldig " + KIND + ": word/document.xml ontbreekt");
            }
            ZipGuard.checkDeclaredSizes(zip, limits);
            ZipGuard.refuseDoctypes(zip, KIND);
            DocxPackage parts = streamable(zip);
            return new Checked(parts, ZipGuard.checkUnpacking(zip, limits, MAX_XML_PART, parts == null ? Set.of() : parts.parts()));
        }
    }

    /** Only the stream, for tests that hold it against POI: refuses what it would leave to POI. */
    static SourceDocument streamOnly(String source, byte[] content, Limits limits)
            throws DocumentRefused, DocxUnsupported, XMLStreamException {
        Checked checked = check(source, content, limits);
        if (checked.parts() == null) {
            throw new DocxUnsupported("pakket");
        }
        return stream(source, limits, checked.parts(), checked.xml());
    }

    /** Only POI's model, as every docx was read before the stream. */
    static SourceDocument throughPoi(String source, byte[] content, Limits limits) throws DocumentRefused {
        guard(limits);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new DocxBody(source, limits, doc).read();
        } catch (IOException | RuntimeException e) {
            throw refusal(source, e);
        }
    }

    private static @Nullable DocxPackage streamable(ZipContainer zip) {
        try {
            return DocxPackage.of(zip);
        } catch (DocxUnsupported | XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static SourceDocument stream(String source, Limits limits, DocxPackage parts, Map<String, byte[]> xml)
            throws DocxUnsupported, XMLStreamException, DocumentRefused {
        DocxStyles styles = parts.styles() == null ? DocxStyles.NONE : DocxStyles.read(new DocxXml(reader(xml.get(parts.styles()))));
        XMLStreamReader body = reader(xml.get(DocxPackage.MAIN));
        try {
            return new DocxStream(source, limits, new DocxXml(body), styles).read();
        } finally {
            body.close();
        }
    }

    private static XMLStreamReader reader(byte[] part) throws XMLStreamException {
        return XML.createXMLStreamReader(new ByteArrayInputStream(part));
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
