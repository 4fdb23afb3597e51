package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.sheets.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The matrix, comparison and version-diff pages over real HTTP against the demo house. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:comparison-pages-it;DB_CLOSE_DELAY=-1")
class ComparisonPagesIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    BrowseHouse browse;

    @Autowired
    SaveProfile save;

    WebSession web;

    @BeforeEach
    void loadDemo() {
        demo.loadIfEmpty();
        web = new WebSession(port);
    }

    @Test
    void listsTheGroupsSeriesAndFamiliesToDrawAMatrixFor() {
        HttpResponse<String> page = web.get("/matrix");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Competentiematrix", "href=\"/matrix?reeks=VS01\"", "href=\"/matrix?groep=VS01.01\"",
                "Balie en contact", "href=\"/matrix?familie=VS-3100\"", "aria-current=\"page\">Matrix");
    }

    @Test
    void linksTheMatrixFromTheHouseAndTheLevelComparisonFromAFamily() {
        assertThat(web.get("/").body()).contains("href=\"/matrix?groep=VS01.01\"", "href=\"/matrix\"", "href=\"/vergelijken\"");
        assertThat(web.get("/profielen/VS-3100").body()).contains("href=\"/vergelijken?profielen=VS-3100\"");
    }

    @Test
    void showsTheGroupMatrixWithDimensionsLevelNamesAndLinksToProfiles() {
        HttpResponse<String> page = web.get("/matrix?groep=VS01.01");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Functiegroep VS01.01 Balie en contact", "scope=\"colgroup\"", "Persoonlijk",
                "Operationeel", "href=\"/profielen/VS01.01.02\"", "href=\"/profielen/VS01.01.04-VP\"", "title=\"",
                "class=\"visually-hidden\">", ": niveau ", "Niveaunamen", "href=\"/matrix.csv?groep=VS01.01\"",
                "href=\"/matrix.xlsx?groep=VS01.01\"");
    }

    @Test
    void showsTheGroupsOfASeriesOneUnderTheOther() {
        assertThat(web.get("/matrix?reeks=VS01").body()).contains("Functiereeks VS01", "VS01.01 Balie en contact",
                "VS01.02 Begeleiding", "class=\"group-row\"");
    }

    @Test
    void showsAFamilyWithARowPerLevelFoundByALevelCode() {
        assertThat(web.get("/matrix?familie=VS-3102").body()).contains("Functiefamilie VS-3100 Klantbegeleider",
                "href=\"/profielen/VS-3101\"", "href=\"/profielen/VS-3103\"", "Ondernemen", "kerncompetentie");
    }

    @Test
    void answersAnUnknownGroupWithTheDutchNotFoundPage() {
        HttpResponse<String> page = web.get("/matrix?groep=Bestaatniet");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Er is geen functiegroep &#39;Bestaatniet&#39;.");
    }

    @Test
    void asksForOneChoiceWhenTwoAreGiven() {
        HttpResponse<String> page = web.get("/matrix?groep=VS01.01&reeks=VS01");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("role=\"alert\"", "kies één groep, reeks of familie tegelijk");
    }

    @Test
    void downloadsTheMatrixAsCsvAndAsAWorkbookWithTheSameCells() throws IOException {
        HttpResponse<byte[]> csv = download("/matrix.csv?groep=VS01.01");
        HttpResponse<byte[]> xlsx = download("/matrix.xlsx?groep=VS01.01");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "competentiematrix-vs01.01.csv"));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith(",Dimensie,Persoonlijk");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = Sheets.open(xlsx.body())) {
            assertThat(Sheets.cells(workbook)).isEqualTo(Sheets.csv(text));
        }
        assertThat(download("/matrix.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void offersEveryProfileAndFamilyLevelToCompare() {
        HttpResponse<String> page = web.get("/vergelijken");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kies wat u wilt vergelijken", "type=\"checkbox\" name=\"profielen\"",
                "value=\"VS01.01.02\"", "value=\"VS-3101\"", "Functiefamilie VS-3100", "for=\"p-VS-3102\"")
                .doesNotContain("regels verschillen");
    }

    @Test
    void comparesTheLevelsOfAFamilyMarkingTheDifferencesInText() {
        HttpResponse<String> page = web.get("/vergelijken?profielen=VS-3101&profielen=VS-3102&profielen=VS-3103");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("regels verschillen", "schaal 5", "schaal 6", "schaal 7", "class=\"is-different\"",
                "≠ verschilt", "Competenties", "4 Communicatie", "Differentiërende factoren", "checked=\"checked\"");
    }

    @Test
    void comparesCommaSeparatedCodesAndShowsOnlyDifferencesOnRequest() {
        String all = web.get("/vergelijken?profielen=VS01.01.02,VS01.01.08").body();
        String differences = web.get("/vergelijken?profielen=VS01.01.02,VS01.01.08&verschillen=true").body();

        assertThat(all).contains("Medewerker Dienstverlening I", "Medewerker Dienstverlening IV", "Soort");
        assertThat(differences).contains("≠ verschilt", "Toon alles").doesNotContain(">Soort<");
    }

    @Test
    void explainsWhyProfilesCannotBeCompared() {
        assertThat(web.get("/vergelijken?profielen=VS01.01.02").body()).contains("Niet te vergelijken", "kies 2 tot 5");
        assertThat(web.get("/vergelijken?profielen=VS01.01.02,XYZ").body()).contains("onbekend profiel &#39;XYZ&#39;");
    }

    @Test
    void showsWhatChangedBetweenTwoVersionsLinkedFromTheHistory() {
        ProfileVersion v1 = browse.latest("VS01.01.06").orElseThrow();
        NormFunction n = (NormFunction) v1.profile();
        NormContent c = n.content();
        var asked = new ArrayList<>(c.competencies());
        CompetencyRequirement first = asked.getFirst();
        asked.set(0, new CompetencyRequirement(first.competency(), first.level() == LevelLetter.A ? LevelLetter.B : LevelLetter.A));
        var edited = new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(),
                new NormContent(c.characteristics(), c.criticalSituations(), asked, c.knowledge(), c.skills(), c.minimumEducation()));
        ProfileVersion v2 = save.save(new ProfileEdit(edited, v1.number(), VersionStatus.CONCEPT, v1.effectiveDate(), "test"), "tester");

        String history = web.get("/profielen/VS01.01.06/versies").body();
        HttpResponse<String> diff = web.get("/profielen/VS01.01.06/versies/1/verschil/" + v2.number());

        assertThat(history).contains("href=\"/profielen/VS01.01.06/versies/1/verschil/2\"");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("Wat is er veranderd van versie 1 naar 2", "Competenties › ‘" + first.competency()
                + "’ › niveau", "gewijzigd", "Status", "content.competencies[0].level");
        assertThat(web.get("/profielen/VS01.01.06/versies/1/verschil/9").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
