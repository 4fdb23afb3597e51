package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.CvSamples;
import nl.functiehuis.HiringVacancy;
import nl.functiehuis.api.MultipartForm;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.vacancy.Vacancies;
import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CV file on the web as a browser without JavaScript sends it: the add form and the replace form
 * (multipart, CSRF token in the action), the download for the team only, and the gunningsadvies naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cv-file-pages-it;DB_CLOSE_DELAY=-1",
        "functiehuis.users=adviseur=welkom,beoordelaar=welkom"})
class CvFilePagesIT {
    private static final Pattern ADD = Pattern.compile("action=\"(/vacatures/[^/\"]+/kandidaten\\?_csrf=[^\"]+)\"");
    private static final Pattern REPLACE = Pattern.compile("action=\"(/vacatures/[^\"]+/cv\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    Vacancies vacancies;

    @Autowired
    AddCandidates candidates;

    private String vacancy;
    private WebSession team;

    @BeforeEach
    void signIn() {
        vacancy = HiringVacancy.fresh(importer, vacancies);
        team = new WebSession(port);
        team.login("adviseur", "welkom");
    }

    @Test
    void addsACandidateWithAFileAndServesItOnlyToTheTeam() throws IOException {
        byte[] pdf = CvSamples.pdf("Anna de Vries", "Archivaris sinds 2015");
        String cid = addAnna("cv anna.pdf", pdf);

        String page = team.get("/vacatures/" + vacancy + "/kandidaten/" + cid).body();
        assertThat(page).contains("Cv als bestand", "cv anna.pdf (", "Archivaris sinds 2015", "Bestand vervangen");

        var download = team.download(cvPath(cid));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("cv anna.pdf"));

        var anonymous = new WebSession(port).download(cvPath(cid));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        var outsider = new WebSession(port);
        outsider.login("beoordelaar", "welkom");
        assertThat(outsider.download(cvPath(cid)).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/vacatures/" + vacancy + "/kandidaten/" + cid).body())
                .doesNotContain("cv anna.pdf");

        assertThat(pdfText(team.download("/vacatures/" + vacancy + "/gunningsadvies.pdf").body()))
                .contains("cv als bestand: cv anna.pdf (");
        assertThat(pdfText(outsider.download("/vacatures/" + vacancy + "/gunningsadvies.pdf").body()))
                .doesNotContain("cv anna.pdf");
    }

    @Test
    void replacesTheFileFromTheCandidatePageAndRefusesABadOneChangingNothing() {
        String cid = addAnna(null, null);
        assertThat(team.download(cvPath(cid)).statusCode()).isEqualTo(404);

        byte[] word = CvSamples.docx("Anna de Vries", "Zaaksystemen");
        var replaced = team.post(action(REPLACE, team.get("/vacatures/" + vacancy + "/kandidaten/" + cid).body()),
                new MultipartForm().file("cv-bestand", "anna.docx", word));
        assertThat(replaced.statusCode()).isEqualTo(302);
        assertThat(team.follow(replaced).body()).contains("Cv-bestand anna.docx (", "opgeslagen", "Zaaksystemen");
        assertThat(team.download(cvPath(cid)).body()).isEqualTo(word);

        var bad = team.post(action(REPLACE, team.get("/vacatures/" + vacancy + "/kandidaten/" + cid).body()),
                new MultipartForm().file("cv-bestand", "cv.pdf", CvSamples.text("geen pdf")));
        assertThat(team.follow(bad).body()).contains("Niet opgeslagen: cv-bestand cv.pdf heeft de naam van een .pdf");
        assertThat(team.download(cvPath(cid)).body()).isEqualTo(word);
        assertThat(team.get("/vacatures/" + vacancy + "/beoordeling").body()).contains("cv-bestand toegevoegd")
                .doesNotContain("cv-bestand vervangen");
    }

    @Test
    void refusesACandidateWhoseFileIsBadAndAddsNothing() {
        var form = new MultipartForm().field("naam", "Bram Jansen").field("leverancier", "Flex BV")
                .field("tarief", "25").file("cv-bestand", "bram.html", CvSamples.text("<html><body>cv</body></html>"));
        var answer = team.post(action(ADD, team.get("/vacatures/" + vacancy + "/kandidaten").body()), form);

        assertThat(team.follow(answer).body()).contains("Niet opgeslagen: cv-bestand bram.html is een HTML-bestand");
        assertThat(candidates.list(vacancy, Viewer.user("adviseur"))).isEmpty();
    }

    /** Adds Anna through the form; with no file chosen the browser sends an empty part without a name. */
    private String addAnna(@Nullable String fileName, byte @Nullable [] content) {
        var form = new MultipartForm().field("naam", "Anna de Vries").field("leverancier", "Inhuur BV")
                .field("tarief", "30").field("cv", "").field("beschikbaarheid", "per direct")
                .file("cv-bestand", fileName == null ? "" : fileName, content == null ? new byte[0] : content);
        var answer = team.post(action(ADD, team.get("/vacatures/" + vacancy + "/kandidaten").body()), form);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(team.follow(answer).body()).contains("Kandidaat Anna de Vries toegevoegd.");
        return candidates.list(vacancy, Viewer.user("adviseur")).getFirst().id();
    }

    private String cvPath(String cid) {
        return "/vacatures/" + vacancy + "/kandidaten/" + cid + "/cv";
    }

    private static String action(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("form with the CSRF token in its action").isTrue();
        return FormFields.unescape(m.group(1));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
