package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.vacancy.SavedVacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The vacancy pages over real HTTP: the 003 request shown in full, made from a profile, edited by form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:vacancy-web-it;DB_CLOSE_DELAY=-1")
class VacancyWebIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    BrowseVacancies vacancies;

    @Autowired
    LoadDemo demo;

    private String id;

    @BeforeEach
    void importHiringRequest() {
        demo.loadIfEmpty();
        ImportOutcome outcome = importer.importDocument(SharedSeeds.fileName(SharedSeeds.HIRING),
                SharedSeeds.bytes(SharedSeeds.HIRING), "test", false);
        assertThat(outcome.failed()).isFalse();
        id = vacancies.list().stream().filter(v -> v.source() != null).findFirst().orElseThrow().id();
    }

    @Test
    void showsEveryFactOfTheHiringRequest() {
        var page = new WebSession(port).get("/vacatures/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("FSK 6", "30% prijs / 70% kwaliteit", "€ 23 – € 35", "6 maanden + 3 × 6 maanden",
                "week 39", "36 uur", "Taken (10)", "Eisen (6", "Wensen (3)", "Competenties (8)", "mbo 4",
                "1–3 jaar in de laatste 3 jaar", "Socrates", "Resultaatgerichtheid", "Accuratesse",
                "/vacatures/" + id + "/kandidaten", "/vacatures/" + id + "/beoordeling");
        assertThat(html.split(">toekomst<", -1)).hasSize(3);
        assertThat(FormFields.between(html, "id=\"aanbod\"", "</dl>")).contains("<dd>2</dd>");

        String list = new WebSession(port).get("/vacatures").body();
        assertThat(list).contains("/vacatures/" + id, "FSK 6", "€ 23 – € 35", "Concept");
    }

    @Test
    void editsTheVacancyByFormAsSignedInUser() {
        var web = signedIn();
        String html = web.get("/vacatures/" + id + "/bewerken").body();
        var fields = keepFutureTasks(FormFields.of(html, "id=\"vacancy-form\""));
        fields = FormFields.with(fields, "headcount", "3");
        fields = FormFields.with(fields, "status", "GEPUBLICEERD");
        fields = FormFields.with(fields, "wishes[0].maxPoints", "20");
        fields = FormFields.with(fields, "requirements[5].text", "");

        HttpResponse<String> saved = web.post("/vacatures/" + id + "/bewerken", fields);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        SavedVacancy v = vacancies.find(id).orElseThrow();
        assertThat(v.revision()).isEqualTo(2);
        assertThat(v.vacancy().terms().headcount()).isEqualTo(3);
        assertThat(v.vacancy().status().name()).isEqualTo("GEPUBLICEERD");
        assertThat(v.vacancy().wishes().getFirst().maxPoints()).isEqualTo(20);
        assertThat(v.vacancy().requirements()).hasSize(5);
        assertThat(v.vacancy().tasks()).hasSize(10).filteredOn(t -> t.future()).hasSize(2);
        assertThat(v.vacancy().competencies()).hasSize(8);
        assertThat(web.follow(saved).body()).contains("revisie 2");
    }

    @Test
    void refusesBadInputNamingTheFieldAndChangesNothing() {
        var web = signedIn();
        var fields = FormFields.of(web.get("/vacatures/" + id + "/bewerken").body(), "id=\"vacancy-form\"");
        fields = FormFields.with(fields, "hoursPerWeek", "veel");
        fields = FormFields.with(fields, "pricePercent", "40");
        fields = FormFields.with(fields, "requirements[1].yearsMax", "0");

        HttpResponse<String> refused = web.post("/vacatures/" + id + "/bewerken", fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("De vacature is niet opgeslagen", "Uren per week: is geen geheel getal",
                "Eis 2, jaren maximaal", "value=\"veel\"");
        assertThat(vacancies.find(id).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void refusesAStaleEditAndSaysSo() {
        var web = signedIn();
        var fields = FormFields.of(web.get("/vacatures/" + id + "/bewerken").body(), "id=\"vacancy-form\"");
        assertThat(web.post("/vacatures/" + id + "/bewerken", FormFields.with(fields, "hoursPerWeek", "32")).statusCode())
                .isEqualTo(302);

        HttpResponse<String> stale = web.post("/vacatures/" + id + "/bewerken", FormFields.with(fields, "hoursPerWeek", "24"));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Iemand anders heeft deze vacature intussen opgeslagen", "value=\"24\"");
        assertThat(vacancies.find(id).orElseThrow().vacancy().terms().hoursPerWeek()).isEqualTo(32);
    }

    @Test
    void makesAVacancyFromTheProfilePage() {
        var web = signedIn();
        String page = web.get("/profielen/VS-3100").body();
        assertThat(page).contains("Vacature maken (VS-3101)", "Vacature maken (VS-3102)", "Vacature maken (VS-3103)");

        HttpResponse<String> made = web.post("/vacatures", FormFields.of(page, "action=\"/vacatures\""));

        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/bewerken");
        String edit = web.follow(made).body();
        assertThat(edit).contains("Conceptvacature gemaakt uit profiel VS-3101 versie 1", "Klantbegeleider A");
        assertThat(new WebSession(port).get("/profielen/VS-3100").body()).doesNotContain("Vacature maken");
    }

    @Test
    void refusesAnUnknownProfileOrVersionOnTheFormItCameFrom() {
        var web = signedIn();
        var fields = FormFields.of(web.get("/profielen/VS-3100").body(), "action=\"/vacatures\"");
        int before = vacancies.list().size();

        HttpResponse<String> badVersion = web.post("/vacatures", FormFields.with(fields, "version", "9"));
        HttpResponse<String> badCode = web.post("/vacatures", FormFields.with(fields, "profile", "VS-9999"));

        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(badVersion.body()).contains("role=\"alert\"", "Geen vacature gemaakt", "geen versie 9", "VS-3101",
                "Vacature maken (VS-3102)");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("role=\"alert\"", "Geen vacature gemaakt", "geen profiel met code &#39;VS-9999&#39;",
                "<h1>Vacatures</h1>");
        assertThat(vacancies.list()).hasSize(before);
    }

    private WebSession signedIn() {
        var web = new WebSession(port);
        assertThat(web.login("adviseur", "welkom").statusCode()).isEqualTo(302);
        return web;
    }

    /** A browser sends only checked boxes: the two tasks marked for the future. */
    private static List<Map.Entry<String, String>> keepFutureTasks(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(fields.stream().filter(f -> !f.getKey().endsWith(".future")).toList());
        kept.add(Map.entry("tasks[8].future", "on"));
        kept.add(Map.entry("tasks[9].future", "on"));
        return kept;
    }
}
