package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad input to the API is answered with 400 or 413 naming the place, and the house is unchanged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-bad-input-it;DB_CLOSE_DELAY=-1")
class ApiBadInputIT {
    private static final String PATH = "/api/profiles/VS01.01.04";

    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    ExportHouse export;

    ApiClient api;
    String before;

    @BeforeEach
    void setUp() {
        demo.loadIfEmpty();
        api = new ApiClient(port);
        before = export.json();
    }

    @Test
    void refusesInvalidJson() {
        JsonNode problem = refused(api.put(PATH, "{\"basedOn\": 1,\n \"profile\": {\"kind\": \"NORM\",\n"), 400, "profile");
        assertThat(problem.get("detail").asString()).contains("geen geldige JSON").contains("regel 3");
    }

    @Test
    void refusesUnknownCompetency() {
        refused(edited(p -> competency(p, 1).put("competency", "Gedachtelezen")), 400,
                "profile.content.competencies[1].competency");
    }

    @Test
    void refusesLevelE() {
        JsonNode problem = refused(edited(p -> competency(p, 0).put("level", "E")), 400,
                "profile.content.competencies[0].level");
        assertThat(problem.get("detail").asString()).contains("'E'").contains("A, B, C, D");
    }

    @Test
    void refusesMissingTitle() {
        refused(edited(p -> p.remove("title")), 400, "profile.title");
    }

    @Test
    void refusesUnknownField() {
        refused(edited(p -> ((ObjectNode) p.get("content")).put("kleur", "rood")), 400, "profile.content.kleur");
    }

    @Test
    void refusesUpdateWithoutEditedVersion() {
        ObjectNode edit = api.editOf(PATH);
        edit.remove("basedOn");
        refused(api.put(PATH, api.write(edit)), 400, "basedOn");
    }

    @Test
    void refusesTwentyMegabyteBodyQuickly() {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        long start = System.nanoTime();
        HttpResponse<String> response = api.send("POST", "/api/profiles", BodyPublishers.ofByteArray(body), true);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        refused(response, 413, "5 MB");
    }

    @Test
    void refusesLargeChunkedBodyWhileReading() {
        byte[] body = new byte[6 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        var chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        refused(api.send("PUT", PATH, chunked, true), 413, "5 MB");
    }

    private HttpResponse<String> edited(Consumer<ObjectNode> change) {
        ObjectNode edit = api.editOf(PATH);
        change.accept((ObjectNode) edit.get("profile"));
        return api.put(PATH, api.write(edit));
    }

    private static ObjectNode competency(ObjectNode profile, int index) {
        return (ObjectNode) profile.at("/content/competencies/" + index);
    }

    /** Asserts the status, the problem+json type and that the answer names the place; and that nothing changed. */
    private JsonNode refused(HttpResponse<String> response, int status, String place) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = api.read(response);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(place);
        if (status == 400) {
            assertThat(problem.get("errors").findValuesAsString("field")).contains(place);
        }
        assertThat(export.json()).isEqualTo(before);
        return problem;
    }
}
