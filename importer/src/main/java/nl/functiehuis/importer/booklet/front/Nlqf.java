package nl.functiehuis.importer.booklet.front;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Part 2 of a booklet: the NLQF frame (level count, entry level, examples such as havo → 4), the tables
 * per group (columns, how often the header was repeated, rows), the remarks under them and the enriched
 * profiles a paragraph names (as written). {@code examples} keeps the order of the text.
 */
public record Nlqf(@Nullable String section, @Nullable Integer levelCount, boolean hasEntryLevel,
        Map<String, Integer> examples, List<String> columns, int headerCount, List<NlqfRow> rows,
        List<Remark> remarks, List<Quote> enrichedProfileNames) {

    public Nlqf {
        examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        remarks = List.copyOf(remarks);
        enrichedProfileNames = List.copyOf(enrichedProfileNames);
    }

    public static Nlqf empty() {
        return new Nlqf(null, null, false, Map.of(), List.of(), 0, List.of(), List.of(), List.of());
    }
}
