package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.functiehuis.CvSamples;
import nl.functiehuis.HiringVacancy;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateDraft;
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

/** PUT and GET /api/candidates/{cid}/cv: the file for the vacancy's team only, bad files refused naming the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cv-file-api-it;DB_CLOSE_DELAY=-1",
        "functiehuis.users=adviseur=welkom,beoordelaar=welkom"})
class CvFileApiIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    Vacancies vacancies;

    @Autowired
    AddCandidates candidates;

    @Autowired
    EvaluateVacancy evaluate;

    private final HttpClient http = HttpClient.newHttpClient();
    private String vacancy;
    private String anna;

    @BeforeEach
    void offerACandidate() {
        vacancy = HiringVacancy.fresh(importer, vacancies);
        anna = candidates.add(vacancy, List.of(new CandidateDraft("Anna de Vries", "Inhuur BV", new BigDecimal("30"),
                null, null, Map.of())), Viewer.user(HiringVacancy.AUTHOR)).getFirst().id();
    }

    @Test
    void storesTheFileAndServesItToTheTeamWithItsNameAndType() {
        byte[] pdf = CvSamples.pdf("Anna de Vries", "Archivaris");

        var put = send("PUT", path() + "?filename=cv%20anna.pdf", pdf, "application/pdf", null, "adviseur");
        assertThat(put.statusCode()).as(new String(put.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        JsonNode stored = new HouseJson().mapper().readTree(put.body());
        assertThat(stored.get("name").asString()).isEqualTo("cv anna.pdf");
        assertThat(stored.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(stored.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(stored.get("hasText").asBoolean()).isTrue();

        var get = send("GET", path(), null, null, null, "adviseur");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(pdf);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(get.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("cv anna.pdf"));
    }

    @Test
    void takesTheNameFromContentDispositionAndAuditsTheReplacement() {
        send("PUT", path() + "?filename=eerst.txt", CvSamples.text("eerste versie"), "text/plain", null, "adviseur");
        byte[] word = CvSamples.docx("Anna de Vries");

        var put = send("PUT", path(), word, "application/octet-stream", "attachment; filename=\"anna.docx\"", "adviseur");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(send("GET", path(), null, null, null, "adviseur").body()).isEqualTo(word);
        var line = evaluate.report(vacancy, Viewer.user("adviseur")).audit().getLast();
        assertThat(line.what()).isEqualTo("cv-bestand vervangen");
        assertThat(line.actor()).isEqualTo("adviseur");
        assertThat(line.oldValue()).isEqualTo("eerst.txt (13 bytes)");
        assertThat(line.newValue()).startsWith("anna.docx (");
    }

    @Test
    void refusesOutsidersAndAnonymousReaders() {
        send("PUT", path() + "?filename=anna.txt", CvSamples.text("Anna"), "text/plain", null, "adviseur");

        var outsider = send("GET", path(), null, null, null, "beoordelaar");
        var anonymous = send("GET", path(), null, null, null, null);
        var outsiderPut = send("PUT", path() + "?filename=x.txt", CvSamples.text("x"), "text/plain", null, "beoordelaar");
        var anonymousPut = send("PUT", path() + "?filename=x.txt", CvSamples.text("x"), "text/plain", null, null);

        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("problem+json"));
        assertThat(new String(outsider.body(), StandardCharsets.UTF_8)).doesNotContain("Anna");
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(outsiderPut.statusCode()).isEqualTo(403);
        assertThat(anonymousPut.statusCode()).isEqualTo(401);
        assertThat(send("GET", path(), null, null, null, "adviseur").body()).isEqualTo(CvSamples.text("Anna"));
    }

    @Test
    void refusesABadOrTooLargeFileNamingTheFieldAndKeepsNothing() {
        var html = send("PUT", path() + "?filename=cv.html", CvSamples.text("<html><body>cv</body></html>"),
                "text/html", null, "adviseur");
        var fake = send("PUT", path() + "?filename=cv.pdf", CvSamples.text("geen pdf"), "application/pdf", null,
                "adviseur");
        var nameless = send("PUT", path(), CvSamples.text("cv"), "text/plain", null, "adviseur");
        var large = send("PUT", path() + "?filename=groot.txt", new byte[10 * 1024 * 1024 + 1], "text/plain", null,
                "adviseur");
        var huge = send("PUT", path() + "?filename=enorm.txt", new byte[12 * 1024 * 1024], "text/plain", null,
                "adviseur");

        for (var bad : List.of(html, fake, nameless, large)) {
            String body = new String(bad.body(), StandardCharsets.UTF_8);
            assertThat(bad.statusCode()).as(body).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .contains("problem+json"));
            assertThat(new HouseJson().mapper().readTree(body).at("/errors/0/field").asString()).isEqualTo("cv");
        }
        assertThat(new String(large.body(), StandardCharsets.UTF_8)).contains("hoogstens 10 MB");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(send("GET", path(), null, null, null, "adviseur").statusCode()).isEqualTo(404);
    }

    private String path() {
        return "/api/candidates/" + anna + "/cv";
    }

    private HttpResponse<byte[]> send(String method, String path, byte @Nullable [] body, @Nullable String type,
            @Nullable String disposition, @Nullable String user) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            builder.header("Content-Type", type);
        }
        if (disposition != null) {
            builder.header("Content-Disposition", disposition);
        }
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":welkom").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
