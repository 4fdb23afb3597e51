package nl.functiehuis.importer.format;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The paragraph styles of a Word document as far as lists go: whether a style numbers its
 * paragraphs, or which style it is based on. Read from {@code styles.xml} as a stream; the first
 * style with an id counts, as in POI.
 */
final class DocxStyles {
    static final DocxStyles NONE = new DocxStyles(null);
    /** A {@code w:numPr}: whether it holds a {@code w:numId}, and that element's value. */
    private record NumId(boolean present, @Nullable String value) {}

    private record Style(@Nullable NumId numId, @Nullable String basedOn) {}

    private final @Nullable Map<String, Style> styles;

    private DocxStyles(@Nullable Map<String, Style> styles) {
        this.styles = styles;
    }

    static DocxStyles read(DocxXml xml) throws XMLStreamException, DocxUnsupported {
        Map<String, Style> styles = new HashMap<>();
        xml.root("styles");
        while (xml.child()) {
            if (xml.is("style")) {
                String id = xml.attribute("styleId");
                Style style = style(xml);
                if (id != null) {
                    styles.putIfAbsent(id, style);
                }
            } else {
                xml.skip();
            }
        }
        return new DocxStyles(styles);
    }

    private static Style style(DocxXml xml) throws XMLStreamException, DocxUnsupported {
        NumId numId = null;
        boolean properties = false;
        String basedOn = null;
        boolean based = false;
        while (xml.child()) {
            if (xml.is("pPr") && !properties) {
                properties = true;
                while (xml.child()) {
                    if (xml.is("numPr") && numId == null) {
                        numId = numIdElement(xml);
                    } else {
                        xml.skip();
                    }
                }
            } else if (xml.is("basedOn") && !based) {
                based = true;
                basedOn = xml.attribute("val");
                xml.skip();
            } else {
                xml.skip();
            }
        }
        return new Style(numId, basedOn);
    }

    /** Numbered directly by a style, or by a style it is based on (five levels deep at most, as before). */
    boolean isListItem(@Nullable String styleId) throws DocxUnsupported {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < 5; depth++) {
            Style style = styles.get(id);
            if (style == null) {
                return false;
            }
            NumId numId = style.numId();
            if (numId != null) {
                if (!numId.present()) {
                    return true;
                }
                if (numId.value() == null) {
                    throw new DocxUnsupported("numId zonder waarde");
                }
                return DocxRuns.number(numId.value()).intValue() != 0;
            }
            id = style.basedOn();
        }
        return false;
    }

    /** The value of a paragraph's first {@code w:numId}; null when there is none or it has no value. */
    static @Nullable String numId(DocxXml xml) throws XMLStreamException, DocxUnsupported {
        return numIdElement(xml).value();
    }

    /** At a {@code w:numPr}: its first {@code w:numId}, if any, and that element's value. */
    private static NumId numIdElement(DocxXml xml) throws XMLStreamException, DocxUnsupported {
        NumId numId = new NumId(false, null);
        while (xml.child()) {
            if (xml.is("numId") && !numId.present()) {
                numId = new NumId(true, xml.attribute("val"));
            }
            xml.skip();
        }
        return numId;
    }
}
