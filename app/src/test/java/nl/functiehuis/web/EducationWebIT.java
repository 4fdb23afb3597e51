package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.EducationFacts;
import nl.functiehuis.application.ImportDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The education pages over real HTTP, on the imported reference documents. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:education-web;DB_CLOSE_DELAY=-1")
class EducationWebIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    WebSession web;

    @BeforeEach
    void importTheSeeds() {
        EducationFacts.importSeeds(importer);
        web = new WebSession(port);
    }

    @Test
    void showsTheNlqfLevelsAndTheMboMappingFromTheMenu() {
        HttpResponse<String> page = web.get("/onderwijs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/onderwijs\" aria-current=\"page\">Onderwijs</a>", "Instroomniveau",
                "NLQF 1", "NLQF 8", "entreeopleiding", "havo", "associate degree", "bachelor (wo)", "doctor (promotie)",
                "MBO 4", "HBO 5", "WO 7", "href=\"#nlqf-4\"");
        assertThat(web.get("/").body()).contains("href=\"/onderwijs\"");
    }

    @Test
    void showsTheCatalogueWithCoreTasksAndTheFunctionsEachQualificationPreparesFor() {
        String body = web.get("/onderwijs/kwalificaties").body();

        assertThat(body).contains(EducationFacts.qualificationLevels().keySet().toArray(String[]::new));
        assertThat(body).contains("Kerntaken en werkprocessen (2 kerntaken, 10 werkprocessen)", "Verricht backoffice",
                "Bereidt voor op", "href=\"/profielen/N06.01.02-VP\"", "Past ook op niveau", "id=\"kwalificatie-medewerker-sociale-zekerheid\"");
        for (Set<String> codes : EducationFacts.linkedBy().values()) {
            codes.forEach(code -> assertThat(body).contains(">" + code + "<"));
        }
    }

    @Test
    void showsTheDemandPerCompetencyAndLevelAndPerQualification() {
        String body = web.get("/onderwijs/vraag").body();

        assertThat(body).contains("Klantgerichtheid", "Zonder niveau", "Download als CSV", "href=\"/onderwijs/vraag.csv\"",
                "Verrijkte profielen", "Normfuncties", "Medewerker sociale zekerheid");
    }

    @Test
    void downloadsTheDemandAsCsv() {
        HttpResponse<String> csv = web.get("/onderwijs/vraag.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "onderwijsvraag.csv"));
        assertThat(csv.body()).startsWith("soort;naam;niveau;profielen\r\n");
        Map<String, Integer> customer = EducationFacts.bookletLevels().get("Klantgerichtheid");
        customer.forEach((level, n) -> assertThat(csv.body()).contains("competentie;Klantgerichtheid;" + level + ";" + n + "\r\n"));
        assertThat(csv.body()).contains("competentie;Klantgerichtheid;zonder niveau;"
                + EducationFacts.ungraded().get("Klantgerichtheid") + "\r\n");
        EducationFacts.linkedBy().forEach((name, codes) -> assertThat(csv.body())
                .contains("kwalificatie;" + name + ";MBO " + EducationFacts.qualificationLevels().get(name) + ";" + codes.size()));
    }

    @Test
    void loadsTheFittingQualificationsIntoTheProfilePage() {
        String page = web.get("/profielen/N06.01.08").body();
        assertThat(page).contains("id=\"passende-kwalificaties\"", "hx-get=\"/onderwijs/profielen/N06.01.08/blok\"",
                "href=\"/onderwijs/profielen/N06.01.08\"");

        HttpResponse<String> box = web.get("/onderwijs/profielen/N06.01.08/blok");

        assertThat(box.statusCode()).isEqualTo(200);
        assertThat(box.body()).startsWith("<section").doesNotContain("<html").contains("Passende kwalificaties",
                "NLQF 2–3", "Commercieel medewerker, kwalificatie Contactcenter medewerker", "Gekoppeld via een verrijkt profiel",
                "href=\"/profielen/N06.01.08-VP\"");
    }

    @Test
    void explainsTheFitOnAPageOfItsOwn() {
        HttpResponse<String> page = web.get("/onderwijs/profielen/N06.02.02");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Medewerker Educatie I", "NLQF 2–6", "passen op niveau", "<details class=\"tasks\" open=\"open\">",
                "Hoe het functiehuis dit bepaalt", "minimale opleiding");
        assertThat(web.get("/onderwijs/profielen/3007").body()).contains("noemt geen opleidingsniveau");
    }

    @Test
    void answersAnUnknownProfileWithTheDutch404Page() {
        HttpResponse<String> missing = web.get("/onderwijs/profielen/X99/blok");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("X99");
    }
}
