package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.publish.CompetencyMatrix.Band;
import nl.functiehuis.publish.CompetencyMatrix.Cell;
import nl.functiehuis.publish.CompetencyMatrix.Row;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a matrix whose columns are profiles: a band per dimension in the dictionary's order; competencies
 * the dictionary lacks come last, banded by their group in an organisation profile.
 */
final class DictionaryRows {
    private DictionaryRows() {}

    /** {@code asked} holds, per column, the requirements by lower-case competency name. */
    static List<Band> bands(List<FunctionProfile> profiles, @Nullable CompetencyDictionary dictionary,
            List<Map<String, CompetencyRequirement>> asked) {
        Map<String, String> names = new LinkedHashMap<>();
        asked.forEach(m -> m.forEach((key, r) -> names.putIfAbsent(key, r.competency())));
        Map<String, List<String>> bands = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        if (dictionary != null) {
            for (Dimension d : dictionary.dimensions()) {
                for (Competency c : dictionary.inDimension(d.code())) {
                    String key = MatrixBuilder.key(c.name());
                    if (names.containsKey(key)) {
                        names.put(key, c.name());
                        bands.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(key);
                        placed.add(key);
                    }
                }
            }
        }
        Map<String, String> groups = groups(profiles);
        for (String key : names.keySet()) {
            if (!placed.contains(key)) {
                String band = dictionary != null ? "Niet in het woordenboek" : groups.getOrDefault(key, "Competenties");
                bands.computeIfAbsent(band, k -> new ArrayList<>()).add(key);
            }
        }
        List<Band> result = new ArrayList<>();
        bands.forEach((band, keys) -> result.add(new Band(band,
                keys.stream().map(k -> row(names.get(k), k, dictionary, asked)).toList())));
        return result;
    }

    private static Row row(String name, String key, @Nullable CompetencyDictionary dictionary,
            List<Map<String, CompetencyRequirement>> asked) {
        List<Cell> cells = new ArrayList<>();
        for (Map<String, CompetencyRequirement> column : asked) {
            CompetencyRequirement r = column.get(key);
            if (r == null) {
                cells.add(Cell.EMPTY);
            } else if (r.level() == null) {
                cells.add(new Cell(MatrixBuilder.ASKED, "gevraagd"));
            } else {
                String levelName = dictionary == null ? null : dictionary.find(name)
                        .flatMap(c -> c.level(r.level())).map(BehaviourLevel::name).orElse(null);
                cells.add(new Cell(r.level().name(), levelName));
            }
        }
        return new Row(name, null, cells);
    }

    /** The group an organisation profile gives a behaviour competency, capitalised, by lower-case name. */
    private static Map<String, String> groups(List<FunctionProfile> profiles) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (FunctionProfile p : profiles) {
            if (p instanceof OrganisationProfile o) {
                for (BehaviourCompetency b : o.behaviourCompetencies()) {
                    if (b.group() != null) {
                        String g = b.group();
                        groups.putIfAbsent(MatrixBuilder.key(b.name()), Character.toUpperCase(g.charAt(0)) + g.substring(1));
                    }
                }
            }
        }
        return groups;
    }
}
