package nl.functiehuis.importer.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.blocks.Cell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Which of a cell's items were list items in the text export: those in an {@code <li>}, or after a bullet. */
final class CellItems {
    private CellItems() {}

    /**
     * Which items of a cell are list items: those written as {@code <li>} or after a bullet; items that
     * are a whole {@code <p>} of the source are paragraphs.
     */
    static List<Boolean> listed(Cell cell) {
        List<Boolean> listed = new ArrayList<>();
        if (!cell.listed()) {
            cell.items().forEach(i -> listed.add(false));
            return listed;
        }
        Set<String> paragraphs = new HashSet<>();
        for (Element p : Jsoup.parseBodyFragment(cell.raw()).select("p")) {
            paragraphs.add(p.text().strip());
        }
        String raw = cell.raw().strip();
        for (int i = 0; i < cell.items().size(); i++) {
            String item = cell.items().get(i);
            boolean firstBeforeBullet = i == 0 && !raw.matches("^[•·▪●].*") && !raw.startsWith("<");
            listed.add(!paragraphs.contains(item) && !firstBeforeBullet);
        }
        return listed;
    }

    /** A run of an item's text, underlined or not. */
    record Span(String text, boolean underlined) {}

    /**
     * The item as runs: the underlined words of its {@code <p>} or {@code <li>} in the source, or one plain
     * run when the item has no markup (or its markup does not add up to the item's text).
     */
    static List<Span> spans(Cell cell, String item) {
        for (Element e : Jsoup.parseBodyFragment(cell.raw()).select("p, li")) {
            if (!e.text().strip().equals(item) || e.select("u").isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (org.jsoup.nodes.Node node : e.childNodes()) {
                String text = node instanceof Element el ? el.text() : node instanceof org.jsoup.nodes.TextNode t ? t.text() : "";
                spans.add(new Span(text, node instanceof Element el && el.normalName().equals("u")));
            }
            String joined = String.join("", spans.stream().map(Span::text).toList()).replaceAll("\\s+", " ").strip();
            if (joined.equals(item)) {
                return spans;
            }
        }
        return List.of(new Span(item, false));
    }
}
