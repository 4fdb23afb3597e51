package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end in headless Chromium: browse, sign in, edit, save and look back at the old version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1")
class BrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    BrowseHouse browse;

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
    void editsAProfileAndKeepsTheOldVersionViewable() throws IOException {
        chromium.open("/");
        assertThat(chromium.find(By.tagName("h1")).getText()).isEqualTo("Gemeente Voorbeeldstad");
        chromium.screenshot("home");

        chromium.find(By.linkText("Medewerker Belastingen")).click();
        chromium.waitForHeading("Medewerker Belastingen");
        assertThat(chromium.text()).contains("Resultaatgebieden", "Gedragscompetenties", "Versie 1 van 1");
        chromium.screenshot("profile");

        chromium.find(By.linkText("Bewerken")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("/login"));
        chromium.find(By.id("username")).sendKeys("adviseur");
        chromium.find(By.id("password")).sendKeys("welkom");
        chromium.find(By.cssSelector("form .button[type=submit]")).click();
        chromium.waitForHeading("Profiel bewerken");
        chromium.screenshot("edit");

        WebElement title = chromium.find(By.id("f-title"));
        title.clear();
        title.sendKeys("Medewerker Belastingen en Invordering");
        chromium.find(By.id("f-note")).sendKeys("Titel in lijn met de afdeling");
        chromium.click(By.xpath("//button[normalize-space()='Opslaan als nieuwe versie']"));

        chromium.waitForHeading("Medewerker Belastingen en Invordering");
        assertThat(chromium.text()).contains("Opgeslagen als versie 2.", "Versie 2 van 2", "Titel in lijn met de afdeling");
        chromium.screenshot("after-save");

        chromium.find(By.linkText("Versiegeschiedenis")).click();
        chromium.find(By.linkText("Bekijk versie 1")).click();
        chromium.waitForHeading("Medewerker Belastingen");
        assertThat(chromium.text()).contains("U bekijkt versie 1; de nieuwste is versie 2.");
        assertThat(browse.history("VS-2040")).hasSize(2);
        chromium.screenshot("version-1");
    }

    @Test
    void explainsTheChosenBehaviourLevelAndSwitchesTabsWhileEditing() throws IOException {
        chromium.signIn("adviseur", "welkom");
        chromium.open("/profielen/VS01.01.04/bewerken");

        new Select(chromium.find(By.id("f-level-0"))).selectByValue("A");

        WebElement preview = chromium.driver().findElements(By.cssSelector(".comp-preview")).getFirst();
        chromium.waiting().until(ExpectedConditions.textToBePresentInElement(preview, "niveau A"));
        chromium.click(By.id("tab-json"));
        assertThat(chromium.find(By.id("f-json")).isDisplayed()).isTrue();
        assertThat(chromium.find(By.id("f-title")).isDisplayed()).isFalse();
        chromium.click(By.id("tab-velden"));
        assertThat(chromium.find(By.id("f-title")).isDisplayed()).isTrue();
        chromium.screenshot("edit-preview");
    }

    @Test
    void fitsANarrowPhoneScreen() throws IOException {
        chromium.resize(375, 812);
        for (String path : new String[] {"/", "/profielen/VS-3100", "/woordenboek/voorbeeldstad", "/login"}) {
            chromium.open(path);
            long overflow = (Long) chromium.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = chromium.script("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .filter(e => !e.parentElement.closest('.table-wrap'))
                        .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');""");
            assertThat(overflow).as("horizontal overflow of %s at 375px, caused by %s", path, wide)
                    .isLessThanOrEqualTo(0L);
        }
        chromium.open("/");
        chromium.screenshot("home-phone");
    }
}
