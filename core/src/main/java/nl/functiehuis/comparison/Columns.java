package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;

/**
 * Collects competency columns grouped by dimension: first every competency of the dictionaries given (in
 * dictionary order, as the booklet's matrix lists its whole dictionary), then what subjects ask beyond
 * them, in the order first asked. Dimensions are told apart by code, names by {@link Names#key}.
 */
final class Columns {
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();

    void addAll(CompetencyDictionary dictionary) {
        for (Dimension d : dictionary.dimensions()) {
            for (Competency c : dictionary.inDimension(d.code())) {
                add(d, c.name());
            }
        }
    }

    /** Fixes the place of a dimension before any of its competencies is added. */
    void declare(Dimension dimension) {
        dimensions.putIfAbsent(dimension.code(), dimension);
        names.computeIfAbsent(dimension.code(), k -> new LinkedHashMap<>());
    }

    void add(Dimension dimension, String competency) {
        dimensions.putIfAbsent(dimension.code(), dimension);
        names.computeIfAbsent(dimension.code(), k -> new LinkedHashMap<>()).putIfAbsent(Names.key(competency), competency);
    }

    void add(Asked asked) {
        if (!contains(asked.competency())) {
            add(asked.group(), asked.competency());
        }
    }

    boolean contains(String competency) {
        String key = Names.key(competency);
        return names.values().stream().anyMatch(m -> m.containsKey(key));
    }

    List<ColumnGroup> groups() {
        List<ColumnGroup> groups = new ArrayList<>();
        dimensions.forEach((code, d) -> {
            if (!names.get(code).isEmpty()) {
                groups.add(new ColumnGroup(d, List.copyOf(names.get(code).values())));
            }
        });
        return groups;
    }
}
