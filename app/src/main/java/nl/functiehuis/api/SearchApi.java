package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.application.SearchProfiles;
import nl.functiehuis.search.Facet;
import nl.functiehuis.search.SearchRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the profiles, with facet counts. */
@RestController
@RequestMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Zoeken", description = "Zoeken in alle tekst, competenties en kwalificaties van de profielen")
class SearchApi {
    private final SearchProfiles search;

    SearchApi(SearchProfiles search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Zoek profielen",
            description = "Elk woord moet voorkomen (Nederlandse stamvormen en samenstellingen tellen mee: 'medewerker' vindt "
                    + "'beleidsmedewerker'). Filters per facet mogen herhaald worden: waarden van één facet zijn alternatieven. "
                    + "titleHtml en snippet zijn HTML: tekst ge-escaped, treffers in <mark>.")
    SearchView search(
            @Parameter(description = "Zoektekst; leeg geeft alle profielen") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Functiereeks, bijv. 'N06 Dienstverlening'") @RequestParam(required = false) @Nullable List<String> series,
            @Parameter(description = "Functiegroep, bijv. 'N06.01 Publiek'") @RequestParam(required = false) @Nullable List<String> group,
            @Parameter(description = "Soort profiel, bijv. 'Normfunctie'") @RequestParam(required = false) @Nullable List<String> kind,
            @Parameter(description = "Status, bijv. 'Definitief'") @RequestParam(required = false) @Nullable List<String> status,
            @Parameter(description = "Schaal, bijv. '6'") @RequestParam(required = false) @Nullable List<String> scale,
            @Parameter(description = "Competentie, bijv. 'Klantgerichtheid'") @RequestParam(required = false) @Nullable List<String> competency,
            @Parameter(description = "Competentie op niveau, bijv. 'Klantgerichtheid:B'") @RequestParam(required = false) @Nullable List<String> level,
            @Parameter(description = "Aantal treffers (1–100)") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "true terwijl er getypt wordt: het laatste woord telt ook als begin van een woord")
            @RequestParam(defaultValue = "false") boolean typing) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.SERIES, series);
        put(filters, Facet.GROUP, group);
        put(filters, Facet.KIND, kind);
        put(filters, Facet.STATUS, status);
        put(filters, Facet.SCALE, scale);
        put(filters, Facet.COMPETENCY, competency);
        put(filters, Facet.LEVEL, level);
        return SearchView.of(q, search.search(new SearchRequest(q, filters, limit, typing)));
    }

    private static void put(Map<Facet, List<String>> filters, Facet facet, @Nullable List<String> values) {
        if (values != null) {
            filters.put(facet, values);
        }
    }
}
