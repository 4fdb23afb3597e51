package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.comparison.Cell;
import nl.functiehuis.comparison.ColumnGroup;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.MatrixRow;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** A competency matrix in JSON: column groups per dimension, and rows with a cell per column. */
record MatrixView(String title, List<Group> groups, List<String> competencies, List<Row> rows) {

    record Group(String dimension, String name, List<String> competencies) {}

    record Row(String code, String title, @Nullable String band, List<CellView> cells, List<String> sharedBy) {}

    /** A cell: the letter (or ✓, or empty) and what it means in words. */
    record CellView(String text, String hint) {}

    static MatrixView of(CompetencyMatrix m) {
        return new MatrixView(m.title(), m.groups().stream().map(MatrixView::group).toList(), m.competencies(),
                m.rows().stream().map(MatrixView::row).toList());
    }

    private static Group group(ColumnGroup g) {
        return new Group(g.dimension().code(), g.dimension().name(), g.competencies());
    }

    private static Row row(MatrixRow r) {
        return new Row(r.code().value(), r.title(), r.band(), r.cells().stream().map(MatrixView::cell).toList(),
                r.sharedBy().stream().map(ProfileCode::value).toList());
    }

    private static CellView cell(Cell c) {
        return new CellView(c.text(), c.hint());
    }
}
