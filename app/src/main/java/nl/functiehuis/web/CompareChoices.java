package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.functiehuis.application.CompareProfiles.Choice;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.profile.ProfileCode;

/** The choices of the comparison form, under their function group or family, with the chosen ones ticked. */
record CompareChoices(List<Fieldset> fieldsets) {

    record Fieldset(String legend, List<Option> options) {}

    record Option(String code, String title, String id, boolean checked) {}

    static CompareChoices of(List<Choice> choices, List<FunctionSeries> series, List<String> chosen) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (FunctionSeries s : series) {
            for (FunctionGroup g : s.groups()) {
                groups.put(g.code(), g.code() + " " + g.name());
            }
        }
        Set<String> ticked = chosen.stream().map(ProfileCode::slugOf).collect(Collectors.toSet());
        Map<String, List<Option>> sets = new LinkedHashMap<>();
        groups.values().forEach(label -> sets.put(label, new ArrayList<>()));
        for (Choice c : choices) {
            String legend = c.family() != null ? "Functiefamilie " + c.family()
                    : c.groupCode() != null ? groups.getOrDefault(c.groupCode(), "Functiegroep " + c.groupCode()) : "Overige profielen";
            String slug = ProfileCode.slugOf(c.code());
            sets.computeIfAbsent(legend, k -> new ArrayList<>()).add(new Option(c.code(), c.title(), "p-" + slug,
                    ticked.contains(slug) || c.family() != null && ticked.contains(ProfileCode.slugOf(c.family()))));
        }
        return new CompareChoices(sets.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Fieldset(e.getKey(), List.copyOf(e.getValue()))).toList());
    }
}
