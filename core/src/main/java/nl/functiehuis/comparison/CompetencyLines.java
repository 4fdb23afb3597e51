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
                    table.put(heading(group.dimension()), competency, i, cell instanceof Cell.Absent
                            ? ComparedValue.NONE : new ComparedValue(List.of(cell.text()), cell.hint()));
                }
            }
        }
        return new ComparedSection("competenties", "Competenties", table.groups());
    }

    /** A dimension's name; a numbered domain (UWV) keeps its number in front. */
    static String heading(Dimension d) {
        return d.code().matches("\\d+") ? d.code() + " " + d.name() : d.name();
    }
}
