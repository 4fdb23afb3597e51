package nl.functiehuis.importer.blocks;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    /** Lower case, accents removed, every run of non-letters/digits removed. */
    public static String fold(String text) {
        String cached = FOLDED.get(text);
        if (cached != null) {
            return cached;
        }
        String folded = isPlainAscii(text) ? foldAscii(text) : NON_WORD.matcher(MARKS.matcher(
                Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        if (FOLDED.size() < CACHE_LIMIT && text.length() < 200) {
            FOLDED.put(text, folded);
        }
        return folded;
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String foldAscii(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Edits allowed for a folded text of this length: none for short words, up to two for long ones. */
    public static int tolerance(int length) {
        return length < 5 ? 0 : length < 12 ? 1 : 2;
    }

    public static boolean same(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        int allowed = tolerance(Math.min(fa.length(), fb.length()));
        return within(fa, fb, allowed) <= allowed;
    }

    /** The closest candidate within tolerance, if any. */
    public static Optional<Match> closest(String text, Collection<String> candidates) {
        String f = fold(text);
        Match best = null;
        for (String candidate : candidates) {
            String fc = fold(candidate);
            int allowed = tolerance(Math.min(f.length(), fc.length()));
            int d = within(f, fc, allowed);
            if (d <= allowed && (best == null || d < best.distance())) {
                best = new Match(candidate, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The distance when it is at most {@code max}, else {@code max + 1}: cheap for texts far apart. */
    public static int within(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        if (max == 0 || a.equals(b)) {
            return a.equals(b) ? 0 : 1;
        }
        int n = b.length();
        int big = max + 1;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(n, i + max);
            current[0] = i <= max ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(d, big);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < n) {
                current[to + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[n], big);
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
