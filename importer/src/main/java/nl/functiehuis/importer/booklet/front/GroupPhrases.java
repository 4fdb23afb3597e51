package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/** The example functions a group text lists and the abbreviations it explains in brackets. */
final class GroupPhrases {
    private static final Pattern EXAMPLES = Pattern.compile(
            "(?i)\\bvoorbeelden van functies\\b[^:]*?\\bzijn\\b:?\\s*(.+?)\\.?$");
    private static final Pattern ABBREVIATION_FIRST = Pattern.compile("\\b(\\p{Lu}{2,6})\\b,?\\s*\\(([^)]+)\\)");
    private static final Pattern EXPANSION_FIRST = Pattern.compile(
            "((?:[\\p{L}-]+\\s+){0,7}[\\p{L}-]+)\\s*\\((\\p{Lu}{2,6})\\)");

    private static final Pattern BRACKETED_CAPITALS = Pattern.compile("\\(\\p{Lu}{2,6}\\)");

    private GroupPhrases() {}

    static List<String> examples(List<Para> paragraphs) {
        for (Para p : paragraphs) {
            for (String s : Texts.sentences(p.text())) {
                Matcher m = EXAMPLES.matcher(s);
                if (m.find()) {
                    String list = m.group(1).replaceAll("\\s*\\([^)]*\\)\\s*", " ");
                    return Arrays.stream(list.split(",\\s*|(?<!-)\\s+en\\s+"))
                            .map(e -> e.strip().replaceFirst("^(?i:de|het|een)\\s+", "").strip())
                            .filter(e -> !e.isEmpty()).toList();
                }
            }
        }
        return List.of();
    }

    static Map<String, String> abbreviations(List<Para> paragraphs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Para p : paragraphs) {
            if (p.text().indexOf('(') < 0) {
                continue; // both shapes need a bracket: skip the costly scans
            }
            Matcher a = ABBREVIATION_FIRST.matcher(p.text());
            while (a.find()) {
                if (initials(a.group(2)).equals(a.group(1))) {
                    out.putIfAbsent(a.group(1), a.group(2).strip());
                }
            }
            boolean expanded = BRACKETED_CAPITALS.matcher(p.text()).find();
            Matcher e = EXPANSION_FIRST.matcher(p.text());
            while (expanded && e.find()) {
                String[] words = e.group(1).strip().split("\\s+");
                for (int from = words.length - 1; from >= 0; from--) {
                    String expansion = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                    if (initials(expansion).equals(e.group(2))) {
                        out.putIfAbsent(e.group(2), expansion);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The capitals of one compound word ("KlantContactCentrum" → KCC), else the first letters of words. */
    static String initials(String expansion) {
        String t = expansion.strip();
        if (!t.contains(" ")) {
            return t.replaceAll("[^\\p{Lu}]", "");
        }
        List<String> firsts = new ArrayList<>();
        for (String w : t.split("[\\s-]+")) {
            if (!w.isEmpty() && !w.matches("(?i)van|de|het|en|voor|op|der")) {
                firsts.add(w.substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return String.join("", firsts);
    }
}
