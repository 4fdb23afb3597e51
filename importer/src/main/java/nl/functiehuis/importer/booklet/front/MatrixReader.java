package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads the competency matrix: the first run of table rows in the series section. The row with most
 * named cells is the competency header, a label row above it names the table, a row below it holds the
 * dimension labels, and every row with single capital letters is a function row.
 */
final class MatrixReader {
    /** The matrix and what its layout checks need: the tab indices of the dimension labels. */
    record Read(Matrix matrix, List<Integer> labelCells, List<String> labelsByRuns, List<String> labelsByTabs) {}

    private MatrixReader() {}

    static Read read(List<Block> blocks, Overview overview) {
        List<Block> rows = firstRun(blocks);
        List<Block> data = rows.stream().filter(MatrixReader::hasLetters).toList();
        List<Block> other = rows.stream().filter(r -> !hasLetters(r)).toList();
        Block names = other.stream().max((a, b) -> Integer.compare(filled(a).size(), filled(b).size())).orElse(null);
        if (names == null || data.isEmpty() || filled(names).size() < 3) {
            return new Read(Matrix.empty(), List.of(), List.of(), List.of());
        }
        int namesAt = rows.indexOf(names);
        String headerLabel = null;
        Location headerAt = names.at();
        Block dimensionRow = null;
        for (Block r : other) {
            int at = rows.indexOf(r);
            if (at < namesAt && headerLabel == null && !filled(r).isEmpty()) {
                headerLabel = Texts.plain(r.cell(filled(r).getFirst()).text());
            } else if (at > namesAt && dimensionRow == null && !filled(r).isEmpty()) {
                dimensionRow = r;
            }
        }
        List<Integer> columnCells = filled(names);
        List<String> columnNames = columnCells.stream().map(i -> Texts.plain(names.cell(i).text())).toList();
        List<Integer> labelCells = dimensionRow == null ? List.of() : filled(dimensionRow);
        Block labelRow = dimensionRow;
        List<String> labels = labelCells.stream().map(i -> Texts.plain(labelRow.cell(i).text())).toList();
        List<String> byRuns = DimensionRuns.byRuns(columnNames, labels);
        List<String> byTabs = DimensionRuns.byTabs(columnCells, labelCells, labels);
        List<String> dimensions = byRuns.isEmpty() ? byTabs : byRuns;
        List<MatrixColumn> columns = new ArrayList<>();
        for (int c = 0; c < columnCells.size(); c++) {
            String d = c < dimensions.size() && !dimensions.get(c).isEmpty() ? dimensions.get(c) : null;
            columns.add(new MatrixColumn(c + 1, columnNames.get(c), d, columnCells.get(c)));
        }
        List<MatrixRow> matrixRows = rows(data, columnCells, overview);
        Matrix matrix = new Matrix(headerLabel, headerAt, dimensionRow == null ? null : dimensionRow.at(), columns,
                labels, Map.of(), matrixRows);
        return new Read(matrix, labelCells, byRuns, byTabs);
    }

    private static List<MatrixRow> rows(List<Block> data, List<Integer> columnCells, Overview overview) {
        List<MatrixRow> out = new ArrayList<>();
        String group = null;
        for (Block r : data) {
            List<Integer> filled = filled(r);
            int firstLetter = filled.stream().filter(i -> isLetter(r, i)).findFirst().orElse(0);
            List<Integer> before = filled.stream().filter(i -> i < firstLetter).toList();
            String function = before.isEmpty() ? "" : Texts.plain(r.cell(before.getLast()).text());
            if (before.size() > 1) {
                group = Texts.plain(r.cell(before.getFirst()).text());
            }
            List<MatrixLetter> letters = new ArrayList<>();
            for (int i : filled) {
                if (i >= firstLetter && isLetter(r, i)) {
                    int position = columnCells.indexOf(i);
                    letters.add(new MatrixLetter(r.cell(i).text().strip(), i, position < 0 ? null : position + 1));
                }
            }
            String code = overview.find(function).map(OverviewEntry::code).orElse(null);
            out.add(new MatrixRow(group, function, code, letters, r.at()));
        }
        return out;
    }

    private static List<Block> firstRun(List<Block> blocks) {
        List<Block> run = new ArrayList<>();
        for (Block b : blocks) {
            if (b.isRow()) {
                run.add(b);
            } else if (run.size() >= 3) {
                return run;
            } else {
                run.clear();
            }
        }
        return run.size() >= 3 ? run : List.of();
    }

    private static boolean hasLetters(Block row) {
        return filled(row).stream().anyMatch(i -> isLetter(row, i));
    }

    private static boolean isLetter(Block row, int i) {
        return row.cell(i).text().strip().matches("\\p{Lu}");
    }

    static List<Integer> filled(@Nullable Block row) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; row != null && i < row.cells().size(); i++) {
            if (!row.cell(i).text().isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
