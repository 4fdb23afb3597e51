package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.search.Facet;
import nl.functiehuis.search.FacetCount;
import nl.functiehuis.search.SearchHit;
import nl.functiehuis.search.SearchRequest;
import nl.functiehuis.search.SearchResults;
import org.springframework.web.util.UriComponentsBuilder;

/** What the search page shows: the query, a sentence about the result, the hits and the facet filters. */
record SearchPage(String query, int total, String summary, List<Hit> hits, List<FacetView> facets, String address,
        String moreAddress, boolean more) {

    /** Facet values shown before the rest fold away under "Meer". */
    static final int SHOWN_VALUES = 8;

    /** A hit with the address of its profile page. */
    record Hit(SearchHit hit, String slug) {}

    /** A facet with its values: the first ones, and the rest. */
    record FacetView(Facet facet, List<Value> shown, List<Value> rest) {}

    /** A facet value as a checkbox: stable id (htmx keeps its focus), label, count. */
    record Value(String id, String value, String label, int count, boolean selected) {}

    static SearchPage of(SearchRequest request, SearchResults results) {
        List<Hit> hits = results.hits().stream().map(h -> new Hit(h, ProfileCode.slugOf(h.code()))).toList();
        List<FacetView> facets = new ArrayList<>();
        results.facets().forEach((facet, counts) -> facets.add(facet(facet, counts)));
        String address = address(request, request.limit());
        return new SearchPage(request.text(), results.total(), summary(request, results), hits, facets, address,
                address(request, SearchRequest.MAX_LIMIT), results.total() > hits.size());
    }

    private static FacetView facet(Facet facet, List<FacetCount> counts) {
        List<Value> values = counts.stream().map(c -> new Value(facet.key() + "-" + Integer.toHexString(c.value().hashCode()),
                c.value(), label(facet, c.value()), c.count(), c.selected())).toList();
        List<Value> shown = new ArrayList<>();
        List<Value> rest = new ArrayList<>();
        for (Value v : values) {
            (shown.size() < SHOWN_VALUES || v.selected() ? shown : rest).add(v);
        }
        return new FacetView(facet, shown, rest);
    }

    private static String label(Facet facet, String value) {
        int colon = value.lastIndexOf(':');
        return facet == Facet.LEVEL && colon > 0 ? value.substring(0, colon) + " – niveau " + value.substring(colon + 1) : value;
    }

    private static String summary(SearchRequest request, SearchResults results) {
        int n = results.total();
        String profiles = n == 1 ? "1 profiel" : n + " profielen";
        if (request.text().isEmpty()) {
            return request.filters().isEmpty() ? "Alle " + profiles + " van het functiehuis." : profiles + " met deze filters.";
        }
        if (n == 0) {
            return "Geen profielen gevonden voor ‘" + request.text() + "’. Probeer een ander woord of minder filters.";
        }
        return profiles + " gevonden voor ‘" + request.text() + "’.";
    }

    private static String address(SearchRequest request, int limit) {
        var uri = UriComponentsBuilder.fromPath("/zoeken");
        if (!request.text().isEmpty()) {
            uri.queryParam("q", request.text());
        }
        for (Facet facet : Facet.values()) {
            request.filter(facet).forEach(v -> uri.queryParam(facet.key(), v));
        }
        if (limit != SearchController.PAGE_SIZE) {
            uri.queryParam("limit", limit);
        }
        return uri.encode().build().toUriString();
    }
}
