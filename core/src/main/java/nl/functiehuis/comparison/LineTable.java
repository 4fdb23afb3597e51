package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lines under headings, filled subject by subject; lines with the same heading and label (matched by
 * {@link Names#key}) line up, in the order first seen. Empty lines and headings are left out.
 */
final class LineTable {
    private final int width;
    private final Map<String, String> headings = new LinkedHashMap<>();
    private final Map<String, Map<String, Entry>> lines = new LinkedHashMap<>();

    private record Entry(String label, ComparedValue[] values) {}

    LineTable(int width) {
        this.width = width;
    }

    void put(@Nullable String heading, String label, int column, ComparedValue value) {
        String h = heading == null ? "" : heading;
        headings.putIfAbsent(Names.key(h), h);
        Entry entry = lines.computeIfAbsent(Names.key(h), k -> new LinkedHashMap<>())
                .computeIfAbsent(Names.key(label), k -> new Entry(label, empty()));
        ComparedValue known = entry.values()[column];
        if (known.isEmpty()) {
            entry.values()[column] = value;
        } else if (!value.isEmpty()) {
            List<String> items = new ArrayList<>(known.items());
            items.addAll(value.items());
            entry.values()[column] = new ComparedValue(items, known.hint());
        }
    }

    /** Makes sure a heading comes in this position, even when its lines are added later. */
    void heading(String heading) {
        headings.putIfAbsent(Names.key(heading), heading);
        lines.computeIfAbsent(Names.key(heading), k -> new LinkedHashMap<>());
    }

    List<LineGroup> groups() {
        List<LineGroup> groups = new ArrayList<>();
        lines.forEach((key, entries) -> {
            List<ComparedLine> kept = entries.values().stream()
                    .filter(e -> Arrays.stream(e.values()).anyMatch(v -> !v.isEmpty()))
                    .map(e -> new ComparedLine(e.label(), List.of(e.values()))).toList();
            if (!kept.isEmpty()) {
                String heading = headings.get(key);
                groups.add(new LineGroup(heading.isEmpty() ? null : heading, kept));
            }
        });
        return groups;
    }

    private ComparedValue[] empty() {
        ComparedValue[] values = new ComparedValue[width];
        Arrays.fill(values, ComparedValue.NONE);
        return values;
    }
}
