package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

/** The matrix, comparison and version-diff endpoints over real HTTP against the demo house. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:comparison-api-it;DB_CLOSE_DELAY=-1")
class ComparisonApiIT {
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
    void answersTheMatrixOfAGroupAsJsonWithACellPerColumn() {
        HttpResponse<String> response = api.get("/api/matrix?group=Balie%20en%20contact");
        JsonNode matrix = api.read(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(matrix.get("title").asString()).isEqualTo("Functiegroep VS01.01 Balie en contact");
        assertThat(matrix.at("/groups/0/dimension").asString()).isEqualTo("persoonlijk");
        int columns = matrix.get("competencies").size();
        assertThat(matrix.get("rows").valueStream()).allSatisfy(r -> assertThat(r.get("cells").size()).isEqualTo(columns));
        assertThat(matrix.at("/rows/1/sharedBy/0").asString()).isEqualTo("VS01.01.04/VP");
        assertThat(matrix.get("rows").valueStream().flatMap(r -> r.get("cells").valueStream()))
                .anySatisfy(c -> assertThat(c.get("hint").asString()).startsWith("niveau "));
    }

    @Test
    void answersCsvWhenAskedForIt() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/matrix?family=VS-3100")).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(",Dimensie,").contains("\r\nVS-3101,Klantbegeleider A (Basis),");
    }

    @Test
    void refusesAMatrixRequestWithoutExactlyOneScopeAndAnswers404ForAnUnknownOne() {
        assertThat(api.get("/api/matrix").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/matrix?group=VS01.01&series=VS01").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = api.get("/api/matrix?series=XX");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.read(unknown).get("detail").asString()).isEqualTo("Geen reeks 'XX'");
        assertThat(api.get("/api/matrix?family=VS01.01.02").statusCode()).isEqualTo(400);
    }

    @Test
    void comparesTheLevelsOfAFamilyGivenItsCode() {
        JsonNode c = api.read(api.get("/api/compare?codes=VS-3100"));

        assertThat(c.get("subjects").valueStream().map(s -> s.get("code").asString())).containsExactly("VS-3101", "VS-3102", "VS-3103");
        assertThat(c.get("subjects").valueStream().map(s -> s.get("scale").asInt())).containsExactly(5, 6, 7);
        assertThat(c.get("differences").asInt()).isPositive();
        JsonNode competencies = c.get("sections").valueStream().filter(s -> s.get("id").asString().equals("competenties"))
                .findFirst().orElseThrow();
        assertThat(competencies.at("/groups/0/label").asString()).isEqualTo("1 Management en leidinggeven");
        assertThat(competencies.at("/groups/0/lines/0/differs").asBoolean()).isTrue();
        assertThat(competencies.at("/groups/0/lines/0/values/0").has("empty")).isFalse();
    }

    @Test
    void refusesAComparisonOfOneProfileOrOfAnUnknownCode() {
        HttpResponse<String> one = api.get("/api/compare?codes=VS01.01.02");
        HttpResponse<String> unknown = api.get("/api/compare?codes=VS01.01.02,NOPE");

        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(api.read(one).get("detail").asString()).contains("kies 2 tot 5");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(api.read(unknown).get("detail").asString()).contains("onbekend profiel 'NOPE'");
    }

    @Test
    void listsTheChangesBetweenTwoVersionsAfterAnEdit() {
        ObjectNode edit = api.editOf("/api/profiles/VS01.01.08");
        ((ObjectNode) edit.get("profile")).put("title", "Medewerker Dienstverlening IV (nieuw)");
        assertThat(api.put("/api/profiles/VS01.01.08", api.write(edit)).statusCode()).isEqualTo(200);

        HttpResponse<String> response = api.get("/api/profiles/VS01.01.08/versions/1/diff/2");
        JsonNode diff = api.read(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(diff.get("changes").valueStream().map(c -> c.get("path").asString())).containsExactly("status", "effectiveDate", "title");
        assertThat(diff.at("/changes/2/after").asString()).isEqualTo("Medewerker Dienstverlening IV (nieuw)");
        assertThat(api.get("/api/profiles/VS01.01.08/versions/1/diff/7").statusCode()).isEqualTo(404);
    }
}
