package nl.functiehuis.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ACCEPTANCE TEST OF ISSUE 4 (publishing) over the four imported reference documents: the PDF of a profile of each
 * kind and the booklet of series N06 Dienstverlening are fetched over HTTP, turned into PNG pages with pdftoppm
 * (target/publish), and every page must carry ink in its body; their text holds every section, the competencies
 * with their levels and a table of contents whose page numbers point at the right pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:publish-it;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishIT {
    static final Path PAGES = Path.of("target", "publish");

    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> booklet;

    @BeforeAll
    void importTheSeeds() {
        for (String seed : List.of(SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING, SharedSeeds.BOOKLET)) {
            ImportOutcome outcome = importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "tester", false);
            assertThat(outcome.status()).as(seed).isEqualTo(ImportOutcome.Status.IMPORTED);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            N06.01.02    | 2 | 5  | Medewerker Publiek I;Overwegende functiekenmerken;Kritische werksituaties;Competenties;Vakkennis;Kennis;Vaardigheden;Opleiding;NLQF-niveau;Klantgerichtheid;inleven;Mondelinge communicatie;Integriteit;Nauwkeurigheid
            N06.01.02-VP | 4 | 10 | Juridisch medewerker;Verrijkt profiel;Overwegende functiekenmerken;Competenties;Vakkennis;Opleiding;Kwalificaties;MBO 4;Rol;Complexiteit;Extra vakkennis;Kerntaken en werkprocessen;Conflicthantering
            1397         | 3 | 8  | Medewerker Invorderen;Doel van de functie;Resultaatgebieden;Niet van toepassing;Kaders;Vakinhoudelijke competenties;Gedragscompetenties;Context;Aandachtsgebieden;Schaal 4;Definitief;Onderhandelen
            3007         | 4 | 10 | Klantadviseur;Niveaus;Differentiërende factoren;Speelruimte;Kennis en vaardigheden;Competenties;3006;3007;3008;Klantadviseur B (Allround);kern;Prognose
            """)
    void rendersEveryPageOfTheProfilePdfWithItsSections(String code, int minPages, int maxPages, String expected) {
        byte[] pdf = get("/profielen/" + code + ".pdf", "application/pdf").body();

        List<Path> pages = PdfPages.render(pdf, PAGES, "profiel-" + code);

        assertThat(pages).hasSizeBetween(minPages, maxPages);
        assertThat(pages).allSatisfy(page -> assertThat(PdfPages.bodyInk(page)).as(page.toString()).isGreaterThan(500));
        String text = PdfPages.text(pdf).toLowerCase(Locale.ROOT);
        assertThat(text).contains(expected.toLowerCase(Locale.ROOT).split(";")).contains("pagina 1 van " + pages.size());
    }

    @Test
    void makesATaggedDutchPdfWithATitle() throws IOException {
        byte[] pdf = get("/profielen/N06.01.02.pdf", "application/pdf").body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Medewerker Publiek I (N06.01.02)");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void rendersEveryPageOfTheDienstverleningBooklet() {
        HttpResponse<byte[]> response = booklet();
        byte[] pdf = response.body();

        List<Path> pages = PdfPages.render(pdf, PAGES, "boekje-N06");

        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("boekje-N06.pdf"));
        assertThat(pages).hasSizeBetween(2 + 2 + 16 * 2, 150);
        assertThat(pages).allSatisfy(page -> assertThat(PdfPages.bodyInk(page)).as(page.toString()).isGreaterThan(500));
        assertThat(PdfPages.text(pdf, 1, 1)).contains("Dienstverlening", "Functiereeks N06", "Uitgave");
        assertThat(PdfPages.text(pdf, 3, 3).toLowerCase(Locale.ROOT)).contains("hoofdstuk 1", "functiereeks n06 dienstverlening", "n06.01", "publiek", "competentiematrix",
                "persoonlijk", "relationeel", "operationeel", "klantgerichtheid", "gedragsniveau d (lichtst) tot a (zwaarst)");
    }

    @Test
    void listsEveryProfileInTheTableOfContentsWithThePageItStartsOn() {
        byte[] pdf = booklet().body();
        String contents = PdfPages.text(pdf, 2, 2);

        assertThat(contents).contains("Inhoud", "N06.01", "Publiek", "N06.02", "Educatie", "Competentiematrix",
                "N06.01.06/VP II", "N06.02.10");
        Matcher entry = Pattern.compile("(Medewerker (?:Publiek|Educatie) [IV]+)[^.\\n]*?\\s*\\.{3,}\\s*(\\d+)").matcher(contents);
        List<String> checked = new ArrayList<>();
        while (entry.find()) {
            int page = Integer.parseInt(entry.group(2));
            assertThat(PdfPages.text(pdf, page, page)).as(entry.group()).contains(entry.group(1), "Pagina " + page + " van");
            checked.add(entry.group(1));
        }
        assertThat(checked).hasSize(16);
    }

    @Test
    void servesTheProfileAsAStandaloneHtmlPage() {
        HttpResponse<String> page = getText("/profielen/N06.01.02-VP/publicatie");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"nl\"", "<style>", "Medewerker Publiek I", "Juridisch medewerker",
                "Overwegende functiekenmerken", "Kritische werksituaties", "Competenties", "Vakkennis", "Opleiding",
                "Kwalificaties", "Kerntaken en werkprocessen").doesNotContain("class=\"run-head\"", "<link", "<script");
    }

    @Test
    void linksThePublicationsFromTheProfilePage() {
        String page = getText("/profielen/N06.01.02").body();

        assertThat(page).contains("Download PDF", "href=\"/profielen/N06.01.02.pdf\"", "Publicatieversie",
                "href=\"/profielen/N06.01.02/publicatie\"");
    }

    @Test
    void answersNotFoundForAnUnknownProfileOrSeries() {
        assertThat(getText("/profielen/ONBEKEND.pdf").statusCode()).isEqualTo(404);
        HttpResponse<String> html = getText("/profielen/ONBEKEND/publicatie");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("Er is geen functieprofiel met code", "ONBEKEND");
        HttpResponse<String> booklet = getText("/publicatie/boekje.pdf?reeks=N99");
        assertThat(booklet.statusCode()).isEqualTo(404);
        assertThat(booklet.body()).contains("Er is geen functiereeks", "N99");
        assertThat(getText("/publicatie/boekje.pdf?reeks=N06&groep=N06.01").statusCode()).isEqualTo(400);
    }

    /** The booklet of series N06, fetched once for the tests that read it. */
    private HttpResponse<byte[]> booklet() {
        if (booklet == null) {
            booklet = get("/publicatie/boekje.pdf?reeks=N06", "application/pdf");
        }
        return booklet;
    }

    private HttpResponse<byte[]> get(String path, String type) {
        HttpResponse<byte[]> response = send(path, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        return response;
    }

    private HttpResponse<String> getText(String path) {
        return send(path, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html,application/pdf").GET().build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
