package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which overview entries belong to which group: the base profiles whose name holds the group's name; a
 * group none of whose names do gets, by position, the code prefix that no other group took.
 */
final class GroupFunctions {
    private GroupFunctions() {}

    static Map<String, List<OverviewEntry>> assign(List<String> groups, Overview overview) {
        List<OverviewEntry> bases = overview.entries().stream().filter(e -> !e.isEnriched()).toList();
        Map<String, List<OverviewEntry>> out = new LinkedHashMap<>();
        for (String group : groups) {
            Pattern word = Pattern.compile("(?iu)(^|\\P{L})" + Pattern.quote(group) + "($|\\P{L})");
            out.put(group, bases.stream().filter(e -> word.matcher(e.name()).find()).toList());
        }
        List<String> prefixes = new ArrayList<>();
        bases.stream().map(e -> Codes.parent(e.code())).filter(p -> p != null && !prefixes.contains(p))
                .forEach(prefixes::add);
        if (prefixes.size() != groups.size()) {
            return out;
        }
        for (int g = 0; g < groups.size(); g++) {
            String prefix = prefixes.get(g);
            boolean taken = out.values().stream().flatMap(List::stream)
                    .anyMatch(e -> prefix.equals(Codes.parent(e.code())));
            if (out.get(groups.get(g)).isEmpty() && !taken) {
                out.put(groups.get(g), bases.stream().filter(e -> prefix.equals(Codes.parent(e.code()))).toList());
            }
        }
        return out;
    }
}
