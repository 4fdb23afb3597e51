package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 003 hiring request in headless Chromium: read it from the list, edit it, and on a phone screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:vacancy-browser-it;DB_CLOSE_DELAY=-1")
class VacancyBrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    ImportDocuments importer;

    @Autowired
    BrowseVacancies vacancies;

    Chromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        demo.loadIfEmpty();
        importer.importDocument(SharedSeeds.fileName(SharedSeeds.HIRING), SharedSeeds.bytes(SharedSeeds.HIRING), "test", false);
        chromium = new Chromium(port);
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void readsTheHiringRequestFromTheListAndEditsIt() throws IOException {
        chromium.open("/");
        chromium.find(By.linkText("Vacatures")).click();
        chromium.waitForHeading("Vacatures");
        chromium.find(By.linkText("Administratief ondersteuner beheer")).click();
        chromium.waitForHeading("Administratief ondersteuner beheer");

        assertThat(chromium.find(By.id("aanbod")).getText()).contains("FSK 6", "30% prijs / 70% kwaliteit",
                "€ 23 – € 35", "2", "36 uur", "6 maanden + 3 × 6 maanden", "week 39");
        assertThat(chromium.find(By.id("taken")).findElements(By.tagName("li"))).hasSize(10);
        assertThat(chromium.find(By.id("taken")).findElements(By.className("badge"))).hasSize(2);
        assertThat(chromium.find(By.id("eisen")).findElements(By.cssSelector("tbody tr"))).hasSize(6);
        assertThat(chromium.find(By.id("wensen")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(chromium.find(By.id("competenties")).findElements(By.tagName("dt"))).hasSize(8);
        chromium.screenshot("vacancy");

        chromium.signIn("adviseur", "welkom");
        chromium.open("/vacatures");
        chromium.find(By.linkText("Administratief ondersteuner beheer")).click();
        chromium.waitForHeading("Administratief ondersteuner beheer");
        chromium.click(By.linkText("Bewerken"));
        chromium.waitForHeading("Vacature bewerken");
        var hours = chromium.find(By.id("f-hoursPerWeek"));
        hours.clear();
        hours.sendKeys("32");
        chromium.screenshot("vacancy-edit");
        chromium.click(By.cssSelector("#vacancy-form .actions button[type=submit]"));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.className("flash"), "revisie 2"));

        assertThat(chromium.find(By.id("aanbod")).getText()).contains("32 uur");
        assertThat(vacancies.list().getFirst().vacancy().tasks()).filteredOn(t -> t.future()).hasSize(2);
    }

    @Test
    void makesAVacancyFromADemoProfileAndFillsInTheTerms() throws IOException {
        chromium.signIn("adviseur", "welkom");
        chromium.open("/profielen/VS-2040");
        chromium.waitForHeading("Medewerker Belastingen");
        chromium.click(By.xpath("//button[normalize-space()='Vacature maken']"));
        chromium.waitForHeading("Vacature bewerken");
        type("f-headcount", "1");
        type("f-hoursPerWeek", "32");
        type("f-durationMonths", "12");
        type("f-extensionCount", "2");
        type("f-extensionMonths", "6");
        type("f-tariffMin", "48");
        type("f-tariffMax", "62,50");
        type("f-pricePercent", "40");
        type("f-qualityPercent", "60");
        type("f-verificationWeek", "14");
        type("f-wishes-0-text", "Ervaring met het heffen en innen van gemeentelijke belastingen");
        type("f-wishes-0-maxPoints", "20");
        type("f-wishes-0-scoringGuide", "5 punten per jaar ervaring, tot 20");
        chromium.click(By.cssSelector("#vacancy-form .actions button[type=submit]"));
        chromium.waitForHeading("Medewerker Belastingen");

        assertThat(chromium.find(By.id("aanbod")).getText()).contains("FSK 7", "€ 48 – € 62,50", "40% prijs / 60% kwaliteit",
                "12 maanden + 2 × 6 maanden", "week 14", "32 uur");
        assertThat(chromium.find(By.id("wensen")).getText()).contains("20");
        assertThat(chromium.text()).contains("Profiel VS-2040 versie 1");
        chromium.screenshot("vacancy-demo");
    }

    private void type(String id, String text) {
        var input = chromium.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void fitsANarrowPhoneScreen() {
        String id = vacancies.list().getFirst().id();
        chromium.signIn("adviseur", "welkom");
        chromium.resize(375, 812);
        for (String path : new String[] {"/vacatures", "/vacatures/" + id, "/vacatures/" + id + "/bewerken"}) {
            chromium.open(path);
            Object wide = chromium.script("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .filter(e => !e.parentElement.closest('.table-wrap'))
                        .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');""");
            long overflow = (Long) chromium.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow of %s at 375px, caused by %s", path, wide).isLessThanOrEqualTo(0L);
        }
    }
}
