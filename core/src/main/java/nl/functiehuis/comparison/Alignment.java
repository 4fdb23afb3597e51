package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lines up two lists: equal items by their longest common subsequence; between them, a removed and an
 * added item with the same name (see {@link Values#name}) form a pair, and so do the rest position by
 * position when as many were removed as added; what is left is removed or added.
 */
final class Alignment {
    private Alignment() {}

    /** Positions of a pair in the old and new list; one is null for an item removed or added. */
    record Pair(@Nullable Integer before, @Nullable Integer after) {}

    /** The pairs that are not equal, in list order. */
    static List<Pair> of(List<?> a, List<?> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = Objects.equals(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && Objects.equals(a.get(i), b.get(j))) {
                run(a, b, removed, added, pairs);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        run(a, b, removed, added, pairs);
        return pairs;
    }

    private static void run(List<?> a, List<?> b, List<Integer> removed, List<Integer> added, List<Pair> pairs) {
        for (Integer r : List.copyOf(removed)) {
            String name = Values.name(a.get(r));
            for (Integer x : added) {
                if (name != null && name.equals(Values.name(b.get(x)))) {
                    pairs.add(new Pair(r, x));
                    removed.remove(r);
                    added.remove(x);
                    break;
                }
            }
        }
        if (removed.size() == added.size()) {
            for (int k = 0; k < removed.size(); k++) {
                pairs.add(new Pair(removed.get(k), added.get(k)));
            }
        } else {
            removed.forEach(r -> pairs.add(new Pair(r, null)));
            added.forEach(x -> pairs.add(new Pair(null, x)));
        }
        pairs.sort((p, q) -> Integer.compare(order(p), order(q)));
        removed.clear();
        added.clear();
    }

    private static int order(Pair p) {
        return p.after() != null ? p.after() : Objects.requireNonNull(p.before());
    }
}
