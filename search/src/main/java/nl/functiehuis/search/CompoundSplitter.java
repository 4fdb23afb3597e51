package nl.functiehuis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dutch compound into known word parts: "beleidsmedewerker" → beleid, medewerker;
 * "klantcontactcentrum" → klant, contact, centrum. It looks for the fewest parts that cover the word
 * whole, allowing the linking letters s, e and en between parts and an ending such as -s or -heid after
 * the last; a part that is itself a house word is split again. When no cover exists it takes the longest
 * known head (end) and modifier (start) of the word. Shipped parts are never split.
 */
final class CompoundSplitter {
    static final int MIN_WORD = 6;
    static final int MIN_PART = 3;
    private static final int PARTIAL_PART = 4;
    private static final int MAX_DEPTH = 3;
    private static final String[] LINKS = {"s", "e", "en"};
    private static final String[] ENDINGS = {"s", "e", "en", "er", "ers", "te", "heid", "heden", "ing", "ingen"};

    private final WordParts parts;

    CompoundSplitter(WordParts parts) {
        this.parts = parts;
    }

    /** The parts of a lower-case, accent-free word; empty when it is not a compound of known parts. */
    List<String> split(String word) {
        Set<String> found = new LinkedHashSet<>();
        decompose(word.toCharArray(), found, 0);
        found.remove(word);
        return List.copyOf(found);
    }

    private void decompose(char[] w, Set<String> found, int depth) {
        if (w.length < MIN_WORD || depth > MAX_DEPTH || isShippedWord(w)) {
            return;
        }
        List<String> cover = cover(w);
        List<String> pieces = cover.size() >= 2 ? cover : partial(w);
        for (String piece : pieces) {
            if (found.add(piece)) {
                decompose(piece.toCharArray(), found, depth + 1);
            }
        }
    }

    private boolean isShippedWord(char[] w) {
        if (parts.isShipped(w, 0, w.length)) {
            return true;
        }
        for (String ending : ENDINGS) {
            int stem = w.length - ending.length();
            if (stem >= MIN_PART && endsWith(w, ending) && parts.isShipped(w, 0, stem)) {
                return true;
            }
        }
        return false;
    }

    /** The fewest known parts that cover the word, in order; empty when there is no cover. */
    private List<String> cover(char[] w) {
        int n = w.length;
        int[] cost = new int[n + 1];
        int[] start = new int[n + 1];
        int[] end = new int[n + 1];
        Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int e = i + MIN_PART; e <= n; e++) {
                if (!parts.contains(w, i, e - i)) {
                    continue;
                }
                reach(e, cost[i] + 1, i, e, cost, start, end);
                for (String link : LINKS) {
                    int after = e + link.length();
                    if (after < n && startsWith(w, e, link)) {
                        reach(after, cost[i] + 1, i, e, cost, start, end);
                    }
                }
            }
        }
        int finish = finish(w, cost, end);
        if (finish < 0) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        for (int p = finish; p > 0; p = start[p]) {
            pieces.addFirst(new String(w, start[p], end[p] - start[p]));
        }
        return pieces;
    }

    private static void reach(int at, int cost, int from, int to, int[] costs, int[] start, int[] end) {
        if (cost < costs[at]) {
            costs[at] = cost;
            start[at] = from;
            end[at] = to;
        }
    }

    /** Where the last part ends: the word's end, or just before a known ending; -1 when not covered. */
    private static int finish(char[] w, int[] cost, int[] end) {
        int n = w.length;
        int best = cost[n] < Integer.MAX_VALUE ? n : -1;
        for (String ending : ENDINGS) {
            int at = n - ending.length();
            if (at > 0 && endsWith(w, ending) && cost[at] < Integer.MAX_VALUE && end[at] == at
                    && (best < 0 || cost[at] < cost[best])) {
                best = at;
            }
        }
        return best;
    }

    /** The longest known head and modifier of a word that is not covered whole. */
    private List<String> partial(char[] w) {
        int n = w.length;
        List<String> pieces = new ArrayList<>();
        for (int s = MIN_PART; s <= n - PARTIAL_PART; s++) {
            int end = parts.contains(w, s, n - s) ? n : headBeforeEnding(w, s);
            if (end > 0) {
                pieces.add(new String(w, s, end - s));
                break;
            }
        }
        for (int e = n - MIN_PART; e >= PARTIAL_PART; e--) {
            if (parts.contains(w, 0, e)) {
                pieces.add(new String(w, 0, e));
                break;
            }
        }
        return pieces;
    }

    private int headBeforeEnding(char[] w, int s) {
        for (String ending : ENDINGS) {
            int e = w.length - ending.length();
            if (e - s >= PARTIAL_PART && endsWith(w, ending) && parts.contains(w, s, e - s)) {
                return e;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] w, int at, String text) {
        if (at + text.length() > w.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (w[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] w, String text) {
        return startsWith(w, w.length - text.length(), text);
    }
}
