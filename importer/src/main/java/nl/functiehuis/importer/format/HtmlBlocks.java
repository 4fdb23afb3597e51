package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The blocks of an HTML body: headings and paragraphs are paragraphs, list items bulleted paragraphs,
 * table rows rows whose cells are read like the HTML fragments of a text export ({@link Cell#of});
 * text between blocks and lines split by {@code <br>} are paragraphs too. Blocks are numbered in order.
 */
final class HtmlBlocks {
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg", "iframe", "object");
    private static final Set<String> LEAVES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd",
            "caption", "figcaption", "address", "blockquote", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "form", "fieldset", "center", "body", "html", "ul", "ol", "menu", "dl", "li", "table", "hr");

    /** Stands for a line break ({@code <br>}) until the text is split into lines. */
    static final char BREAK = '\u2029';
    static final int MAX_DEPTH = 100;

    private final BlockList blocks;
    private int number;
    private int depth;

    HtmlBlocks(BlockList blocks) {
        this.blocks = blocks;
    }

    void children(Element parent) throws DocumentRefused {
        StringBuilder inline = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                inline.append(t.text());
            } else if (node instanceof Element e && !SKIPPED.contains(e.normalName())) {
                if (e.normalName().equals("br")) {
                    inline.append(BREAK);
                } else if (LEAVES.contains(e.normalName())) {
                    lines(inline.toString(), null);
                    inline.setLength(0);
                    block(e);
                } else {
                    inline.append(text(e));
                }
            }
        }
        lines(inline.toString(), null);
    }

    /** Deeper than {@link #MAX_DEPTH} nested blocks, an element is read as one text (no sane document nests so deep). */
    void block(Element e) throws DocumentRefused {
        depth++;
        try {
            if (depth > MAX_DEPTH) {
                lines(e.text(), null);
            } else {
                nested(e);
            }
        } finally {
            depth--;
        }
    }

    private void nested(Element e) throws DocumentRefused {
        switch (e.normalName()) {
            case "table" -> table(e);
            case "li" -> {
                Element own = e.clone();
                own.select("ul, ol, table").remove();
                lines(text(own), BlockList.BULLET);
                for (Element nested : e.select("> ul, > ol, > table")) {
                    block(nested);
                }
            }
            case "pre" -> lines(e.wholeText().replace('\n', BREAK), null);
            case "hr" -> { }
            default -> {
                if (e.children().stream().anyMatch(c -> LEAVES.contains(c.normalName()))) {
                    children(e);
                } else {
                    lines(text(e), null);
                }
            }
        }
    }

    void table(Element table) throws DocumentRefused {
        for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<Cell> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell(cell));
                }
            }
            blocks.row(next(), cells);
        }
    }

    static Cell cell(Element cell) {
        if (cell.childrenSize() > 0) {
            return Cell.of(cell.html());
        }
        String text = BlockList.clean(cell.text());
        return text.indexOf('<') < 0 ? Cell.of(text) : BlockList.cell(List.of(text), List.of(false));
    }

    void lines(String text, @Nullable String bullet) throws DocumentRefused {
        for (String line : text.split(String.valueOf(BREAK))) {
            String t = line.replaceAll("[\\s\u00a0]+", " ").strip();
            if (t.isEmpty()) {
                continue;
            }
            if (bullet != null) {
                blocks.paragraph(next(), t, bullet);
            } else {
                blocks.line(next(), t);
            }
        }
    }

    /** The element's text, whitespace collapsed, with {@code <br>} kept as a {@link #BREAK}. */
    static String text(Element e) {
        Element copy = e.clone();
        for (Element br : copy.select("br")) {
            br.after(new TextNode(String.valueOf(BREAK)));
        }
        return copy.text();
    }

    private Location next() {
        return new Location(Location.Unit.PARAGRAPH, ++number);
    }

    SourceDocument document() {
        return blocks.document();
    }
}
