package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A competency matrix as printed: a column per function (or function level), a row per competency, rows
 * banded by dimension or domain. A page is taller than wide, so functions are the columns here; a wide
 * matrix is printed in {@link #parts(int) parts} of a few columns each.
 */
public record CompetencyMatrix(String title, @Nullable String legend, List<Column> columns, List<Band> bands) {

    /** A function or function level: its code and a short name. */
    public record Column(String code, String label) {}

    /** The rows of one dimension or domain. */
    public record Band(String name, List<Row> rows) {}

    /** One competency, with a cell per column; {@code note} marks e.g. a core competency. */
    public record Row(String competency, @Nullable String note, List<Cell> cells) {}

    /** What a column asks: a level letter, "●" when asked without a level, or nothing; {@code name} names the level. */
    public record Cell(String mark, @Nullable String name) {
        static final Cell EMPTY = new Cell("", null);
    }

    public CompetencyMatrix {
        columns = List.copyOf(columns);
        bands = List.copyOf(bands);
    }

    public boolean isEmpty() {
        return columns.isEmpty() || bands.isEmpty();
    }

    /** The matrix split into consecutive matrices of at most {@code maxColumns} columns each. */
    public List<CompetencyMatrix> parts(int maxColumns) {
        if (columns.size() <= maxColumns) {
            return List.of(this);
        }
        List<CompetencyMatrix> parts = new ArrayList<>();
        for (int from = 0; from < columns.size(); from += maxColumns) {
            int to = Math.min(from + maxColumns, columns.size());
            parts.add(slice(from, to));
        }
        return parts;
    }

    /** Height in millimetres the rotated column headings need: two lines, code and name. */
    public int headingHeightMm() {
        int longest = 0;
        for (Column c : columns) {
            longest = Math.max(longest, Math.max(c.code().length(), c.label().length()));
        }
        return Math.min(75, 6 + (int) Math.ceil(longest * 1.55));
    }

    private CompetencyMatrix slice(int from, int to) {
        List<Band> sliced = new ArrayList<>();
        for (Band band : bands) {
            List<Row> rows = new ArrayList<>();
            for (Row row : band.rows()) {
                List<Cell> cells = row.cells().subList(from, to);
                if (cells.stream().anyMatch(c -> !c.mark().isEmpty())) {
                    rows.add(new Row(row.competency(), row.note(), List.copyOf(cells)));
                }
            }
            if (!rows.isEmpty()) {
                sliced.add(new Band(band.name(), rows));
            }
        }
        return new CompetencyMatrix(title, legend, columns.subList(from, to), sliced);
    }
}
