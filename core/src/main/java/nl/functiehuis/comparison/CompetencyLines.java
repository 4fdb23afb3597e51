package nl.functiehuis.comparison;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.LevelledFamily;

/**
 * The "Competenties" section: a line per competency any subject asks, under its dimension or domain, in
 * dictionary order; each value is the level letter (with its name as hint) or ✓.
 */
final class CompetencyLines {
    private CompetencyLines() {}

    static ComparedSection of(List<Subject> subjects, Requirements requirements) {
        var columns = new Columns();
        subjects.forEach(s -> requirements.dictionary(s.profile().dictionary()).ifPresent(columns::addAll));
        subjects.forEach(s -> {
            if (s.profile() instanceof LevelledFamily f) {
                f.domains().forEach(columns::declare);
            }
        });
        Set<String> used = new HashSet<>();
        List<Map<String, Cell>> cells = subjects.stream().map(s -> {
            Map<String, Cell> byName = new HashMap<>();
            for (Asked a : requirements.of(s)) {
                columns.add(a);
                used.add(Names.key(a.competency()));
                byName.putIfAbsent(Names.key(a.competency()), a.cell());
            }
            return byName;
        }).toList();
        var table = new LineTable(subjects.size());
        for (ColumnGroup group : columns.groups()) {
            for (String competency : group.competencies()) {
                if (!used.contains(Names.key(competency))) {
                    continue;
                }
                for (int i = 0; i < subjects.size(); i++) {
                    Cell cell = cells.get(i).getOrDefault(Names.key(competency), Cell.ABSENT);
                    table.put(heading(group.dimension()), competency, i, value(cell));
                }
            }
        }
        return new ComparedSection("competenties", "Competenties", table.groups());
    }

    /** The letter with the level's name as hint, or ✓ with "kerncompetentie" as hint for a core competency. */
    private static ComparedValue value(Cell cell) {
        return switch (cell) {
            case Cell.Level l -> new ComparedValue(List.of(l.text()), l.name());
            case Cell.Asked a -> new ComparedValue(List.of(a.text()), a.core() ? "kerncompetentie" : null);
            case Cell.Absent a -> ComparedValue.NONE;
        };
    }

    /** A dimension's name; a numbered domain (UWV) keeps its number in front. */
    static String heading(Dimension d) {
        return d.code().matches("\\d+") ? d.code() + " " + d.name() : d.name();
    }
}
