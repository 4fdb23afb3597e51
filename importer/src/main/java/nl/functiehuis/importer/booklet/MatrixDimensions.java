package nl.functiehuis.importer.booklet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.CompetencyModel;
import nl.functiehuis.importer.booklet.front.DimensionText;
import nl.functiehuis.importer.booklet.front.FrontMatter;
import nl.functiehuis.importer.booklet.front.Matrix;
import nl.functiehuis.importer.booklet.front.MatrixColumn;
import org.jspecify.annotations.Nullable;

/**
 * The dimensions of the dictionary as the front-matter matrix groups its competencies: one dimension per
 * dimension label of the matrix (in the matrix's order), described by the aspect the methodology section
 * gives it ("het zijn"). A competency belongs to the dimension of its matrix column; without a matrix, or
 * for a competency the matrix header lacks, its dimension is {@link #UNKNOWN}.
 */
final class MatrixDimensions {
    /** For a competency the matrix does not place; only added to a dictionary that needs it. */
    static final Dimension UNKNOWN = new Dimension("onbepaald", "Onbepaald", null);

    private final Matrix matrix;
    private final Map<String, Dimension> byLabel;

    private MatrixDimensions(Matrix matrix, Map<String, Dimension> byLabel) {
        this.matrix = matrix;
        this.byLabel = byLabel;
    }

    static MatrixDimensions of(FrontMatter front) {
        Matrix matrix = front.matrix();
        Set<String> labels = new LinkedHashSet<>(matrix.dimensionLabels());
        matrix.columns().stream().map(MatrixColumn::dimension).filter(d -> d != null).forEach(labels::add);
        Map<String, Dimension> byLabel = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String label : labels) {
            String code = Spelling.fold(label);
            if (!code.isEmpty() && !code.equals(UNKNOWN.code()) && codes.add(code)) {
                byLabel.put(label, new Dimension(code, label.strip(), aspect(front.competencyModel(), label)));
            }
        }
        return new MatrixDimensions(matrix, byLabel);
    }

    private static @Nullable String aspect(CompetencyModel model, String label) {
        return model.dimensions().stream().filter(d -> label.equals(d.matrixLabel())).map(DimensionText::aspect)
                .findFirst().orElse(null);
    }

    /** Whether the booklet has a matrix header to place competencies by. */
    boolean hasMatrix() {
        return !matrix.columns().isEmpty();
    }

    /** The dimensions of the matrix, in its order. */
    List<Dimension> dimensions() {
        return List.copyOf(byLabel.values());
    }

    /** The matrix column of a competency, tolerant of spelling (see {@link Matrix#column}). */
    Optional<MatrixColumn> column(String competency) {
        return matrix.column(competency);
    }

    /** Where the matrix header stands (the first line when the booklet has no matrix). */
    Location headerAt() {
        return matrix.headerAt() == null ? Location.line(1) : matrix.headerAt();
    }

    /** The competency columns of the matrix header, in header order. */
    List<MatrixColumn> columns() {
        return matrix.columns();
    }

    /** The name of a column as the text spells it: its alias when the header spells it otherwise. */
    String nameOf(MatrixColumn column) {
        return matrix.aliases().getOrDefault(column.name(), column.name());
    }

    /** Whether the matrix header spells the column otherwise than the text, and says so by an alias. */
    boolean aliased(MatrixColumn column, String competency) {
        String alias = matrix.aliases().get(column.name());
        return alias != null && Spelling.fold(alias).equals(Spelling.fold(competency));
    }

    /** The dimension of a column, or {@link #UNKNOWN} when the matrix gives it none. */
    Dimension dimensionOf(MatrixColumn column) {
        return column.dimension() == null ? UNKNOWN : byLabel.getOrDefault(column.dimension(), UNKNOWN);
    }
}
