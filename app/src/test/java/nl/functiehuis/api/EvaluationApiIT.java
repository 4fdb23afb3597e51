package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.functiehuis.HiringVacancy;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.Vacancies;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation API on the 003 request (6 eisen, 3 wensen without maximum → 10 each, 8 competencies 0..5:
 * 70 points possible; € 23–35; 30/70), with "adviseur" (importer, team) and "beoordelaar".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:evaluation-api-it;DB_CLOSE_DELAY=-1",
        "functiehuis.users=adviseur=welkom,beoordelaar=welkom"})
class EvaluationApiIT {
    private static final String TWO_AND_ONE_TOO_DEAR = """
            [{"name": "Anna de Vries", "supplier": "Inhuur BV", "rate": 30, "availability": "per direct",
              "cv": "tien jaar administratie", "evidence": {"1": "diploma mbo 4 (2015)"}},
             {"name": "Bram Jansen", "supplier": "Flex BV", "rate": 25},
             {"name": "Dirk Smit", "supplier": "Duur BV", "rate": 36}]""";

    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    EvaluateVacancy evaluate;

    @Autowired
    Vacancies vacancies;

    private final HttpClient http = HttpClient.newHttpClient();
    private final HouseJson json = new HouseJson();
    private String vacancy;

    @BeforeEach
    void importHiringRequest() {
        vacancy = HiringVacancy.fresh(importer, vacancies);
    }

    @Test
    void addsCandidatesAndShowsTheirDataOnlyToTheTeam() {
        var added = send("POST", "/api/vacancies/" + vacancy + "/candidates", TWO_AND_ONE_TOO_DEAR, "adviseur");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(read(added).get(0).get("name").asString()).isEqualTo("Anna de Vries");

        JsonNode open = read(send("GET", "/api/vacancies/" + vacancy + "/candidates", null, null));
        assertThat(open.get(0).get("label").asString()).isEqualTo("Kandidaat 1");
        assertThat(open.get(0).has("name") && !open.get(0).get("name").isNull()).isFalse();
        assertThat(open.get(0).has("rate") && !open.get(0).get("rate").isNull()).isFalse();

        var outsider = send("POST", "/api/vacancies/" + vacancy + "/candidates", TWO_AND_ONE_TOO_DEAR, "beoordelaar");
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("problem+json"));
    }

    @Test
    void refusesABadCandidateNamingTheJsonPathAndStoresNothing() {
        var bad = send("POST", "/api/vacancies/" + vacancy + "/candidates",
                "[{\"name\": \"Anna\", \"supplier\": \"X\", \"rate\": 30}, {\"name\": \"Bram\", \"rate\": \"veel\"}]",
                "adviseur");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("$[1].rate");
        var unknownEis = send("POST", "/api/vacancies/" + vacancy + "/candidates",
                "{\"name\": \"Anna\", \"supplier\": \"X\", \"rate\": 30, \"evidence\": {\"9\": \"?\"}}", "adviseur");
        assertThat(unknownEis.statusCode()).isEqualTo(400);
        assertThat(read(unknownEis).get("errors").get(0).get("field").asString()).isEqualTo("$.evidence.9");
        assertThat(read(send("GET", "/api/vacancies/" + vacancy + "/candidates", null, "adviseur")).size()).isZero();
    }

    @Test
    void ranksExcludesExplainsAndReopensAfterAChangeToAConfirmedRanking() {
        var added = read(send("POST", "/api/vacancies/" + vacancy + "/candidates", TWO_AND_ONE_TOO_DEAR, "adviseur"));
        String anna = added.get(0).get("id").asString();
        String bram = added.get(1).get("id").asString();
        // Anna: wishes 8 + 6 + 10 = 24, competencies 8 × 4 = 32 → 56 / 70 → 80.00
        // Bram: wishes 5 + 5 + 5 = 15, competencies 8 × 3 = 24 → 39 / 70 → 55.71
        score(anna, new int[] {8, 6, 10}, 4);
        score(bram, new int[] {5, 5, 5}, 3);

        JsonNode evaluation = read(send("GET", "/api/vacancies/" + vacancy + "/evaluation", null, "adviseur"));
        // lowest offer € 25: Anna 25*100/30 = 83.33 → (30*83.33 + 70*80)/100 = 80.999 → 81.00
        //                    Bram 100.00           → (3000 + 70*55.71)/100 = 68.997 → 69.00
        assertThat(evaluation.at("/ranking/0/label").asString()).isEqualTo("Anna de Vries");
        assertThat(evaluation.at("/ranking/0/total").decimalValue()).isEqualByComparingTo("81.00");
        assertThat(evaluation.at("/ranking/1/total").decimalValue()).isEqualByComparingTo("69.00");
        assertThat(evaluation.at("/ranking/1/quality").decimalValue()).isEqualByComparingTo("55.71");
        assertThat(evaluation.at("/excluded/0/reasons/0").asString()).isEqualTo("tarief € 36 boven maximum € 35");
        assertThat(evaluation.at("/ranking/0/explanation").toString()).contains("Totaal: 30% × 83,33 + 70% × 80,00 = 81,00");

        var self = send("POST", "/api/vacancies/" + vacancy + "/evaluation/confirmation", "", "adviseur");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(read(self).get("reasons").toString()).contains("tweede beoordelaar");
        assertThat(send("POST", "/api/vacancies/" + vacancy + "/team", "{\"user\": \"beoordelaar\"}", "adviseur")
                .statusCode()).isEqualTo(204);
        var confirmed = send("POST", "/api/vacancies/" + vacancy + "/evaluation/confirmation", "", "beoordelaar");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(read(confirmed).get("confirmed").asBoolean()).isTrue();

        put("/api/candidates/" + bram + "/wishes/1", "{\"points\": 7, \"comment\": \"na verificatie\"}", "adviseur");

        JsonNode after = read(send("GET", "/api/vacancies/" + vacancy + "/evaluation", null, "adviseur"));
        assertThat(after.get("confirmed").asBoolean()).isFalse();
        assertThat(after.get("reopened").asBoolean()).isTrue();
        var line = evaluate.report(vacancy, Viewer.user("adviseur")).audit().getLast();
        assertThat(line.actor()).isEqualTo("adviseur");
        assertThat(line.what()).isEqualTo("wens 1 door adviseur");
        assertThat(line.oldValue()).isEqualTo("5,00");
        assertThat(line.newValue()).isEqualTo("7,00 (na verificatie)");
    }

    @Test
    void refusesAScoreAboveTheMaximumNamingTheField() {
        String anna = read(send("POST", "/api/vacancies/" + vacancy + "/candidates", TWO_AND_ONE_TOO_DEAR,
                "adviseur")).get(0).get("id").asString();

        var tooMany = send("PUT", "/api/candidates/" + anna + "/competencies/1", "{\"points\": 6}", "adviseur");

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(read(tooMany).at("/errors/0/field").asString()).isEqualTo("punten");
        assertThat(send("PUT", "/api/candidates/" + anna + "/verdicts/7", "{\"verdict\": \"VOLDAAN\"}", "adviseur")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void locksWhatOffersRestOnOnceCandidatesAreOfferedButNotTheRest() {
        send("POST", "/api/vacancies/" + vacancy + "/candidates", TWO_AND_ONE_TOO_DEAR, "adviseur");
        JsonNode read = read(send("GET", "/api/vacancies/" + vacancy, null, "adviseur"));
        String revision = "\"" + read.get("revision").asInt() + "\"";
        var fewerEisen = (tools.jackson.databind.node.ObjectNode) read.get("vacancy").deepCopy();
        ((tools.jackson.databind.node.ArrayNode) fewerEisen.get("requirements")).remove(0);
        var dearer = (tools.jackson.databind.node.ObjectNode) read.get("vacancy").deepCopy();
        ((tools.jackson.databind.node.ObjectNode) dearer.get("terms")).put("tariffMax", 40);
        var moreHeads = (tools.jackson.databind.node.ObjectNode) read.get("vacancy").deepCopy();
        ((tools.jackson.databind.node.ObjectNode) moreHeads.get("terms")).put("headcount", 3);

        var eisen = sendIfMatch(fewerEisen, revision);
        var tariff = sendIfMatch(dearer, revision);
        var heads = sendIfMatch(moreHeads, revision);

        assertThat(eisen.statusCode()).isEqualTo(400);
        assertThat(read(eisen).at("/errors/0/field").asString()).isEqualTo("requirements");
        assertThat(eisen.body()).contains("al kandidaten aangeboden");
        assertThat(tariff.statusCode()).isEqualTo(400);
        assertThat(read(tariff).at("/errors/0/field").asString()).isEqualTo("terms.tariffMax");
        assertThat(heads.statusCode()).as(heads.body()).isEqualTo(200);
        assertThat(read(heads).at("/vacancy/requirements").size()).isEqualTo(6);
    }

    private HttpResponse<String> sendIfMatch(JsonNode vacancyBody, String revision) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/vacancies/" + vacancy))
                .header("Content-Type", "application/json").header("If-Match", revision)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("adviseur:welkom".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(vacancyBody.toString())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void score(String candidate, int[] wishes, int competency) {
        for (int eis = 1; eis <= 6; eis++) {
            put("/api/candidates/" + candidate + "/verdicts/" + eis, "{\"verdict\": \"VOLDAAN\"}", "adviseur");
        }
        for (int w = 0; w < wishes.length; w++) {
            put("/api/candidates/" + candidate + "/wishes/" + (w + 1), "{\"points\": " + wishes[w] + "}", "adviseur");
        }
        for (int c = 1; c <= 8; c++) {
            put("/api/candidates/" + candidate + "/competencies/" + c, "{\"points\": " + competency + "}", "adviseur");
        }
    }

    private void put(String path, String body, String user) {
        var response = send("PUT", path, body, user);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(204);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body, @Nullable String user) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":welkom").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.mapper().readTree(response.body());
    }
}
