package nl.functiehuis.importer.format;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over one WordprocessingML part for the streaming docx reader: steps from child element
 * to child element, skips what it does not read, and gives up (to POI) on nesting deeper than POI
 * reads or on DTDs and entity references.
 */
final class DocxXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** POI refuses documents nested deeper than 1000 elements; well before that we leave it to POI. */
    private static final int MAX_DEPTH = 500;

    private final XMLStreamReader xml;
    private int depth;

    DocxXml(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Moves to the root element, which must be {@code w:<name>}. */
    void root(String name) throws XMLStreamException, DocxUnsupported {
        if (!child() || !is(name)) {
            throw new DocxUnsupported("geen w:" + name);
        }
    }

    /** Moves to the next child of the current element; false (past the element's end) when there is none. */
    boolean child() throws XMLStreamException, DocxUnsupported {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw new DocxUnsupported("diep genest");
                    }
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    return false;
                }
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new DocxUnsupported("DTD");
                default -> { }
            }
        }
        return false;
    }

    /** Skips the current element with everything in it. */
    void skip() throws XMLStreamException, DocxUnsupported {
        while (child()) {
            skip();
        }
    }

    /** The text content of the current element (which holds no elements), consumed up to its end. */
    String text() throws XMLStreamException, DocxUnsupported {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    return text.toString();
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> { }
                default -> throw new DocxUnsupported("element in tekst");
            }
        }
        return text.toString();
    }

    /** Whether the current element is {@code w:<name>}. */
    boolean is(String name) {
        return name.equals(xml.getLocalName()) && W.equals(xml.getNamespaceURI());
    }

    /** The current element's local name when it is in the WordprocessingML namespace, otherwise "". */
    String name() {
        return W.equals(xml.getNamespaceURI()) ? xml.getLocalName() : "";
    }

    @Nullable String attribute(String name) {
        return xml.getAttributeValue(W, name);
    }
}
