package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a Word package the streaming reader needs: the main document (which the package
 * relationships must name as {@code word/document.xml}) and the styles part its relationships name,
 * if any. A package POI might read differently (a part without a content type, duplicate entries,
 * unusual relationship targets, several style parts) is left to POI.
 */
record DocxPackage(@Nullable String styles) {
    static final String MAIN = "word/document.xml";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final int SMALL_PART = 1024 * 1024;

    /** The parts to read. */
    Set<String> parts() {
        return styles == null ? Set.of(MAIN) : Set.of(MAIN, styles);
    }

    static DocxPackage of(ZipContainer zip) throws DocxUnsupported, XMLStreamException {
        checkContentTypes(zip);
        List<String> main = targets(zip, "_rels/.rels", "", TYPES + "officeDocument");
        if (!main.equals(List.of(MAIN))) {
            throw new DocxUnsupported("hoofddocument " + main);
        }
        List<String> styles = targets(zip, "word/_rels/document.xml.rels", "word/", TYPES + "styles");
        if (styles.size() > 1 || styles.size() == 1 && !zip.has(styles.get(0))) {
            throw new DocxUnsupported("opmaakprofielen " + styles);
        }
        return new DocxPackage(styles.isEmpty() ? null : styles.get(0));
    }

    /** Every entry must have a content type, by its name or by its extension; names must be unique. */
    private static void checkContentTypes(ZipContainer zip) throws DocxUnsupported, XMLStreamException {
        Set<String> extensions = new HashSet<>();
        Set<String> overrides = new HashSet<>();
        XMLStreamReader xml = reader(zip, "[Content_Types].xml");
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && CONTENT_TYPES.equals(xml.getNamespaceURI())) {
                String extension = xml.getAttributeValue(null, "Extension");
                String part = xml.getAttributeValue(null, "PartName");
                if (xml.getLocalName().equals("Default") && extension != null) {
                    extensions.add(extension.toLowerCase(Locale.ROOT));
                } else if (xml.getLocalName().equals("Override") && part != null) {
                    overrides.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : zip.entries()) {
            String name = entry.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!names.add(lower)) {
                throw new DocxUnsupported("dubbel onderdeel " + name);
            }
            if (entry.isDirectory() || name.equals("[Content_Types].xml")) {
                continue;
            }
            String extension = lower.substring(lower.lastIndexOf('.') + 1);
            if (!overrides.contains("/" + lower) && (lower.lastIndexOf('.') < 0 || !extensions.contains(extension))) {
                throw new DocxUnsupported("geen inhoudstype voor " + name);
            }
        }
    }

    /** The internal targets of the relationships of one type in a relationships part, as entry names. */
    private static List<String> targets(ZipContainer zip, String part, String base, String type)
            throws DocxUnsupported, XMLStreamException {
        List<String> targets = new ArrayList<>();
        XMLStreamReader xml = reader(zip, part);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && RELATIONSHIPS.equals(xml.getNamespaceURI())
                    && xml.getLocalName().equals("Relationship")) {
                String target = xml.getAttributeValue(null, "Target");
                String relationType = xml.getAttributeValue(null, "Type");
                if (relationType != null && relationType.endsWith("/styles") && !relationType.equals(TYPES + "styles")) {
                    throw new DocxUnsupported("relatiesoort " + relationType);
                }
                if (type.equals(relationType) && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    targets.add(resolve(base, target));
                }
            }
        }
        return targets;
    }

    private static String resolve(String base, @Nullable String target) throws DocxUnsupported {
        if (target == null || target.isEmpty() || target.contains("..") || target.contains("./") || target.contains("\\")
                || target.contains("%") || target.contains(":") || target.contains("#") || target.contains("?")) {
            throw new DocxUnsupported("verwijzing " + target);
        }
        return target.startsWith("/") ? target.substring(1) : base + target;
    }

    private static XMLStreamReader reader(ZipContainer zip, String part) throws DocxUnsupported, XMLStreamException {
        byte[] bytes;
        try {
            bytes = zip.read(part, SMALL_PART).orElseThrow(() -> new DocxUnsupported(part + " ontbreekt"));
        } catch (DocumentRefused e) {
            throw new DocxUnsupported(part + " onleesbaar");
        }
        return DocxFormat.XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }
}
