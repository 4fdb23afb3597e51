package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import nl.functiehuis.HiringVacancy;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.publish.PdfPages;
import nl.functiehuis.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium on the 003 request: sign in, add three candidates (one at € 36), judge the
 * eisen and score wishes and competencies of two, read the ranking and download the award PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:evaluation-browser-it;DB_CLOSE_DELAY=-1",
        "functiehuis.users=adviseur=welkom,beoordelaar=welkom"})
class EvaluationBrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    @Autowired
    Vacancies vacancies;

    Chromium chromium;
    String vacancy;

    @BeforeEach
    void start() throws IOException {
        vacancy = HiringVacancy.fresh(importer, vacancies);
        chromium = new Chromium(port);
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void scoresTwoCandidatesRanksThemAndDownloadsTheAwardPdf() throws IOException {
        chromium.signIn("adviseur", "welkom");
        add("Anna de Vries", "30");
        add("Bram Jansen", "25");
        add("Dirk Smit", "36");
        assertThat(chromium.find(By.id("kandidaten")).getText()).contains("Anna de Vries", "€ 25", "Dirk Smit");
        chromium.screenshot("evaluation-candidates");

        // Anna: wishes 8+6+10 = 24, competencies 8 × 4 = 32 → 56/70 = 80.00; price 25*100/30 = 83.33 → total 81.00
        // Bram: wishes 5+5+5 = 15, competencies 8 × 3 = 24 → 39/70 = 55.71; price 100 → total 69.00
        score("Anna de Vries", new String[] {"8", "6", "10"}, "4");
        score("Bram Jansen", new String[] {"5", "5", "5"}, "3");
        chromium.screenshot("evaluation-candidate");

        chromium.open("/vacatures/" + vacancy + "/beoordeling");
        chromium.waitForHeading("Administratief ondersteuner beheer");
        String ranking = chromium.find(By.id("ranglijst")).getText();
        assertThat(ranking.indexOf("Anna de Vries")).isLessThan(ranking.indexOf("Bram Jansen"));
        assertThat(ranking).contains("81,00", "69,00");
        assertThat(chromium.find(By.id("uitsluitingen")).getText()).contains("Dirk Smit: tarief € 36 boven maximum € 35");
        assertThat(chromium.find(By.id("niet-bevestigd")).isDisplayed()).isTrue();
        chromium.screenshot("evaluation-ranking");

        byte[] pdf = download("/vacatures/" + vacancy + "/gunningsadvies.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var pages = PdfPages.render(pdf, Path.of("target", "screenshots"), "gunningsadvies");
        assertThat(pages).isNotEmpty();
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsIgnoringCase("gunningsadvies");
        assertThat(text).contains("Anna de Vries", "81,00",
                "Dirk Smit: tarief € 36 boven maximum € 35", "Nog niet definitief");
    }

    private void add(String name, String rate) {
        chromium.open("/vacatures/" + vacancy + "/kandidaten");
        chromium.find(By.id("naam")).sendKeys(name);
        chromium.find(By.id("leverancier")).sendKeys("Inhuur BV");
        chromium.find(By.id("tarief")).sendKeys(rate);
        chromium.find(By.id("bewijs-1")).sendKeys("diploma mbo 4");
        chromium.click(By.cssSelector("#toevoegen + form button[type=submit]"));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), name));
    }

    private void score(String name, String[] wishes, String competency) {
        chromium.open("/vacatures/" + vacancy + "/kandidaten");
        chromium.click(By.linkText(name));
        chromium.waitForHeading(name);
        for (int eis = 1; eis <= 6; eis++) {
            new Select(chromium.find(By.id("oordeel-" + eis))).selectByValue("VOLDAAN");
            submit("#eis-" + eis, "eis " + eis);
        }
        for (int w = 1; w <= wishes.length; w++) {
            chromium.find(By.id("wens-punten-" + w)).sendKeys(wishes[w - 1]);
            submit("#wens-" + w, "wens " + w);
        }
        for (int c = 1; c <= 8; c++) {
            chromium.find(By.id("competentie-punten-" + c)).sendKeys(competency);
            submit("#competentie-" + c, "competentie " + c);
        }
    }

    private void submit(String section, String what) {
        chromium.click(By.cssSelector(section + " button[type=submit]"));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), what));
    }

    private byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const bytes = new Uint8Array(b);
                  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                  done(btoa(s));
                });""", path);
        return Base64.getDecoder().decode((String) base64);
    }
}
