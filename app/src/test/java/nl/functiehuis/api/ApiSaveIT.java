package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Saving through the API: every save is a new version, and a stale or anonymous one changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-save-it;DB_CLOSE_DELAY=-1")
class ApiSaveIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    ExportHouse export;

    ApiClient api;

    @BeforeEach
    void setUp() {
        demo.loadIfEmpty();
        api = new ApiClient(port);
    }

    @Test
    void createsProfileThenUpdatesItAsVersionTwo() {
        ObjectNode create = api.editOf("/api/profiles/VS01.01.06");
        create.remove("basedOn");
        profile(create).put("code", "VS01.01.10").put("title", "Medewerker Dienstverlening V");
        HttpResponse<String> created = api.post("/api/profiles", api.write(create));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/profiles/VS01.01.10");
        assertThat(api.read(created).get("author").asString()).isEqualTo(ApiClient.USER);

        ObjectNode update = api.editOf("/api/profiles/VS01.01.10");
        profile(update).put("title", "Medewerker Dienstverlening V (herzien)");
        update.put("note", "titel aangepast");
        HttpResponse<String> updated = api.put("/api/profiles/vs01.01.10", api.write(update));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode version = api.read(updated);
        assertThat(version.get("version").asInt()).isEqualTo(2);
        assertThat(version.get("author").asString()).isEqualTo(ApiClient.USER);
        assertThat(api.read(api.get("/api/profiles/VS01.01.10/versions")).get("versions").size()).isEqualTo(2);
        assertThat(api.read(api.get("/api/profiles/VS01.01.10/versions/1")).at("/profile/title").asString())
                .isEqualTo("Medewerker Dienstverlening V");
    }

    @Test
    void refusesStaleUpdateWithConflictAndChangesNothing() {
        ObjectNode first = api.editOf("/api/profiles/VS01.01.08");
        ObjectNode second = first.deepCopy();
        profile(first).put("title", "Eerste wijziging");
        int base = first.get("basedOn").asInt();
        assertThat(api.put("/api/profiles/VS01.01.08", api.write(first)).statusCode()).isEqualTo(200);
        String before = export.json();

        profile(second).put("title", "Tweede wijziging, op een oude versie");
        HttpResponse<String> stale = api.put("/api/profiles/VS01.01.08", api.write(second));

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = api.read(stale);
        assertThat(problem.get("latest").asInt()).isEqualTo(base + 1);
        assertThat(problem.get("detail").asString()).contains("versie " + (base + 1)).contains("niet opgeslagen");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void takesEditedVersionFromIfMatchHeader() {
        ObjectNode edit = api.editOf("/api/profiles/VS-2040");
        int base = edit.get("basedOn").asInt();
        edit.remove("basedOn");
        HttpResponse<String> saved = api.put("/api/profiles/VS-2040", api.write(edit), "If-Match", "\"" + base + "\"");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).contains("\"" + (base + 1) + "\"");
        String before = export.json();
        HttpResponse<String> stale = api.put("/api/profiles/VS-2040", api.write(edit), "If-Match", "\"" + base + "\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesCreatingExistingCodeAndUpdatingUnderOtherAddress() {
        String before = export.json();
        ObjectNode existing = api.editOf("/api/profiles/VS01.01.02");
        existing.remove("basedOn");
        HttpResponse<String> duplicate = api.post("/api/profiles", api.write(existing));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(api.read(duplicate).get("detail").asString()).contains("bestaat al");

        HttpResponse<String> elsewhere = api.put("/api/profiles/VS01.01.04", api.write(api.editOf("/api/profiles/VS01.01.02")));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(api.read(elsewhere).at("/errors/0/field").asString()).isEqualTo("profile.code");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesAnonymousSave() {
        String before = export.json();
        String body = api.write(api.editOf("/api/profiles/VS01.01.02"));
        assertSignInNeeded(api.send("PUT", "/api/profiles/VS01.01.02", BodyPublishers.ofString(body), false));
        assertSignInNeeded(api.send("POST", "/api/profiles", BodyPublishers.ofString(body), false));
        assertThat(export.json()).isEqualTo(before);
    }

    private void assertSignInNeeded(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = api.read(response);
        assertThat(problem.get("title").asString()).isEqualTo("Aanmelden nodig");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("HTTP Basic");
    }

    private static ObjectNode profile(ObjectNode request) {
        return (ObjectNode) request.get("profile");
    }
}
