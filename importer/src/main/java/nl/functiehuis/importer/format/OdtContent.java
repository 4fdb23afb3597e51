package nl.functiehuis.importer.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Walks an ODF {@code content.xml}: {@code text:p}/{@code text:h} are paragraphs (bulleted inside a
 * {@code text:list-item}), {@code table:table-row} a row whose cells hold their paragraphs as items;
 * a nested table's paragraphs go to the outer cell. Notes, annotations and tracked changes are skipped;
 * a DOCTYPE or entity reference refuses the file.
 */
final class OdtContent {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final Set<String> SKIPPED = Set.of("note", "annotation", "tracked-changes", "sequence-decls");
    private static final int MAX_REPEAT = 64;

    private final String source;
    private final XMLStreamReader xml;
    private final BlockList blocks;
    private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    private int number;
    private int listItems;
    private int tables;
    private int skipping;
    private int cellListItems;
    private int repeat;
    private List<Cell> cells = new ArrayList<>();
    private List<String> items = new ArrayList<>();
    private List<Boolean> listed = new ArrayList<>();

    OdtContent(String source, Limits limits, XMLStreamReader xml) {
        this.source = source;
        this.xml = xml;
        this.blocks = new BlockList(source, limits);
    }

    SourceDocument read() throws XMLStreamException, DocumentRefused {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getNamespaceURI(), xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getNamespaceURI(), xml.getLocalName());
            } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new DocumentRefused(source + " is geen geldig " + OdtFormat.KIND
                        + ": content.xml bevat een DOCTYPE- of entiteitdeclaratie (niet toegestaan, mogelijk een XML-entiteitaanval)");
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && skipping == 0 && !paragraphs.isEmpty()) {
                paragraphs.peek().append(xml.getText());
            }
        }
        return blocks.document();
    }

    private void start(String ns, String name) {
        if (skipping > 0 || TEXT.equals(ns) && SKIPPED.contains(name) || "annotation".equals(name)) {
            skipping++;
            return;
        }
        if (TEXT.equals(ns)) {
            switch (name) {
                case "p", "h" -> paragraphs.push(new StringBuilder());
                case "list-item" -> listItems++;
                case "s" -> append(" ".repeat(Math.min(MAX_REPEAT, count("c"))));
                case "tab" -> append("\t");
                case "line-break" -> append("\n");
                default -> { }
            }
        } else if (TABLE.equals(ns)) {
            switch (name) {
                case "table" -> tables++;
                case "table-row" -> { if (tables == 1) cells = new ArrayList<>(); }
                case "table-cell", "covered-table-cell" -> {
                    if (tables == 1) {
                        items = new ArrayList<>();
                        listed = new ArrayList<>();
                        cellListItems = listItems;
                        repeat = Math.min(MAX_REPEAT, count("number-columns-repeated"));
                    }
                }
                default -> { }
            }
        }
    }

    private void end(String ns, String name) throws DocumentRefused {
        if (skipping > 0) {
            skipping--;
            return;
        }
        if (TEXT.equals(ns)) {
            switch (name) {
                case "p", "h" -> paragraph(paragraphs.pop().toString());
                case "list-item" -> listItems--;
                default -> { }
            }
        } else if (TABLE.equals(ns)) {
            switch (name) {
                case "table" -> tables--;
                case "table-row" -> { if (tables == 1) blocks.row(next(), cells); }
                case "table-cell", "covered-table-cell" -> {
                    if (tables == 1) {
                        Cell cell = BlockList.cell(items, listed);
                        for (int i = 0; i < (cell.isEmpty() ? Math.min(repeat, 1) : repeat); i++) {
                            cells.add(cell);
                        }
                    }
                }
                default -> { }
            }
        }
    }

    private void paragraph(String text) throws DocumentRefused {
        if (!paragraphs.isEmpty()) {
            paragraphs.peek().append(' ');
        }
        if (tables > 0) {
            items.add(text.replace('\t', ' '));
            listed.add(listItems > cellListItems);
        } else if (listItems > 0) {
            blocks.paragraph(next(), text.replace('\t', ' '), BlockList.BULLET);
        } else {
            blocks.line(next(), text);
        }
    }

    private void append(String text) {
        if (!paragraphs.isEmpty()) {
            paragraphs.peek().append(text);
        }
    }

    private int count(String attribute) {
        String value = xml.getAttributeValue(TEXT.equals(xml.getNamespaceURI()) ? TEXT : TABLE, attribute);
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Location next() {
        return new Location(Location.Unit.PARAGRAPH, ++number);
    }
}
