package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh app with the demo house in headless Chromium: the Vacatures page lists the demo vacancy, a reader
 * sees numbered candidates only, and beoordelaar sees the ranking with explanations and confirms it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-evaluation-browser-it;DB_CLOSE_DELAY=-1")
class DemoEvaluationBrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    Chromium chromium;

    @BeforeEach
    void start() throws IOException {
        demo.loadIfEmpty();
        chromium = new Chromium(port);
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void showsTheDemoRankingToReadersAsNumberedCandidatesOnly() {
        chromium.open("/vacatures");
        chromium.waitForHeading("Vacatures");
        chromium.find(By.linkText("Medewerker Belastingen")).click();
        chromium.waitForHeading("Medewerker Belastingen");
        assertThat(chromium.find(By.id("aanbod")).getText()).contains("FSK 7", "€ 45 – € 60", "30% prijs / 70% kwaliteit",
                "week 8");

        chromium.open("/vacatures/" + LoadDemo.vacancyId() + "/beoordeling");
        chromium.waitForHeading("Medewerker Belastingen");

        String ranking = chromium.find(By.id("ranglijst")).getText();
        assertThat(ranking).contains("Kandidaat 1", "86,66", "85,89", "78,46").doesNotContain("Sanne de Wit");
        assertThat(chromium.text()).doesNotContain("Dirk Verbeek", "tarief € 64");
    }

    @Test
    void letsTheSecondAssessorReadTheExplainedRankingAndConfirmIt() throws IOException {
        chromium.signIn("beoordelaar", "welkom");
        chromium.open("/vacatures/" + LoadDemo.vacancyId() + "/beoordeling");
        chromium.waitForHeading("Medewerker Belastingen");

        String ranking = chromium.find(By.id("ranglijst")).getText();
        assertThat(ranking.indexOf("Sanne de Wit")).isLessThan(ranking.indexOf("Marloes Jansen"));
        assertThat(ranking.indexOf("Marloes Jansen")).isLessThan(ranking.indexOf("Youssef Amrani"));
        assertThat(chromium.find(By.id("ranglijst")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(chromium.find(By.id("uitsluitingen")).getText())
                .contains("Dirk Verbeek: tarief € 64 boven maximum € 60");
        chromium.click(By.cssSelector("#uitleg-1 summary"));
        assertThat(chromium.find(By.id("uitleg-1")).getText()).contains("Wens 1", "Integriteit",
                "Totaal: 30% × 91,43 + 70% × 84,62 = 86,66");
        assertThat(chromium.find(By.id("niet-bevestigd")).isDisplayed()).isTrue();
        chromium.screenshot("demo-evaluation");
        chromium.screenshotTop("demo-evaluation-top", 1680);

        chromium.click(By.id("bevestigen"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bevestigd")));

        assertThat(chromium.find(By.id("bevestigd")).getText()).contains("bevestigd door beoordelaar");
    }
}
