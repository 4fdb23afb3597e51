package nl.functiehuis.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * A search: the words typed (blank for every profile), facet filters (values of one facet are
 * alternatives, different facets must all hold), how many hits to return, and whether the user is still
 * typing, so that the last word also counts as the start of a word.
 */
public record SearchRequest(String text, Map<Facet, List<String>> filters, int limit, boolean typing) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidValue("q", "is langer dan " + MAX_TEXT + " tekens");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit", "moet tussen 1 en " + MAX_LIMIT + " liggen, maar is " + limit);
        }
        var copy = new EnumMap<Facet, List<String>>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                        .toList();
                if (!kept.isEmpty()) {
                    copy.put(facet, kept);
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public static SearchRequest of(@Nullable String text, int limit) {
        return new SearchRequest(text == null ? "" : text, Map.of(), limit, false);
    }

    public List<String> filter(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
