package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.functiehuis.search.FacetCount;
import nl.functiehuis.search.SearchHit;
import nl.functiehuis.search.SearchResults;

/** Search results as text for a terminal (matches between asterisks), or as the same JSON the API gives. */
final class SearchText {
    private static final int FACET_VALUES = 6;

    private SearchText() {}

    /** The JSON shape: query, total, hits, facets keyed by facet key. */
    record Json(String query, int total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {}

    static Json json(String query, SearchResults results) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.key(), counts));
        return new Json(query, results.total(), results.hits(), facets);
    }

    static void print(String query, SearchResults results, PrintWriter out) {
        if (results.total() == 0) {
            out.println("Geen profielen gevonden voor \"" + query + "\".");
            return;
        }
        out.println(results.total() + (results.total() == 1 ? " profiel" : " profielen") + " gevonden voor \"" + query + "\""
                + (results.hits().size() < results.total() ? " (de eerste " + results.hits().size() + ")" : "") + ":");
        for (SearchHit hit : results.hits()) {
            out.println();
            out.println(hit.code() + "  " + hit.title() + (hit.subtitle() == null ? "" : " (" + hit.subtitle() + ")")
                    + " · " + hit.kind().label() + " · " + hit.status().label());
            if (!hit.snippet().isEmpty()) {
                out.println("    " + plain(hit.snippet()));
            }
        }
        out.println();
        results.facets().forEach((facet, counts) -> out.println(facet.label() + ": " + counts.stream().limit(FACET_VALUES)
                .map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "))
                + (counts.size() > FACET_VALUES ? ", …" : "")));
    }

    /** The snippet's HTML as text: marks become asterisks, entities their characters. */
    static String plain(String html) {
        return html.replace("<mark>", "*").replace("</mark>", "*").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
