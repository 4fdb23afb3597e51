package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code word/document.xml} as a stream, giving exactly the blocks POI's model gives through
 * {@link DocxBody} without building that model: body paragraphs and tables in order, cells with their paragraphs, nested
 * tables flattened into the outer cell, list paragraphs numbered directly or through their style.
 * What it does not read the way POI does raises {@link DocxUnsupported}.
 */
final class DocxStream {
    /** A paragraph's numbering id (its first {@code w:numPr/w:numId}'s value) and style id. */
    private record Properties(@Nullable String numId, @Nullable String styleId) {}

    private final DocxXml xml;
    private final DocxRuns runs;
    private final DocxStyles styles;
    private final DocxBlocks blocks;

    DocxStream(String source, Limits limits, DocxXml xml, DocxStyles styles) {
        this.xml = xml;
        this.runs = new DocxRuns(xml);
        this.styles = styles;
        this.blocks = new DocxBlocks(source, limits);
    }

    SourceDocument read() throws XMLStreamException, DocxUnsupported, DocumentRefused {
        xml.root("document");
        while (xml.child()) {
            if (xml.is("body")) {
                body();
            } else {
                xml.skip();
            }
        }
        return blocks.document();
    }

    private void body() throws XMLStreamException, DocxUnsupported, DocumentRefused {
        while (xml.child()) {
            switch (xml.name()) {
                case "p" -> blocks.paragraph(paragraph());
                case "tbl" -> table();
                case "sdt" -> throw new DocxUnsupported("inhoudsbesturingselement");
                default -> xml.skip();
            }
        }
    }

    private void table() throws XMLStreamException, DocxUnsupported, DocumentRefused {
        while (xml.child()) {
            if (xml.is("tr")) {
                List<Cell> cells = new ArrayList<>();
                while (xml.child()) {
                    if (xml.is("tc")) {
                        DocxBlocks.CellItems items = new DocxBlocks.CellItems();
                        cell(items);
                        cells.add(items.cell());
                    } else {
                        xml.skip();
                    }
                }
                blocks.row(cells);
            } else {
                xml.skip();
            }
        }
    }

    private void cell(DocxBlocks.CellItems items) throws XMLStreamException, DocxUnsupported {
        while (xml.child()) {
            switch (xml.name()) {
                case "p" -> items.add(paragraph());
                case "tbl" -> nested(items);
                default -> xml.skip();
            }
        }
    }

    private void nested(DocxBlocks.CellItems items) throws XMLStreamException, DocxUnsupported {
        while (xml.child()) {
            if (xml.is("tr")) {
                while (xml.child()) {
                    if (xml.is("tc")) {
                        cell(items);
                    } else {
                        xml.skip();
                    }
                }
            } else {
                xml.skip();
            }
        }
    }

    private DocxParagraph paragraph() throws XMLStreamException, DocxUnsupported {
        List<DocxParagraph.Run> found = new ArrayList<>();
        Properties properties = null;
        while (xml.child()) {
            if (xml.is("pPr") && properties == null) {
                properties = paragraphProperties();
            } else {
                runs.content(found);
            }
        }
        String numId = properties == null ? null : properties.numId();
        boolean listItem = numId != null ? DocxRuns.number(numId).signum() != 0
                : styles.isListItem(properties == null ? null : properties.styleId());
        return new DocxParagraph(found, listItem);
    }

    private Properties paragraphProperties() throws XMLStreamException, DocxUnsupported {
        String numId = null;
        String styleId = null;
        boolean numbering = false;
        boolean style = false;
        while (xml.child()) {
            if (xml.is("numPr") && !numbering) {
                numbering = true;
                numId = DocxStyles.numId(xml);
            } else if (xml.is("pStyle") && !style) {
                style = true;
                styleId = xml.attribute("val");
                xml.skip();
            } else {
                xml.skip();
            }
        }
        return new Properties(numId, styleId);
    }
}
