package nl.functiehuis.sheets;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.comparison.Cell;
import nl.functiehuis.comparison.ColumnGroup;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.MatrixRow;

/**
 * The cells both file formats write: a dimension row (each competency's dimension, "Dimensie" over the
 * function column), a header row (Code, Functie, the competencies) and a row per function with the level
 * letter, ✓ or nothing per competency.
 */
final class MatrixGrid {
    static final int LEADING = 2;
    static final String DIMENSION = "Dimensie";

    private MatrixGrid() {}

    static List<String> dimensions(CompetencyMatrix m) {
        List<String> row = new ArrayList<>(List.of("", DIMENSION));
        for (ColumnGroup g : m.groups()) {
            g.competencies().forEach(c -> row.add(g.dimension().name()));
        }
        return row;
    }

    static List<String> header(CompetencyMatrix m) {
        List<String> row = new ArrayList<>(List.of("Code", "Functie"));
        row.addAll(m.competencies());
        return row;
    }

    static List<String> row(MatrixRow r) {
        List<String> row = new ArrayList<>(List.of(r.code().value(), r.title()));
        r.cells().stream().map(Cell::text).forEach(row::add);
        return row;
    }
}
