package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.functiehuis.EducationFacts;
import nl.functiehuis.application.ImportDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The education endpoints over real HTTP, on the imported reference documents, open to anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:education-web;DB_CLOSE_DELAY=-1")
class EducationApiIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    ApiClient api;

    @BeforeEach
    void importTheSeeds() {
        EducationFacts.importSeeds(importer);
        api = new ApiClient(port);
    }

    @Test
    void listsTheEntryLevelAndEightNlqfLevelsWithTheMapping() {
        JsonNode nlqf = api.read(api.get("/api/education/nlqf"));

        assertThat(nlqf.get("levels")).hasSize(9);
        assertThat(nlqf.at("/levels/0/label").asString()).isEqualTo("Instroomniveau");
        assertThat(nlqf.at("/levels/4/examples").toString()).contains("havo");
        assertThat(nlqf.get("mapping")).anySatisfy(m -> {
            assertThat(m.get("label").asString()).isEqualTo("MBO 3");
            assertThat(m.get("nlqf").asInt()).isEqualTo(3);
        });
    }

    @Test
    void listsTheQualificationsWithTheFunctionsTheyPrepareFor() {
        JsonNode qualifications = api.read(api.get("/api/education/qualifications"));

        assertThat(qualifications).hasSize(5);
        Map<String, Set<String>> linked = EducationFacts.linkedBy();
        for (JsonNode q : qualifications) {
            String name = q.get("name").asString();
            assertThat(q.get("mboLevel").asInt()).isEqualTo(EducationFacts.qualificationLevels().get(name));
            assertThat(q.get("coreTasks")).hasSize(EducationFacts.coreTasks().get(name).size());
            Set<String> codes = new TreeSet<>();
            q.get("preparesFor").forEach(f -> {
                if (f.get("reason").asString().equals("LINKED")) {
                    codes.add(f.at("/function/code").asString());
                }
            });
            assertThat(codes).as(name).isEqualTo(linked.get(name));
        }
    }

    @Test
    void countsTheDemandAsJsonOrCsv() {
        JsonNode demand = api.read(api.get("/api/education/demand"));
        JsonNode customer = null;
        for (JsonNode c : demand.get("competencies")) {
            if (c.get("competency").asString().equals("Klantgerichtheid")) {
                customer = c;
            }
        }
        assertThat(customer).isNotNull();
        Map<String, Integer> levels = EducationFacts.bookletLevels().get("Klantgerichtheid");
        for (String level : new String[] {"A", "B", "C", "D"}) {
            assertThat(customer.at("/levels/" + level).asInt()).as(level).isEqualTo(levels.getOrDefault(level, 0));
        }

        HttpResponse<String> csv = csv("/api/education/demand");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("soort;naam;niveau;profielen\r\n")
                .contains("competentie;Klantgerichtheid;B;" + levels.get("B") + "\r\n");
    }

    private HttpResponse<String> csv(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/csv").GET();
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fitsAProfileFoundByALevelCodeAndAnswers404ForAnUnknownOne() {
        JsonNode fit = api.read(api.get("/api/education/fit/N06.01.08"));
        assertThat(fit.at("/range/label").asString()).isEqualTo("NLQF 2–3");
        assertThat(fit.get("qualifications")).allSatisfy(q -> assertThat(q.get("reason").asString()).isEqualTo("VIA_ENRICHED"));

        assertThat(api.read(api.get("/api/education/fit/3008")).at("/profile/code").asString()).isEqualTo("3006/3007/3008");
        HttpResponse<String> missing = api.get("/api/education/fit/X99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(api.read(missing).get("detail").asString()).contains("X99");
    }
}
