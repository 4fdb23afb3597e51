package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/** Collects the blocks of one document, drops empty ones and refuses more than the limits allow. */
final class BlockList {
    static final String BULLET = "•";
    /** A bullet typed at the start of a cell paragraph instead of list formatting (as CellText reads them). */
    private static final Pattern TABS = Pattern.compile("\t+");
    static final Pattern TYPED_BULLET = Pattern.compile("^\\s*([•·▪●])\\s+(\\S.*)$", Pattern.DOTALL);

    private final String source;
    private final Limits limits;
    private final List<Block> blocks = new ArrayList<>();

    BlockList(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    void paragraph(Location at, String text, @Nullable String bullet) throws DocumentRefused {
        String t = clean(text);
        if (!t.isEmpty()) {
            add(Block.paragraph(at, t, bullet));
        }
    }

    /** A paragraph as a text file would have it: a line with a tab becomes a row, a leading bullet is noted. */
    void line(Location at, String text) throws DocumentRefused {
        String t = text.replace('\u00a0', ' ').strip();
        if (!t.isEmpty()) {
            add(TextFormat.block(at, t.indexOf('\t') < 0 ? t : TABS.matcher(t).replaceAll("\t")));
        }
    }

    void row(Location at, List<Cell> cells) throws DocumentRefused {
        if (cells.stream().allMatch(Cell::isEmpty)) {
            return;
        }
        String text = String.join("\t", cells.stream().map(Cell::text).toList());
        add(Block.row(at, text, cells));
    }

    void add(Block block) throws DocumentRefused {
        if (blocks.size() >= limits.maxBlocks()) {
            throw new DocumentRefused(source + ": meer dan " + limits.maxBlocks() + " alinea's of tabelrijen");
        }
        blocks.add(block);
    }

    int size() {
        return blocks.size();
    }

    SourceDocument document() {
        return new SourceDocument(source, blocks);
    }

    /** A cell from its items; {@code raw} shows list items with a bullet. */
    /**
     * A cell from a word processor: its paragraphs and list items. The raw form is written as the HTML
     * fragments a text export has ({@code <p>}, {@code <ul><li>}), so every genre reads a cell the same way
     * whatever the format; a cell of one plain paragraph stays plain text.
     */
    static Cell cell(List<String> items, List<Boolean> listed) {
        return cell(items, items.stream().map(org.jsoup.nodes.Entities::escape).toList(), listed);
    }

    /** As {@link #cell(List, List)}, with each item's inline markup ({@code <u>} for underlined words). */
    static Cell cell(List<String> items, List<String> html, List<Boolean> listed) {
        List<String> kept = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = clean(items.get(i));
            if (!item.isEmpty()) {
                kept.add(item);
                marked.add(html.get(i).strip());
                marks.add(listed.get(i));
            }
        }
        boolean anyListed = marks.contains(true);
        if (kept.size() == 1 && !anyListed && marked.get(0).indexOf('<') < 0) {
            return new Cell(kept.get(0), kept, false);
        }
        StringBuilder raw = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < kept.size(); i++) {
            String text = marked.get(i);
            if (marks.get(i) && !open) {
                raw.append("<ul>");
                open = true;
            } else if (!marks.get(i) && open) {
                raw.append("</ul>");
                open = false;
            }
            raw.append(marks.get(i) ? "<li>" + text + "</li>" : "<p>" + text + "</p>");
        }
        if (open) {
            raw.append("</ul>");
        }
        return new Cell(raw.toString(), kept, anyListed);
    }

    static String clean(String text) {
        return text.replace('\u00a0', ' ').strip();
    }
}
