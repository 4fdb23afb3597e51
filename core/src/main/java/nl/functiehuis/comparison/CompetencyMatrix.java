package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/**
 * A function × competency matrix: rows are functions (or the levels of a family), columns are
 * competencies grouped by dimension. Columns are every competency of the dictionaries the profiles use,
 * in dictionary order, followed by any competency asked that no dictionary holds; a family's columns
 * are the competencies it asks, per domain. Profiles of an unrecognised layout ask nothing and get no row.
 */
public record CompetencyMatrix(String title, List<ColumnGroup> groups, List<MatrixRow> rows) {

    public CompetencyMatrix {
        title = Checks.text(title, "title");
        groups = Checks.list(groups, "groups");
        rows = Checks.list(rows, "rows");
        int columns = groups.stream().mapToInt(g -> g.competencies().size()).sum();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() != columns) {
                throw new InvalidValue("rows[" + i + "].cells", "heeft " + rows.get(i).cells().size()
                        + " cellen voor " + columns + " kolommen");
            }
        }
    }

    /** Profiles listed under one row-group label, e.g. the profiles of one function group. */
    public record Band(@Nullable String label, List<FunctionProfile> profiles) {
        public Band {
            label = Checks.optional(label);
            profiles = Checks.list(profiles, "profiles");
        }
    }

    /** The matrix of the profiles in {@code bands}, their competencies looked up in {@code dictionaries}. */
    public static CompetencyMatrix of(String title, List<Band> bands, List<CompetencyDictionary> dictionaries) {
        var requirements = new Requirements(dictionaries);
        var columns = new Columns();
        bands.stream().flatMap(b -> b.profiles().stream()).map(FunctionProfile::dictionary).filter(Objects::nonNull)
                .distinct().forEach(id -> requirements.dictionary(id).ifPresent(columns::addAll));
        bands.stream().flatMap(b -> b.profiles().stream()).forEach(p -> {
            if (p instanceof LevelledFamily f) {
                f.domains().forEach(columns::declare);
            }
        });
        List<Pending> pending = new ArrayList<>();
        for (Band band : bands) {
            for (Shared shared : Shared.rows(band.profiles())) {
                for (Subject s : Subject.of(shared.profile())) {
                    List<Asked> asked = requirements.of(s);
                    asked.forEach(columns::add);
                    pending.add(new Pending(s, band.label(), asked, shared.sharedBy()));
                }
            }
        }
        List<ColumnGroup> groups = columns.groups();
        List<MatrixRow> rows = pending.stream().map(p -> p.row(groups)).toList();
        return new CompetencyMatrix(title, groups, rows);
    }

    /** Every competency column, left to right. */
    public List<String> competencies() {
        return groups.stream().flatMap(g -> g.competencies().stream()).toList();
    }

    /** True when the matrix has no row or no column. */
    public boolean isEmpty() {
        return rows.isEmpty() || competencies().isEmpty();
    }

    private record Pending(Subject subject, @Nullable String band, List<Asked> asked,
            List<ProfileCode> sharedBy) {
        MatrixRow row(List<ColumnGroup> groups) {
            Map<String, Cell> byName = new LinkedHashMap<>();
            asked.forEach(a -> byName.putIfAbsent(Names.key(a.competency()), a.cell()));
            List<Cell> cells = groups.stream().flatMap(g -> g.competencies().stream())
                    .map(c -> byName.getOrDefault(Names.key(c), Cell.ABSENT)).toList();
            return new MatrixRow(subject, band, cells, sharedBy);
        }
    }
}
