package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Cell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of a table cell: each {@code <p>} is one; a list that follows a paragraph ({@code <ul>},
 * {@code <li>} or "•" bullets) is that paragraph's sub-list. A cell without markup is read from its items.
 */
final class CellParagraphs {
    private static final String BULLETS = "[•·▪●]";

    private CellParagraphs() {}

    /** A paragraph and the list items that belong to it. */
    record Paragraph(String text, List<String> subItems) {
        Paragraph {
            subItems = List.copyOf(subItems);
        }

        /** The paragraph with its sub-list, one bulleted item per line. */
        String withSubItems() {
            return subItems.isEmpty() ? text : text + "\n• " + String.join("\n• ", subItems);
        }
    }

    static List<Paragraph> of(Cell cell) {
        String raw = cell.raw().strip();
        if (raw.indexOf('<') < 0 || raw.indexOf('>') < 0) {
            return cell.items().stream().map(t -> new Paragraph(t, List.of())).toList();
        }
        List<String> texts = new ArrayList<>();
        List<List<String>> subs = new ArrayList<>();
        collect(Jsoup.parseBodyFragment(raw).body(), texts, subs, false);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(new Paragraph(texts.get(i), subs.get(i)));
        }
        return paragraphs;
    }

    private static void collect(Element parent, List<String> texts, List<List<String>> subs, boolean inList) {
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && e.normalName().equals("p") && !inList) {
                add(texts, subs, e.text());
            } else if (node instanceof Element e) {
                boolean list = inList || e.normalName().matches("ul|ol|li");
                if (e.normalName().equals("li") || e.normalName().equals("p")) {
                    subItems(texts, subs, e.text(), true);
                } else {
                    collect(e, texts, subs, list);
                }
            } else if (node instanceof TextNode t && !t.isBlank()) {
                subItems(texts, subs, t.text(), inList);
            }
        }
    }

    private static void subItems(List<String> texts, List<List<String>> subs, String text, boolean listed) {
        boolean bulleted = text.strip().matches("^" + BULLETS + ".*");
        String[] parts = text.split("\\s*" + BULLETS + "\\s*");
        for (int k = 0; k < parts.length; k++) {
            String item = parts[k].replace('\u00a0', ' ').strip();
            if (item.isEmpty()) {
                continue;
            }
            if ((listed || bulleted || k > 0) && !texts.isEmpty()) {
                subs.get(subs.size() - 1).add(item);
            } else {
                add(texts, subs, item);
            }
        }
    }

    private static void add(List<String> texts, List<List<String>> subs, String text) {
        String t = text.replace('\u00a0', ' ').strip();
        if (!t.isEmpty()) {
            texts.add(t);
            subs.add(new ArrayList<>());
        }
    }
}
