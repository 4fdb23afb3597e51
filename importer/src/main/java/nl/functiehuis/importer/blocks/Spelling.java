package nl.functiehuis.importer.blocks;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place for spelling tolerance: names are compared after folding case, accents, spaces and
 * punctuation, and may then differ by a small edit distance. Used for headings and competency names.
 */
public final class Spelling {
    private Spelling() {}

    /** A candidate that matched, and how far its spelling was from the text. */
    public record Match(String candidate, int distance) {
        public boolean exact() {
            return distance == 0;
        }
    }

    /** Lower case, accents removed, every run of non-letters/digits removed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Edits allowed for a folded text of this length: none for short words, up to two for long ones. */
    public static int tolerance(int length) {
        return length < 5 ? 0 : length < 12 ? 1 : 2;
    }

    public static boolean same(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        return distance(fa, fb) <= tolerance(Math.min(fa.length(), fb.length()));
    }

    /** The closest candidate within tolerance, if any. */
    public static Optional<Match> closest(String text, Collection<String> candidates) {
        String f = fold(text);
        Match best = null;
        for (String candidate : candidates) {
            String fc = fold(candidate);
            int d = distance(f, fc);
            if (d <= tolerance(Math.min(f.length(), fc.length())) && (best == null || d < best.distance())) {
                best = new Match(candidate, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
