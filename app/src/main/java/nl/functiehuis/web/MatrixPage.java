package nl.functiehuis.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import nl.functiehuis.application.MatrixScope;
import nl.functiehuis.comparison.Cell;
import nl.functiehuis.comparison.ColumnGroup;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.MatrixRow;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/**
 * A competency matrix as the matrix page shows it: rows under their band (a group within a series),
 * columns with the dimension they open, and per column the level names its cells use (the legend).
 */
record MatrixPage(CompetencyMatrix matrix, MatrixScope scope, List<Band> bands, List<Column> columns) {

    /** Rows listed under one label; the label is null when the matrix has one band. */
    record Band(@Nullable String label, List<MatrixRow> rows) {}

    /** A column: its competency, its dimension, whether it starts the dimension, and the levels it shows. */
    record Column(String competency, String dimension, boolean first, List<String> levels) {}

    static MatrixPage of(CompetencyMatrix matrix, MatrixScope scope) {
        List<Band> bands = new ArrayList<>();
        for (MatrixRow r : matrix.rows()) {
            if (bands.isEmpty() || !Objects.equals(bands.getLast().label(), r.band())) {
                bands.add(new Band(r.band(), new ArrayList<>()));
            }
            bands.getLast().rows().add(r);
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnGroup g : matrix.groups()) {
            for (int i = 0; i < g.competencies().size(); i++) {
                columns.add(new Column(g.competencies().get(i), g.dimension().name(), i == 0, levels(matrix, columns.size())));
            }
        }
        return new MatrixPage(matrix, scope, bands.stream().map(b -> new Band(b.label(), List.copyOf(b.rows()))).toList(),
                columns);
    }

    /** The query string that selects this matrix, e.g. "groep=N06.01". */
    public String query() {
        return scope.parameter() + "=" + URLEncoder.encode(scope.value(), StandardCharsets.UTF_8);
    }

    public int columnCount() {
        return columns.size() + 1;
    }

    private static List<String> levels(CompetencyMatrix matrix, int column) {
        var found = new TreeMap<LevelLetter, String>();
        for (MatrixRow r : matrix.rows()) {
            if (r.cells().get(column) instanceof Cell.Level l) {
                found.putIfAbsent(l.letter(), l.hint());
            }
        }
        return List.copyOf(found.values());
    }
}
