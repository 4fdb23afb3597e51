package nl.functiehuis.importer.booklet.front;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * The function × competency matrix of the series section. The tab columns of its rows need not line up
 * with its header, so a row keeps its letters in reading order; {@link #intendedLevels} maps them onto a
 * function's own competencies in header order (the reading the booklet means), {@link #literalLevels}
 * keeps the tab-column reading only to show that it differs. {@code aliases} maps a header spelling to
 * the spelling the text uses ("Conflictantering" → "Conflicthantering").
 */
public record Matrix(@Nullable String headerLabel, @Nullable Location headerAt, @Nullable Location dimensionRowAt,
        List<MatrixColumn> columns, List<String> dimensionLabels, Map<String, String> aliases,
        List<MatrixRow> rows) {

    public Matrix {
        columns = List.copyOf(columns);
        dimensionLabels = List.copyOf(dimensionLabels);
        aliases = Map.copyOf(aliases);
        rows = List.copyOf(rows);
    }

    public static Matrix empty() {
        return new Matrix(null, null, null, List.of(), List.of(), Map.of(), List.of());
    }

    Matrix withAliases(Map<String, String> found) {
        return new Matrix(headerLabel, headerAt, dimensionRowAt, columns, dimensionLabels, found, rows);
    }

    public int columnCount() {
        return columns.size();
    }

    /** The group labels of the rows, in order, each once. */
    public List<String> rowGroupLabels() {
        return rows.stream().map(MatrixRow::groupLabel).filter(l -> l != null).distinct().map(l -> (String) l)
                .toList();
    }

    /** The column a competency name denotes: same folded spelling, an alias, or the closest within tolerance. */
    public Optional<MatrixColumn> column(String competency) {
        String f = Spelling.fold(competency);
        for (MatrixColumn c : columns) {
            String alias = aliases.get(c.name());
            if (Spelling.fold(c.name()).equals(f) || alias != null && Spelling.fold(alias).equals(f)) {
                return Optional.of(c);
            }
        }
        return Spelling.closest(competency, columns.stream().map(MatrixColumn::name).toList())
                .flatMap(m -> columns.stream().filter(c -> c.name().equals(m.candidate())).findFirst());
    }

    /**
     * The intended reading of a row: its letters in reading order, mapped onto {@code competencies} (the
     * function's profile competencies) sorted in header order, keyed by header name as written. Empty when
     * a competency has no column or the counts differ.
     */
    public Map<String, String> intendedLevels(MatrixRow row, Collection<String> competencies) {
        List<MatrixColumn> found = competencies.stream().map(this::column).flatMap(Optional::stream).distinct()
                .sorted(Comparator.comparingInt(MatrixColumn::position)).toList();
        if (found.size() != competencies.size() || found.size() != row.letters().size()) {
            return Map.of();
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            levels.put(found.get(i).name(), row.letters().get(i).letter());
        }
        return Collections.unmodifiableMap(levels);
    }

    /** The literal tab-column reading of a row: header name at each letter's tab index → letter. */
    public Map<String, String> literalLevels(MatrixRow row) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (MatrixLetter letter : row.letters()) {
            if (letter.literalPosition() != null) {
                levels.put(columns.get(letter.literalPosition() - 1).name(), letter.letter());
            }
        }
        return Collections.unmodifiableMap(levels);
    }

    /** The columns of one dimension label, in header order. */
    public List<MatrixColumn> columnsOf(String dimensionLabel) {
        return columns.stream().filter(c -> dimensionLabel.equals(c.dimension())).toList();
    }
}
