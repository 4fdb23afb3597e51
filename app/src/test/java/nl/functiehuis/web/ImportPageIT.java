package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.api.MultipartForm;
import nl.functiehuis.application.ExportHouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upload page over real HTTP as a browser without JavaScript sends it: a multipart form with the
 * CSRF token, a redirect to the report. The multipart limits are lowered so a too large file is cheap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:import-page-it;DB_CLOSE_DELAY=-1",
        "spring.servlet.multipart.max-file-size=21MB", "spring.servlet.multipart.max-request-size=30MB"})
class ImportPageIT {
    private static final String OWN_DOCUMENT = """
            Functieprofiel Beleidsmedewerker Wonen

            Doel
            Schrijft voorstellen voor het woonbeleid.

            Taken
            - Voorstellen schrijven
            - Overleggen met corporaties
            """;

    @LocalServerPort
    int port;

    @Autowired
    ExportHouse export;

    WebSession web;

    UploadForm form;

    @BeforeEach
    void signIn() {
        web = new WebSession(port);
        web.login("adviseur", "welkom");
        form = new UploadForm(web);
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginFirst() {
        HttpResponse<String> page = new WebSession(port).get("/importeren");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void showsTheUploadForm() {
        String page = web.get("/importeren").body();

        assertThat(page).contains("Documenten importeren", "type=\"file\"", "multiple", "name=\"bestanden\"",
                "accept=\".txt,.docx,.odt,.pdf,.html,.htm\"", "Alleen proberen (niets opslaan)", "<progress",
                "aria-live=\"polite\"", "/js/upload.js", "aria-current=\"page\">Importeren");
    }

    @Test
    void importsTheFourSeedsAndFindsThemUnchangedTheSecondTime() {
        String report = form.upload(UploadForm.seeds());

        assertThat(report).contains("4 geïmporteerd, 0 ongewijzigd, 0 mislukt")
                .doesNotContain("Proefimport", ">Mislukt<");
        assertThat(count(report, "badge-lg import-status-imported\">Geïmporteerd<")).isEqualTo(4);
        assertThat(report).contains(SharedSeeds.fileName(SharedSeeds.BOOKLET), "CompetentieBOX-functiereeksboekje",
                "Waarschuwingen en overgeslagen tekst", "regel 202", "Overgeslagen",
                "href=\"/profielen/N06.01.02\"", "href=\"/profielen/N06.01.06-VP-I\"", "href=\"/profielen/1397\"",
                "href=\"/profielen/3006-3007-3008\"", "href=\"/woordenboek/competentiebox-dienstverlening\"",
                "Nieuw", "Administratief ondersteuner beheer");
        assertThat(page("/profielen/N06.01.02")).contains("Medewerker Publiek I", "Overwegende functiekenmerken",
                "Kritische werksituaties", "Competenties", "Vakkennis", "Opleiding");
        assertThat(page("/profielen/N06.01.06-VP-I")).contains("Verrijkt profiel", "Juridisch medewerker",
                "Kwalificaties", "Extra vakkennis", "Kerntaken en werkprocessen");
        assertThat(page("/profielen/1397")).contains("Medewerker Invorderen", "Resultaatgebieden", "Kaders",
                "Gedragscompetenties", "Context", "Aandachtsgebieden", "<li>Samenwerken</li>", "Correcte invordering");
        assertThat(page("/profielen/3007")).contains("Klantadviseur", "Niveaus", "Differentiërende factoren",
                "Speelruimte", "Kennis en vaardigheden", "is niveau");
        assertThat(web.get("/").body()).doesNotContain("Nog geen functieprofielen");
        assertThat(page("/woordenboek/competentiebox-dienstverlening")).contains("30 competenties in 4 dimensies",
                "Daarvan zijn er 21 niet uitgewerkt", "Flexibiliteit", "Niet uitgewerkt in het boekje", "feedback gebruiken");

        String again = form.upload(UploadForm.seeds());

        assertThat(again).contains("0 geïmporteerd, 4 ongewijzigd, 0 mislukt");
        assertThat(count(again, "badge-lg import-status-unchanged\">Ongewijzigd<")).isEqualTo(4);
    }

    @Test
    void reportsARandomFileAsFailedAndStoresNothing() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        String before = export.json();

        String report = form.upload(new MultipartForm().file("bestanden", "ruis.docx", noise));

        assertThat(report).contains("0 geïmporteerd, 0 ongewijzigd, 1 mislukt", "ruis.docx", ">Mislukt<",
                "role=\"alert\"", "Niet geïmporteerd; er is niets opgeslagen.");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void storesNothingInADryRun() {
        String before = export.json();

        String report = form.upload(new MultipartForm().field("proef", "true")
                .file("bestanden", "wonen.txt", OWN_DOCUMENT.getBytes(StandardCharsets.UTF_8)));

        assertThat(report).contains("Proefimport — er is niets opgeslagen",
                "1 te importeren, 0 ongewijzigd, 0 mislukt", "Kan worden geïmporteerd", "Beleidsmedewerker Wonen")
                .doesNotContain("href=\"/profielen/GEN");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesADocumentOverTwentyMegabytesByName() {
        String report = form.upload(new MultipartForm().file("bestanden", "groot.txt", new byte[20 * 1024 * 1024 + 1]));

        assertThat(report).contains("groot.txt", ">Mislukt<", "een document mag hoogstens 20 MB zijn");
    }

    @Test
    void answersAnUploadAboveTheMultipartLimitWithADutchPage() {
        var enormous = new MultipartForm().file("bestanden", "enorm.pdf", new byte[22 * 1024 * 1024]);

        HttpResponse<String> answer = form.post(enormous);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Te groot om te uploaden", "21 MB", "30 MB", "er is niets geïmporteerd")
                .doesNotContain("Exception");
    }

    @Test
    void asksForAFileWhenNoneWasChosen() {
        HttpResponse<String> answer = form.post(new MultipartForm().file("bestanden", "", new byte[0]));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("role=\"alert\"", "Kies ten minste één bestand om te importeren.");
    }

    private String page(String path) {
        HttpResponse<String> page = web.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
