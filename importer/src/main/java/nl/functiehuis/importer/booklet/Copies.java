package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Whitespace;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import org.jspecify.annotations.Nullable;

/**
 * Compares a block the booklet repeats (a level's indicators, a qualification's lists and work
 * processes, a base profile's sections) with its first copy. The lists are aligned on their equal
 * items (longest common subsequence); the items left between two anchors are paired in order and
 * each pair is reported as a variant, an unpaired item as added or missing.
 */
final class Copies {
    /** Above this many item pairs the lists are compared position by position, to stay linear. */
    private static final long MAX_CELLS = 250_000;

    private Copies() {}

    /** One copy: its items and the profile it stands in. */
    record Copy(List<Written> items, @Nullable String profile) {}

    static void compare(String what, Kind kind, Copy first, Copy later, Findings findings) {
        List<Written> a = first.items();
        List<Written> b = later.items();
        String[] na = normalised(a);
        String[] nb = normalised(b);
        int[][] lcs = (long) a.size() * b.size() <= MAX_CELLS ? table(na, nb) : null;
        int i = 0;
        int j = 0;
        List<Written> gapA = new ArrayList<>();
        List<Written> gapB = new ArrayList<>();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && na[i].equals(nb[j])) {
                flush(what, kind, gapA, gapB, first, later, findings);
                i++;
                j++;
            } else if (j >= b.size() || i < a.size() && lcs != null && lcs[i + 1][j] >= lcs[i][j + 1]) {
                gapA.add(a.get(i++));
            } else if (lcs == null && i < a.size()) {
                gapA.add(a.get(i++));
                gapB.add(b.get(j++));
            } else {
                gapB.add(b.get(j++));
            }
        }
        flush(what, kind, gapA, gapB, first, later, findings);
    }

    private static void flush(String what, Kind kind, List<Written> gapA, List<Written> gapB, Copy first, Copy later,
            Findings findings) {
        int pairs = Math.min(gapA.size(), gapB.size());
        for (int k = 0; k < pairs; k++) {
            findings.note(what + "|" + gapA.get(k).text(), kind, what + ": tekst verschilt tussen de kopieën",
                    List.of(reading(gapA.get(k), first), reading(gapB.get(k), later)));
        }
        for (int k = pairs; k < gapA.size(); k++) {
            findings.note(what + "|-" + gapA.get(k).text(), kind, what + ": regel ontbreekt in een latere kopie ("
                    + later.profile() + ")", List.of(reading(gapA.get(k), first)));
        }
        for (int k = pairs; k < gapB.size(); k++) {
            findings.note(what + "|+" + gapB.get(k).text(), kind, what + ": regel alleen in een latere kopie",
                    List.of(reading(gapB.get(k), later)));
        }
        gapA.clear();
        gapB.clear();
    }

    private static Reading reading(Written w, Copy copy) {
        return Findings.reading(w, copy.profile());
    }

    /** lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]. */
    private static int[][] table(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs;
    }

    /** The items with every run of white space made one space: copies may differ in spacing only. */
    private static String[] normalised(List<Written> items) {
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Whitespace.collapse(items.get(i).text().strip());
        }
        return out;
    }
}
