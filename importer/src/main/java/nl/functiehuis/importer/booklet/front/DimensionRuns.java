package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * The dimensions of matrix columns derived from the header alone: within a dimension the competencies are
 * in alphabetical order, so each new alphabetical run starts the next dimension label.
 */
final class DimensionRuns {
    private DimensionRuns() {}

    /** The sizes of the alphabetical runs of {@code names}, in order. */
    static List<Integer> runs(List<String> names) {
        List<Integer> sizes = new ArrayList<>();
        String previous = null;
        for (String name : names) {
            String folded = Spelling.fold(name);
            if (previous == null || folded.compareTo(previous) < 0) {
                sizes.add(0);
            }
            sizes.set(sizes.size() - 1, sizes.getLast() + 1);
            previous = folded;
        }
        return sizes;
    }

    /** The label of each name: runs taken in label order when the counts agree, else an empty list. */
    static List<String> byRuns(List<String> names, List<String> labels) {
        List<Integer> runs = runs(names);
        if (runs.size() != labels.size()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            for (int i = 0; i < runs.get(r); i++) {
                out.add(labels.get(r));
            }
        }
        return out;
    }

    /** The label of each column read literally: the nearest label at or left of its tab index. */
    static List<String> byTabs(List<Integer> columnCells, List<Integer> labelCells, List<String> labels) {
        List<String> out = new ArrayList<>();
        for (int cell : columnCells) {
            String label = null;
            for (int l = 0; l < labelCells.size(); l++) {
                if (labelCells.get(l) <= cell) {
                    label = labels.get(l);
                }
            }
            out.add(label == null ? "" : label);
        }
        return out;
    }
}
