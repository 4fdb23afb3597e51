package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jsoup.nodes.Entities;

/**
 * Turns the body of a Word document into blocks, whichever reader walks it: a paragraph is a block
 * (a list paragraph gets a bullet, a paragraph with tabs becomes a row as in a text export), a table
 * row is a row whose cells hold their paragraphs as items. Every body element and table row takes
 * a number ("alinea N"), also when it turns out empty.
 */
final class DocxBlocks {
    private final BlockList blocks;
    private int number;

    DocxBlocks(String source, Limits limits) {
        this.blocks = new BlockList(source, limits);
    }

    void paragraph(DocxParagraph p) throws DocumentRefused {
        String text = p.text();
        if (p.listItem()) {
            blocks.paragraph(next(), text.replace('\t', ' '), BlockList.BULLET);
        } else {
            blocks.line(next(), text);
        }
    }

    /** A block content control: each of its lines as a paragraph. */
    void control(String text) throws DocumentRefused {
        for (String line : text.split("\n")) {
            blocks.line(next(), line);
        }
    }

    void row(List<Cell> cells) throws DocumentRefused {
        blocks.row(next(), cells);
    }

    /** A body element that gives no block still takes its number. */
    void skip() {
        next();
    }

    SourceDocument document() {
        return blocks.document();
    }

    private Location next() {
        return new Location(Location.Unit.PARAGRAPH, ++number);
    }

    /** The paragraphs of one table cell (nested tables included), in order. */
    static final class CellItems {
        private final List<String> items = new ArrayList<>();
        private final List<String> html = new ArrayList<>();
        private final List<Boolean> listed = new ArrayList<>();

        void add(DocxParagraph p) {
            String text = p.text().replace('\t', ' ');
            Matcher typed = BlockList.TYPED_BULLET.matcher(text);
            boolean bullet = typed.matches();
            items.add(bullet ? typed.group(2) : text);
            html.add(bullet ? Entities.escape(typed.group(2)) : p.marked());
            listed.add(bullet || p.listItem());
        }

        Cell cell() {
            return BlockList.cell(items, html, listed);
        }
    }
}
