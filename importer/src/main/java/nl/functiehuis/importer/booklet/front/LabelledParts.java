package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Splits a table cell written as HTML fragments into parts: each paragraph is a part, and an underlined
 * label ({@code <u>Kennis</u>}, {@code <u>MBO niveau 4:</u>}) starts a new one. Plain text is one part.
 */
final class LabelledParts {
    /** A level written after the label instead of inside it: "<u>Kennis</u> niveau 4: …", "(4): …". */
    private static final Pattern QUALIFIER = Pattern.compile("^((?i:niveau)\\s*\\d+|\\(\\d+\\))\\s*:\\s*");

    private LabelledParts() {}

    static List<LabelledText> parse(String raw) {
        List<LabelledText> out = new ArrayList<>();
        Element body = Jsoup.parseBodyFragment(raw).body();
        List<Node> inline = new ArrayList<>();
        for (Node node : body.childNodes()) {
            if (node instanceof Element e && e.normalName().matches("p|div|li|ul|ol")) {
                flush(inline, out);
                inline.clear();
                flush(e.childNodes(), out);
            } else {
                inline.add(node);
            }
        }
        flush(inline, out);
        return out;
    }

    private static void flush(List<Node> nodes, List<LabelledText> out) {
        String label = null;
        StringBuilder text = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Element e && e.normalName().equals("u")) {
                add(out, label, text);
                label = e.text().replaceAll("[:\\s]+$", "").strip();
                text.setLength(0);
            } else if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element e) {
                text.append(e.text());
            }
        }
        add(out, label, text);
    }

    private static void add(List<LabelledText> out, @Nullable String label, StringBuilder text) {
        String t = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().replaceFirst("^:\\s*", "");
        Matcher qualifier = QUALIFIER.matcher(t);
        if (label != null && qualifier.find()) {
            label = label + " " + qualifier.group(1);
            t = t.substring(qualifier.end()).strip();
        }
        if (label != null || !t.isEmpty()) {
            out.add(new LabelledText(label == null || label.isEmpty() ? null : label, t));
        }
    }
}
