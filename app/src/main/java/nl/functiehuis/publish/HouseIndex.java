package nl.functiehuis.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.Qualification;
import org.jspecify.annotations.Nullable;

/**
 * What printing needs to know about the house, looked up once per publication so that a booklet costs no
 * query per profile: dictionaries by id, groups by code, qualifications by lower-case name, titles by code.
 */
record HouseIndex(String houseName, Map<String, CompetencyDictionary> dictionaries, Map<String, GroupPath> groups,
        Map<String, Qualification> qualifications, Function<String, @Nullable String> titles) {

    /** The series and group a profile belongs to. */
    record GroupPath(String seriesCode, String seriesName, String groupCode, String groupName) {
        String label() {
            return seriesCode + " " + seriesName + " › " + groupCode + " " + groupName;
        }
    }

    static HouseIndex of(String houseName, List<CompetencyDictionary> dictionaries, List<FunctionSeries> series,
            List<Qualification> qualifications, Function<String, @Nullable String> titles) {
        Map<String, CompetencyDictionary> byId = new LinkedHashMap<>();
        dictionaries.forEach(d -> byId.put(d.id(), d));
        Map<String, GroupPath> groups = new LinkedHashMap<>();
        for (FunctionSeries s : series) {
            for (FunctionGroup g : s.groups()) {
                groups.putIfAbsent(g.code(), new GroupPath(s.code(), s.name(), g.code(), g.name()));
            }
        }
        Map<String, Qualification> byName = new LinkedHashMap<>();
        qualifications.forEach(q -> byName.putIfAbsent(q.name().toLowerCase(Locale.ROOT), q));
        return new HouseIndex(houseName, byId, groups, byName, titles);
    }

    @Nullable CompetencyDictionary dictionary(@Nullable String id) {
        return id == null ? null : dictionaries.get(id);
    }

    @Nullable GroupPath group(@Nullable String code) {
        return code == null ? null : groups.get(code);
    }
}
