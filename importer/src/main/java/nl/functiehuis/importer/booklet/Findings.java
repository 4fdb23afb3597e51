package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import org.jspecify.annotations.Nullable;

/**
 * The booklet's inconsistencies found while reading it. Findings with the same key (the same variant
 * met again in another copy) are merged into one entry with every place; each entry becomes one
 * WARNING in the import report, at its first reading.
 */
final class Findings {
    private static final int QUOTE = 80;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(Kind kind, String description, List<Reading> readings, Set<String> seen) {}

    void note(String key, Kind kind, String description, List<Reading> readings) {
        Entry entry = entries.computeIfAbsent(kind + "|" + key, k -> new Entry(kind, description, new ArrayList<>(), new HashSet<>()));
        for (Reading r : readings) {
            if (entry.seen().add(r.at() + "|" + r.text())) {
                entry.readings().add(r);
            }
        }
    }

    static Reading reading(Written w, @Nullable String profile) {
        return new Reading(w.text(), w.at(), profile);
    }

    List<Inconsistency> all() {
        return entries.values().stream().map(e -> new Inconsistency(e.kind(), e.description(), e.readings())).toList();
    }

    /** Writes one WARNING per inconsistency, quoting its readings with their places. */
    void report(ImportReport report) {
        for (Inconsistency i : all()) {
            if (i.readings().isEmpty()) {
                continue;
            }
            String quoted = i.readings().stream()
                    .map(r -> "'" + clip(r.text()) + "' (" + r.at() + (r.profile() == null ? "" : ", " + r.profile()) + ")")
                    .distinct().collect(Collectors.joining("; "));
            report.warn(i.readings().get(0).at(), i.description() + ": " + quoted);
        }
    }

    private static String clip(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "…";
    }
}
