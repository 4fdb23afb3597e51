package nl.functiehuis.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The best hits of a search, how many profiles matched in all ({@code total}), and per facet the values
 * with their counts. A facet filtered on counts as if its own filter were off, so its other values stay
 * choosable.
 */
public record SearchResults(int total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = facets.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(facets));
    }

    public static SearchResults none() {
        return new SearchResults(0, List.of(), Map.of());
    }
}
