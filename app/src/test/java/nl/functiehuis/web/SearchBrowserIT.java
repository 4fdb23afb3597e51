package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Searching in headless Chromium: from the header box, results while typing, a facet ticked, on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:search-browser-it;DB_CLOSE_DELAY=-1")
class SearchBrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    Chromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        demo.loadIfEmpty();
        chromium = new Chromium(port);
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void showsResultsWhileTypingAndFiltersOnATickedFacet() throws IOException {
        chromium.open("/");
        chromium.find(By.id("site-zoek")).sendKeys("medewerker" + Keys.ENTER);
        chromium.waitForHeading("Zoeken in het functiehuis");
        assertThat(chromium.find(By.id("zoekstatus")).getText()).endsWith("gevonden voor ‘medewerker’.");

        var box = chromium.find(By.id("zoek-q"));
        box.clear();
        box.sendKeys("kwijtsch");
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("zoekstatus"), "1 profiel gevonden voor ‘kwijtsch’."));
        assertThat(chromium.find(By.cssSelector("#zoekresultaten .hit-title")).getText()).isEqualTo("Medewerker Belastingen");
        assertThat(chromium.find(By.cssSelector("#zoekresultaten .snippet mark")).getText()).startsWithIgnoringCase("kwijtsch");
        assertThat(chromium.driver().getCurrentUrl()).endsWith("/zoeken?q=kwijtsch");
        assertThat(chromium.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("zoek-q");

        box.clear();
        box.sendKeys("klant");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("zoekstatus"), "‘klant’"));
        chromium.click(By.xpath("//label[contains(., 'Prognose')]"));
        chromium.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#zoekresultaten .hit"), 1));
        assertThat(chromium.find(By.cssSelector("#zoekresultaten .hit-title")).getText()).isEqualTo("Klantbegeleider");
        assertThat(chromium.driver().getCurrentUrl()).endsWith("/zoeken?q=klant&status=Prognose");
        assertThat(chromium.script("return document.querySelectorAll('#zoekresultaten').length;")).isEqualTo(1L);
        chromium.screenshot("search");

        chromium.resize(375, 800);
        assertThat((Boolean) chromium.script("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        chromium.screenshot("search-phone");
    }
}
