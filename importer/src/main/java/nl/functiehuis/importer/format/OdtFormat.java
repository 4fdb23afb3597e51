package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * OpenDocument text (.odt): a zip whose {@code mimetype} names ODF text; {@code content.xml} is read,
 * bounded by the limits, with a StAX parser that refuses DTDs and never resolves external entities.
 */
final class OdtFormat implements Format {
    static final String KIND = "OpenDocument-tekstbestand (.odt)";

    @Override
    public String label() {
        return "OpenDocument (.odt)";
    }

    @Override
    public String mediaType() {
        return "application/vnd.oasis.opendocument.text";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        byte[] xml;
        try (ZipContainer zip = ZipContainer.open(source, content, KIND)) {
            String mimetype = zip.head("mimetype", 200).strip();
            if (!mimetype.equals(Formats.ODT_MIMETYPE)) {
                throw new DocumentRefused(source + " is geen geldig " + KIND + ": mimetype is '" + mimetype + "'");
            }
            ZipGuard.checkDeclaredSizes(zip, limits);
            xml = zip.read("content.xml", limits.maxUnpackedBytes())
                    .orElseThrow(() -> new DocumentRefused(source + " is geen geldig " + KIND + ": content.xml ontbreekt"));
        }
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return new OdtContent(source, limits, reader).read();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            String where = e instanceof XMLStreamException x && x.getLocation() != null
                    ? " (content.xml regel " + x.getLocation().getLineNumber() + ")" : "";
            throw new DocumentRefused(source + " is geen geldig " + KIND + ": onleesbare XML" + where, e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("externe verwijzing geweigerd: " + systemId);
        });
        return factory;
    }
}
