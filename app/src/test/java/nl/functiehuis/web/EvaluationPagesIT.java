package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.functiehuis.HiringVacancy;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateDraft;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The candidate pages, CSV and PDF as an anonymous reader gets them: numbered candidates, no personal data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:evaluation-browser-it;DB_CLOSE_DELAY=-1",
        "functiehuis.users=adviseur=welkom,beoordelaar=welkom"})
class EvaluationPagesIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    Vacancies vacancies;

    @Autowired
    AddCandidates candidates;

    private final HttpClient http = HttpClient.newHttpClient();
    private String vacancy;

    @BeforeEach
    void offerACandidate() {
        vacancy = HiringVacancy.fresh(importer, vacancies);
        candidates.add(vacancy, List.of(new CandidateDraft("Anna de Vries", "Inhuur BV", new BigDecimal("36"), null,
                "geheim cv", Map.of())), Viewer.user(HiringVacancy.AUTHOR));
    }

    @Test
    void showsNumberedCandidatesWithoutPersonalDataToAnonymousReaders() {
        for (String path : List.of("/kandidaten", "/beoordeling", "/beoordeling.csv")) {
            var page = get("/vacatures/" + vacancy + path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Kandidaat 1")
                    .doesNotContain("Anna de Vries", "Inhuur BV", "€ 36", "geheim cv");
        }
    }

    @Test
    void answersAnUnknownVacancyWithTheDutchNotFoundPage() {
        var page = get("/vacatures/bestaat-niet/beoordeling");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("geen vacature met id bestaat-niet");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
