package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reading the house through the API, and the documents the app serves about its API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-it;DB_CLOSE_DELAY=-1")
class ApiIT {
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
    void listsLatestVersionOfEveryProfile() {
        JsonNode list = api.read(ok(api.get("/api/profiles")));
        assertThat(list.findValuesAsString("code"))
                .contains("VS01.01.02", "VS01.01.04/VP", "VS-2040", "VS-3100");
        JsonNode family = list.valueStream().filter(p -> p.get("code").asString().equals("VS-3100")).findFirst().orElseThrow();
        assertThat(family.get("kind").asString()).isEqualTo("LEVELLED");
        assertThat(family.get("levelCodes").valueStream().map(JsonNode::asString)).contains("VS-3101", "VS-3103");
        assertThat(family.at("/links/self").asString()).isEqualTo("/api/profiles/VS-3100");
    }

    @Test
    void readsLatestVersionBySlugInAnyCase() {
        HttpResponse<String> response = ok(api.get("/api/profiles/vs01.01.04-vp"));
        JsonNode version = api.read(response);
        assertThat(version.get("code").asString()).isEqualTo("VS01.01.04/VP");
        assertThat(version.get("version").asInt()).isEqualTo(1);
        assertThat(version.at("/profile/kind").asString()).isEqualTo("ENRICHED");
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void readsGivenVersionAndHistory() {
        assertThat(api.read(ok(api.get("/api/profiles/VS-3100/versions/1"))).at("/profile/title").asString())
                .isEqualTo("Klantbegeleider");
        JsonNode history = api.read(ok(api.get("/api/profiles/VS-3102/versions")));
        assertThat(history.get("code").asString()).isEqualTo("VS-3100");
        assertThat(history.get("versions").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void answersUnknownProfileAndVersionWithProblem() {
        assertProblem(api.get("/api/profiles/VS99"), 404, "VS99");
        assertProblem(api.get("/api/profiles/VS-3100/versions/9"), 404, "versie 9");
        assertProblem(api.get("/api/profiles/VS-3100/versions/negen"), 400, "number");
        assertProblem(api.get("/api/dictionaries/onbekend"), 404, "onbekend");
    }

    @Test
    void servesDictionariesHouseAndExportToSignedInUser() {
        assertThat(api.read(ok(api.get("/api/dictionaries"))).findValuesAsString("id")).contains("voorbeeldstad");
        JsonNode dictionary = api.read(ok(api.get("/api/dictionaries/voorbeeldstad")));
        assertThat(dictionary.get("competencies").size()).isPositive();
        JsonNode house = api.read(ok(api.get("/api/house")));
        assertThat(house.get("name").asString()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(house.at("/counts/profiles").asInt()).isEqualTo(api.read(api.get("/api/profiles")).size());
        assertThat(ok(api.getSignedIn("/api/export")).body()).isEqualTo(export.json());
    }

    @Test
    void refusesTheExportToAnonymousReaders() {
        HttpResponse<String> response = api.get("/api/export");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("Voorbeeldstad");
        assertProblem(response, 401, "HTTP Basic");
        assertThat(api.read(response).get("title").asString()).isEqualTo("Aanmelden nodig");
        assertThat(api.read(response).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void servesOpenApiDocumentAndSwaggerUi() {
        HttpResponse<String> openapi = ok(api.get("/api/openapi"));
        assertThat(openapi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode document = api.read(openapi);
        assertThat(document.get("paths").has("/api/profiles")).isTrue();
        assertThat(document.at("/components/schemas/FunctionProfile/discriminator/propertyName").asString()).isEqualTo("kind");
        HttpResponse<String> docs = api.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String ui = docs.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = ok(api.get(ui));
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("swagger-ui");
        ok(api.get(ui.replace("index.html", "swagger-ui-bundle.js")));
    }

    @Test
    void reportsHealthUp() {
        assertThat(api.read(ok(api.get("/api/health"))).get("status").asString()).isEqualTo("UP");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private void assertProblem(HttpResponse<String> response, int status, String named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.read(response).get("detail").asString()).contains(named);
    }
}
