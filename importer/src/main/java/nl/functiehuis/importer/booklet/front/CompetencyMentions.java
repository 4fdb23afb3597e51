package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Finds competency names in prose: a run of words that spells a known name (tolerantly) and starts with a
 * capital, as the booklets write competencies they mean ("Nauwkeurigheid", not "nauwkeurigheid").
 */
final class CompetencyMentions {
    /** A name as the text writes it, the known name it matched, and where it starts in the sentence. */
    record Mention(String written, String known, int start) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

    private final List<String> known;

    CompetencyMentions(List<String> known) {
        this.known = known.stream().sorted(Comparator.comparingInt((String k) -> -words(k))).toList();
    }

    List<Mention> in(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<Mention> found = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (String name : known) {
            int k = words(name);
            for (int t = 0; t + k <= tokens.size(); t++) {
                if (free(used, t, k) && Character.isUpperCase(sentence.charAt(tokens.get(t)[0]))) {
                    String written = sentence.substring(tokens.get(t)[0], tokens.get(t + k - 1)[1]);
                    if (Spelling.same(written, name)) {
                        found.add(new Mention(written, name, tokens.get(t)[0]));
                        for (int u = t; u < t + k; u++) {
                            used[u] = true;
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean free(boolean[] used, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static int words(String name) {
        return name.strip().split("\\s+").length;
    }
}
