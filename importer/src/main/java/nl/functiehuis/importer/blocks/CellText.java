package nl.functiehuis.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the text of a table cell as exported from Word or PDF: plain text, or HTML fragments
 * ({@code <p>}, {@code <ul>}, {@code <li>}, {@code <pre>}) and bullet characters, into items.
 */
final class CellText {
    private static final Set<String> ITEM_TAGS = Set.of("p", "li", "pre", "h1", "h2", "h3", "h4", "td");
    private static final String BULLETS = "[•·▪●]";

    private CellText() {}

    static Cell parse(String raw) {
        String text = raw.strip();
        List<String> items = new ArrayList<>();
        boolean[] listed = {false};
        if (text.indexOf('<') >= 0 && text.indexOf('>') > 0) {
            collect(Jsoup.parseBodyFragment(text).body(), items, listed);
        } else if (!text.isEmpty()) {
            items.add(text);
        }
        List<String> split = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split("\\s*" + BULLETS + "\\s*");
            if (parts.length > 1 || item.strip().matches("^" + BULLETS + ".*")) {
                listed[0] = true;
            }
            for (String part : parts) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    split.add(p);
                }
            }
        }
        return new Cell(raw, split, listed[0]);
    }

    private static void collect(Element parent, List<String> items, boolean[] listed) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                add(items, t.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (ITEM_TAGS.contains(tag)) {
                    add(items, tag.equals("pre") ? e.wholeText() : e.text());
                    listed[0] |= tag.equals("li");
                } else if (tag.equals("br")) {
                    continue;
                } else {
                    collect(e, items, listed);
                }
            }
        }
    }

    private static void add(List<String> items, String text) {
        String t = text.replace('\u00a0', ' ').strip();
        if (!t.isEmpty()) {
            items.add(t);
        }
    }
}
