package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/validation on the demo house: valid, info only, and the same narrowed to one profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:validation-api-it;DB_CLOSE_DELAY=-1")
class ValidationApiIT {
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
    void reportsTheDemoHouseAsValidWithInfoOnly() {
        var response = api.get("/api/validation");
        JsonNode report = api.read(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(report.get("house").asString()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.at("/totals/profiles").asInt()).isEqualTo(7);
        assertThat(report.at("/totals/fout").asInt()).isZero();
        assertThat(report.at("/totals/waarschuwing").asInt()).isZero();
        assertThat(report.get("violations").valueStream().map(v -> v.get("severity").asString())).containsOnly("INFO");
        JsonNode first = report.get("violations").get(0);
        assertThat(first.get("rule").asString()).isEqualTo("CB-DIMENSIES");
        assertThat(first.get("profile").asString()).isEqualTo("VS01.01.02");
        assertThat(first.get("profileTitle").asString()).isEqualTo("Medewerker Dienstverlening I");
        assertThat(first.get("source").asString()).isEqualTo("CompetentieBOX §1.2");
        assertThat(report.get("rules").valueStream().map(r -> r.get("id").asString())).contains("CB-MAX-5", "UWV-KERN-3",
                "GROEP-NIVEAU", "BOEKJE-MATRIX");
    }

    @Test
    void narrowsTheReportToOneProfileByLevelCode() {
        JsonNode report = api.read(api.get("/api/validation?profile=VS-3103"));

        assertThat(report.get("profile").asString()).isEqualTo("VS-3100");
        assertThat(report.at("/totals/profiles").asInt()).isOne();
        assertThat(report.get("violations").isEmpty()).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownProfile() {
        var response = api.get("/api/validation?profile=GEEN");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(api.read(response).get("detail").asString()).contains("GEEN");
    }
}
