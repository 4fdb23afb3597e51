package nl.functiehuis.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import nl.functiehuis.search.FacetCount;
import nl.functiehuis.search.SearchHit;
import nl.functiehuis.search.SearchResults;
import org.jspecify.annotations.Nullable;

/** The answer of a search: total, hits with their addresses, and facet counts keyed by facet ("group", "level", …). */
record SearchView(String query, int total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** One profile found. */
    record Hit(String code, String title, @Nullable String subtitle, ProfileKind kind, VersionStatus status, float score,
            String titleHtml, String snippet, Links links) {
        static Hit of(SearchHit h) {
            return new Hit(h.code(), h.title(), h.subtitle(), h.kind(), h.status(), h.score(), h.titleHtml(), h.snippet(),
                    Links.profile(ProfileCode.of(h.code())));
        }
    }

    static SearchView of(String query, SearchResults results) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.key(), counts));
        return new SearchView(query.strip(), results.total(), results.hits().stream().map(Hit::of).toList(), facets);
    }
}
