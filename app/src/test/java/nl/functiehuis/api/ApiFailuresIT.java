package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Every failure under /api answers problem+json: unexpected exceptions, unknown addresses and methods. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-failures-it;DB_CLOSE_DELAY=-1")
@Import(ApiFailuresIT.FailingApi.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiFailuresIT {
    private static final String SECRET = "wachtwoord-in-de-foutmelding";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @RestController
    static class FailingApi {
        @GetMapping("/api/test/kapot")
        String fails() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void answersUnexpectedExceptionWithDutchProblemAndLogsIt(CapturedOutput output) {
        HttpResponse<String> response = get("/api/test/kapot", "*/*");

        JsonNode problem = problem(response, 500);
        assertThat(problem.get("title").asString()).isEqualTo("Interne fout");
        assertThat(response.body()).doesNotContain(SECRET, "IllegalStateException", "trace");
        assertThat(output.getAll()).contains(SECRET, "IllegalStateException", "FailingApi.fails");
    }

    @Test
    void answersUnknownApiAddressWithProblemWhateverTheAcceptHeader() {
        for (String accept : new String[] {null, "*/*", "application/json", "application/xml", BROWSER}) {
            JsonNode problem = problem(get("/api/bestaat-niet", accept), 404);
            assertThat(problem.get("title").asString()).as(accept).isEqualTo("Niet gevonden");
            assertThat(problem.get("detail").asString()).contains("/api/bestaat-niet");
        }
    }

    @Test
    void answersUnknownApiAddressWithPageWhenOnlyHtmlIsAskedFor() {
        HttpResponse<String> response = get("/api/bestaat-niet", "text/html,application/xhtml+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Niet gevonden", "lang=\"nl\"");
    }

    @Test
    void answersUnknownApiMethodWithProblem() {
        for (String accept : new String[] {null, "*/*", "application/xml"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/house"))
                    .header("Authorization", ApiClient.BASIC).method("DELETE", HttpRequest.BodyPublishers.noBody()), accept);
            JsonNode problem = problem(response, 405);
            assertThat(problem.get("title").asString()).isEqualTo("Methode niet toegestaan");
            assertThat(problem.get("detail").asString()).contains("DELETE", "/api/house", "GET");
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
        }
    }

    @Test
    void keepsTheDutchPageForUnknownWebAddressesFromCurl() {
        HttpResponse<String> response = get("/bestaat/niet", "*/*");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden", "Naar het functiehuis");
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        return new ApiClient(port).read(response);
    }

    private HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), accept);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
