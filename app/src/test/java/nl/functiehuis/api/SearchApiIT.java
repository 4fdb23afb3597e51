package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** GET /api/search on the demo house: hits with highlights and addresses, facets, filters, bad input, edits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:search-api-it;DB_CLOSE_DELAY=-1")
class SearchApiIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    ApiClient api;

    @BeforeEach
    void setUp() {
        demo.loadIfEmpty();
        api = new ApiClient(port);
    }

    @Test
    void answersHitsWithHighlightsAddressesAndFacets() {
        JsonNode result = search("q=klantgericht");

        assertThat(result.get("query").asString()).isEqualTo("klantgericht");
        assertThat(result.get("total").asInt()).isEqualTo(result.get("hits").size()).isGreaterThanOrEqualTo(3);
        JsonNode family = result.get("hits").valueStream().filter(h -> h.get("code").asString().equals("VS-3100"))
                .findFirst().orElseThrow();
        assertThat(family.get("kind").asString()).isEqualTo("LEVELLED");
        assertThat(family.get("status").asString()).isEqualTo("PROGNOSE");
        assertThat(family.get("snippet").asString()).contains("<mark>Klantgerichtheid</mark>");
        assertThat(family.at("/links/self").asString()).isEqualTo("/api/profiles/VS-3100");
        assertThat(result.get("facets").propertyNames()).contains("series", "group", "kind", "status", "competency");
        assertThat(result.at("/facets/competency/0/value").asString()).isEqualTo("Klantgerichtheid");
    }

    @Test
    void filtersOnRepeatedFacetParameters() {
        JsonNode result = search("q=medewerker&kind=" + encode("Normfunctie") + "&kind=" + encode("Functieprofiel")
                + "&status=Definitief");

        assertThat(result.get("hits").findValuesAsString("kind")).isNotEmpty().containsOnly("NORM", "ORGANISATION");
        assertThat(result.at("/facets/kind").findValuesAsString("value")).contains("Verrijkt profiel");
    }

    @Test
    void refusesBadLimitAndOverlongText() {
        HttpResponse<String> limit = api.get("/api/search?q=x&limit=0");
        HttpResponse<String> text = api.get("/api/search?q=" + "a".repeat(201));

        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(api.read(limit).at("/errors/0/field").asString()).isEqualTo("limit");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(api.read(text).at("/errors/0/field").asString()).isEqualTo("q");
    }

    @Test
    void findsAProfileSavedThroughTheApiAtOnce() {
        ObjectNode edit = api.editOf("/api/profiles/VS01.01.08");
        ((ObjectNode) edit.get("profile")).put("title", "Medewerker Toeristenbelasting");

        assertThat(api.put("/api/profiles/VS01.01.08", api.write(edit)).statusCode()).isEqualTo(200);

        assertThat(search("q=toeristenbelasting").get("hits").findValuesAsString("code")).containsExactly("VS01.01.08");
    }

    private JsonNode search(String query) {
        HttpResponse<String> response = api.get("/api/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.read(response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
