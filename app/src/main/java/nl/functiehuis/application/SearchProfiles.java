package nl.functiehuis.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.search.Facet;
import nl.functiehuis.search.SearchRequest;
import nl.functiehuis.search.SearchResults;

/** Finds profiles by what they say: words of any text, competencies, qualifications, codes; with facet counts. */
public final class SearchProfiles {
    public static final int DEFAULT_LIMIT = 20;

    private final IndexHouse index;

    public SearchProfiles(IndexHouse index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request) {
        return index.search().search(request);
    }

    /** The facet filters among request parameters named by facet key ("group", "level", …); others are ignored. */
    public static Map<Facet, List<String>> filters(Map<String, List<String>> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        parameters.forEach((key, values) -> Facet.byKey(key).ifPresent(f -> filters.put(f, List.copyOf(values))));
        return filters;
    }

    /** Searches while the user is still typing: the last word also counts as the start of a word. */
    public SearchResults whileTyping(String text, Map<Facet, List<String>> filters, int limit) {
        return search(new SearchRequest(text, filters, limit, true));
    }
}
