package nl.functiehuis.search;

import static nl.functiehuis.search.SearchFixtures.norm;
import static nl.functiehuis.search.SearchFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.functiehuis.house.ProfileVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Searching the demo house plus a few profiles written for these tests, in an index in memory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileSearchIT {
    ProfileIndex index;
    ProfileSearch search;
    List<ProfileVersion> house;

    @BeforeAll
    void indexDemoHouseAndFixtures() {
        house = new ArrayList<>(SearchFixtures.demo().profiles());
        house.add(version(norm("T-1", "Beleidsmedewerker", List.of("Schrijft beleid voor de afdeling."))));
        house.add(version(norm("T-2", "Adviseur cliëntondersteuning",
                List.of("Werkt met <script> & zeldzame formulieren van de gemeente.", "Helpt elke cliënt persoonlijk."),
                "Klantgerichtheid:B", "Samenwerken:C")));
        index = ProfileIndex.inMemory();
        index.rebuild(house, SearchFixtures.demoContext(), "fixtures");
        search = index.search();
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void findsCompoundWhenSearchingItsParts() {
        assertThat(codes("medewerker")).contains("T-1", "VS01.01.02", "VS-2040");
        assertThat(codes("beleid")).contains("T-1");
    }

    @Test
    void findsEveryProfileAskingKlantgerichtheidWhenSearchingKlantgericht() {
        List<String> asking = house.stream()
                .filter(v -> v.profile().requirements().stream().anyMatch(r -> r.competency().equals("Klantgerichtheid")))
                .map(v -> v.code().value()).toList();

        assertThat(asking).contains("T-2", "VS-2040", "VS-3100");
        assertThat(codes("klantgericht")).containsAll(asking);
    }

    @Test
    void findsOnlyProfilesThatUseTheWord() {
        assertThat(codes("kwijtschelding")).containsExactly("VS-2040");
        assertThat(codes("ruimtevaart")).isEmpty();
    }

    @Test
    void requiresEveryWordTyped() {
        assertThat(codes("medewerker kwijtschelding")).containsExactly("VS-2040");
    }

    @Test
    void findsWordsWithOrWithoutAccents() {
        assertThat(codes("client")).contains("T-2");
        assertThat(codes("cliënt")).contains("T-2");
    }

    @Test
    void marksMatchesInEscapedSnippet() {
        SearchHit hit = only("zeldzaam");

        assertThat(hit.snippet()).contains("&lt;script&gt; &amp; <mark>zeldzame</mark> formulieren").doesNotContain("<script>");
        assertThat(hit.titleHtml()).isEqualTo("Adviseur cliëntondersteuning");
    }

    @Test
    void marksWholeCompoundWhenAPartMatched() {
        SearchHit hit = only("beleid schrijft");

        assertThat(hit.titleHtml()).isEqualTo("<mark>Beleidsmedewerker</mark>");
        assertThat(hit.snippet()).isEqualTo("<mark>Schrijft</mark> <mark>beleid</mark> voor de afdeling.");
    }

    @Test
    void marksTheNewQueryInTextKeptFromAnEarlierSearch() {
        SearchResults first = search.search(SearchRequest.of("medewerker", 100));
        SearchResults again = search.search(SearchRequest.of("medewerker", 100));
        SearchHit other = only("beleid schrijft");

        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(first.hits()).extracting(SearchHit::code).contains("T-1");
        assertThat(other.snippet()).isEqualTo("<mark>Schrijft</mark> <mark>beleid</mark> voor de afdeling.");
    }

    @Test
    void showsStartOfTextWhenNothingInItMatched() {
        SearchHit hit = only("T-1");

        assertThat(hit.snippet()).isEqualTo("Schrijft beleid voor de afdeling.");
    }

    @Test
    void findsProfileByCodeSlugOrLevelCode() {
        assertThat(codes("VS01.01.04/VP").getFirst()).isEqualTo("VS01.01.04/VP");
        assertThat(codes("vs01.01.04-vp").getFirst()).isEqualTo("VS01.01.04/VP");
        assertThat(codes("VS-3102")).containsExactly("VS-3100");
    }

    @Test
    void matchesStartOfLastWordOnlyWhileTyping() {
        assertThat(codes("kwijtsch")).isEmpty();
        assertThat(search.search(new SearchRequest("kwijtsch", Map.of(), 10, true)).hits())
                .extracting(SearchHit::code).containsExactly("VS-2040");
    }

    @Test
    void returnsEveryProfileForEmptyText() {
        SearchResults all = search.search(SearchRequest.of("", 100));

        assertThat(all.total()).isEqualTo(house.size());
    }

    @Test
    void countsAllMatchesBeyondTheLimit() {
        SearchResults two = search.search(SearchRequest.of("medewerker", 2));

        assertThat(two.hits()).hasSize(2);
        assertThat(two.total()).isGreaterThan(2);
    }

    @Test
    void countsFacetValuesOfTheMatches() {
        long asking = house.stream()
                .filter(v -> v.profile().requirements().stream().anyMatch(r -> r.competency().equals("Klantgerichtheid")))
                .count();

        SearchResults results = search.search(SearchRequest.of("klantgericht", 10));

        assertThat(results.facets().get(Facet.STATUS)).containsExactly(
                new FacetCount("Prognose", 1, false), new FacetCount("Definitief", results.total() - 1, false));
        assertThat(results.facets().get(Facet.COMPETENCY).getFirst()).isEqualTo(
                new FacetCount("Klantgerichtheid", (int) asking, false));
        assertThat(results.facets().get(Facet.SCALE)).extracting(FacetCount::value).containsExactly("5", "6", "7");
        assertThat(results.facets().get(Facet.LEVEL)).contains(new FacetCount("Klantgerichtheid:B", 3, false));
    }

    @Test
    void filtersOnFacetValuesAndKeepsOtherValuesOfThatFacetChoosable() {
        var request = new SearchRequest("klant", Map.of(Facet.STATUS, List.of("Prognose")), 10, false);

        SearchResults results = search.search(request);

        assertThat(results.hits()).extracting(SearchHit::code).containsExactly("VS-3100");
        assertThat(results.facets().get(Facet.STATUS)).extracting(FacetCount::value, FacetCount::selected)
                .contains(org.assertj.core.groups.Tuple.tuple("Prognose", true),
                        org.assertj.core.groups.Tuple.tuple("Definitief", false));
        assertThat(results.facets().get(Facet.KIND)).extracting(FacetCount::count).containsExactly(1);
    }

    @Test
    void filtersOnCompetencyAtLevelAcrossFacets() {
        var request = new SearchRequest("", Map.of(Facet.LEVEL, List.of("Klantgerichtheid:B"),
                Facet.COMPETENCY, List.of("Samenwerken")), 10, false);

        assertThat(search.search(request).hits()).extracting(SearchHit::code).containsExactly("T-2");
    }

    @Test
    void listsSelectedValueThatNothingHas() {
        var request = new SearchRequest("kwijtschelding", Map.of(Facet.SCALE, List.of("12")), 10, false);

        SearchResults results = search.search(request);

        assertThat(results.total()).isZero();
        assertThat(results.facets().get(Facet.SCALE)).contains(new FacetCount("12", 0, true));
    }

    private SearchHit only(String text) {
        List<SearchHit> hits = search.search(SearchRequest.of(text, 10)).hits();
        assertThat(hits).hasSize(1);
        return hits.getFirst();
    }

    private List<String> codes(String text) {
        return search.search(SearchRequest.of(text, 100)).hits().stream().map(SearchHit::code).toList();
    }
}
