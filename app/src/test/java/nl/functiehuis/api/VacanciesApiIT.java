package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The vacancy API: the 003 request as JSON, creating from the three kinds of profile, editing with revisions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:vacancies-api-it;DB_CLOSE_DELAY=-1")
class VacanciesApiIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    ExportHouse export;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private String imported(String seed) {
        ImportOutcome outcome = importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "test", false);
        assertThat(outcome.failed()).as(String.valueOf(outcome.reason())).isFalse();
        return outcome.items().stream().filter(i -> i.type() == ImportOutcome.Type.VACANCY).map(ImportOutcome.Item::key)
                .findFirst().orElse("");
    }

    private String hiringRequest() {
        String id = imported(SharedSeeds.HIRING);
        return id.isEmpty() ? api().read(api().get("/api/vacancies")).get(0).get("id").asString() : id;
    }

    @Test
    void showsEveryFactOfTheHiringRequestAsJson() {
        String id = hiringRequest();
        ApiClient api = api();

        HttpResponse<String> response = api.get("/api/vacancies/" + id);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).contains("\""));
        JsonNode v = api.read(response).get("vacancy");
        JsonNode t = v.get("terms");
        assertThat(t.get("scale").asInt()).isEqualTo(6);
        assertThat(t.get("pricePercent").asInt()).isEqualTo(30);
        assertThat(t.get("qualityPercent").asInt()).isEqualTo(70);
        assertThat(t.get("tariffMin").decimalValue()).isEqualByComparingTo("23");
        assertThat(t.get("tariffMax").decimalValue()).isEqualByComparingTo("35");
        assertThat(t.get("headcount").asInt()).isEqualTo(2);
        assertThat(t.get("hoursPerWeek").asInt()).isEqualTo(36);
        assertThat(t.get("durationMonths").asInt()).isEqualTo(6);
        assertThat(t.get("extensionCount").asInt()).isEqualTo(3);
        assertThat(t.get("extensionMonths").asInt()).isEqualTo(6);
        assertThat(t.get("verificationWeek").asInt()).isEqualTo(39);
        assertThat(v.get("tasks").size()).isEqualTo(10);
        assertThat(StreamSupport.stream(v.get("tasks").spliterator(), false).filter(n -> n.get("future").asBoolean()))
                .hasSize(2);
        assertThat(v.get("requirements").size()).isEqualTo(6);
        assertThat(v.get("requirements").get(0).get("mboLevel").asInt()).isEqualTo(4);
        assertThat(v.get("requirements").get(1).get("withinYears").asInt()).isEqualTo(3);
        assertThat(v.get("wishes").size()).isEqualTo(3);
        assertThat(v.get("competencies").size()).isEqualTo(8);
        assertThat(v.get("status").asString()).isEqualTo("CONCEPT");
        assertThat(api.read(api.get("/api/vacancies")).findValuesAsString("id")).contains(id);
    }

    @Test
    void createsFromABookletNormFunctionTheUwvProfileAndAFamilyLevel() {
        imported(SharedSeeds.BOOKLET);
        imported(SharedSeeds.UWV);
        imported(SharedSeeds.LEVELLED);
        ApiClient api = api();

        JsonNode norm = created(api, "{\"profile\":\"N06.01.02\",\"version\":1}");
        assertThat(norm.at("/vacancy/profileCode").asString()).isEqualTo("N06.01.02");
        assertThat(norm.at("/vacancy/competencies").size()).isBetween(1, 5);
        assertThat(norm.at("/vacancy/competencies/0/level").asString()).matches("[A-D]");
        assertThat(norm.at("/vacancy/requirements/0/kind").asString()).isEqualTo("EDUCATION");

        JsonNode uwv = created(api, "{\"profile\":\"1397\"}");
        assertThat(uwv.at("/vacancy/terms/scale").asInt()).isEqualTo(4);
        assertThat(uwv.at("/vacancy/tasks").size()).isPositive();
        assertThat(uwv.at("/vacancy/requirements/0/mboLevel").asInt()).isEqualTo(4);

        JsonNode level = created(api, "{\"profile\":\"3007\",\"version\":1}");
        assertThat(level.at("/vacancy/profileCode").asString()).isEqualTo("3007");
        assertThat(level.at("/vacancy/terms/scale").asInt()).isEqualTo(5);
        assertThat(level.at("/vacancy/title").asString()).contains("B");
        assertThat(level.at("/vacancy/competencies").findValuesAsString("name")).contains("Klantgerichtheid");
        assertThat(level.at("/vacancy/status").asString()).isEqualTo("CONCEPT");
    }

    @Test
    void refusesAnUnknownProfileVersionNamingTheField() {
        imported(SharedSeeds.UWV);
        HttpResponse<String> response = api().post("/api/vacancies", "{\"profile\":\"1397\",\"version\":9}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api().read(response).at("/errors/0/field").asString()).isEqualTo("version");
        assertThat(response.body()).contains("geen versie 9");
    }

    @Test
    void editsWithTheRevisionReadAndRefusesStaleAndBadEditsChangingNothing() {
        String id = hiringRequest();
        ApiClient api = api();
        JsonNode read = api.read(api.get("/api/vacancies/" + id));
        int revision = read.get("revision").asInt();
        ObjectNode vacancy = (ObjectNode) read.get("vacancy").deepCopy();
        ((ObjectNode) vacancy.get("terms")).put("headcount", 3);
        vacancy.put("status", "GEPUBLICEERD");

        HttpResponse<String> saved = api.put("/api/vacancies/" + id, api.write(vacancy), "If-Match", "\"" + revision + "\"");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(api.read(saved).get("revision").asInt()).isEqualTo(revision + 1);
        assertThat(api.read(saved).at("/vacancy/terms/headcount").asInt()).isEqualTo(3);
        assertThat(api.read(saved).get("editedBy").asString()).isEqualTo(ApiClient.USER);
        String before = export.json();

        HttpResponse<String> stale = api.put("/api/vacancies/" + id, api.write(vacancy), "If-Match", "\"" + revision + "\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(api.read(stale).get("latest").asInt()).isEqualTo(revision + 1);

        ((ObjectNode) vacancy.get("terms")).put("headcount", 0);
        HttpResponse<String> bad = api.put("/api/vacancies/" + id, api.write(vacancy), "If-Match", "\"" + (revision + 1) + "\"");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("headcount");

        ((ObjectNode) vacancy.get("terms")).put("headcount", 3);
        vacancy.put("status", "CONCEPT");
        vacancy.put("status", "GEGUND");
        HttpResponse<String> jump = api.put("/api/vacancies/" + id, api.write(vacancy), "If-Match", "\"" + (revision + 1) + "\"");
        assertThat(jump.statusCode()).isEqualTo(400);
        assertThat(api.read(jump).at("/errors/0/field").asString()).isEqualTo("status");

        HttpResponse<String> noRevision = api.put("/api/vacancies/" + id, api.write(vacancy));
        assertThat(noRevision.statusCode()).isEqualTo(400);
        assertThat(noRevision.body()).contains("If-Match");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesBrokenAndIncompleteBodiesNamingTheField() {
        ApiClient api = api();

        HttpResponse<String> broken = api.post("/api/vacancies", "{\"profile\": ");
        HttpResponse<String> untitled = api.post("/api/vacancies", "{\"status\":\"CONCEPT\",\"terms\":{}}");
        HttpResponse<String> published = api.post("/api/vacancies",
                "{\"title\":\"Beheerder\",\"status\":\"GEPUBLICEERD\",\"terms\":{}}");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(untitled.body()).contains("title");
        assertThat(published.statusCode()).isEqualTo(400);
        assertThat(api.read(published).at("/errors/0/field").asString()).isEqualTo("status");
        assertThat(api.read(api.get("/api/vacancies")).findValuesAsString("title")).doesNotContain("Beheerder");
    }

    @Test
    void createsAWholeVacancyAsConcept() {
        HttpResponse<String> response = api().post("/api/vacancies",
                "{\"title\":\"Archiefmedewerker\",\"status\":\"CONCEPT\",\"terms\":{\"hoursPerWeek\":24}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(api().read(response).at("/vacancy/terms/hoursPerWeek").asInt()).isEqualTo(24);
        assertThat(api().read(response).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void answersUnknownVacancyWithNotFound() {
        HttpResponse<String> response = api().get("/api/vacancies/bestaat-niet");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("bestaat-niet");
    }

    private static JsonNode created(ApiClient api, String body) {
        HttpResponse<String> response = api.post("/api/vacancies", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/vacancies/"));
        return api.read(response);
    }

}
