package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploading in headless Chromium, starting from an empty house: pick two seed documents, watch the
 * upload, read the report. Then every kind of imported seed profile, wide and on a 375 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:import-browser-it;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBrowserIT {
    private static final int PHONE = 375;
    /** Remembers, across the navigation to the report, that the progress bar was shown. */
    private static final String WATCH_PROGRESS = """
            sessionStorage.removeItem('sawProgress');
            const box = document.getElementById('upload-progress');
            new MutationObserver(() => { if (!box.hidden) sessionStorage.setItem('sawProgress', 'yes'); })
                .observe(box, {attributes: true});""";

    @LocalServerPort
    int port;

    @Autowired
    ImportDocuments importer;

    Chromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = new Chromium(port);
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void uploadsTwoDocumentsWithProgressAndShowsTheReport() throws IOException {
        chromium.signIn("adviseur", "welkom");
        chromium.open("/");
        assertThat(chromium.text()).contains("Nog geen functieprofielen — importeer uw documenten");
        chromium.screenshot("import-empty-home");

        chromium.click(By.linkText("Documenten importeren"));
        chromium.waitForHeading("Documenten importeren");
        String files = SharedSeeds.seed(SharedSeeds.BOOKLET).toAbsolutePath().normalize() + "\n"
                + SharedSeeds.seed(SharedSeeds.UWV).toAbsolutePath().normalize();
        chromium.find(By.id("bestanden")).sendKeys(files);
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-list"),
                SharedSeeds.fileName(SharedSeeds.UWV)));
        assertThat(chromium.find(By.id("file-total")).getText()).startsWith("2 bestanden, samen");
        chromium.screenshot("import-form");

        chromium.script(WATCH_PROGRESS);
        chromium.click(By.id("upload-submit"));
        chromium.waitForHeading("Importverslag");

        assertThat(chromium.driver().getCurrentUrl()).endsWith("/importeren/rapport");
        assertThat(chromium.script("return sessionStorage.getItem('sawProgress');")).isEqualTo("yes");
        assertThat(chromium.text()).contains("2 geïmporteerd, 0 ongewijzigd, 0 mislukt",
                SharedSeeds.fileName(SharedSeeds.BOOKLET), "N06.01.02", "Medewerker Invorderen",
                "Waarschuwingen en overgeslagen tekst");
        chromium.screenshot("import-report");
        chromium.script("document.querySelectorAll('details').forEach(d => d.open = true);");
        assertThat(chromium.text()).contains("regel 16");
        chromium.phone(PHONE);
        assertThat(chromium.overflow()).as("report overflows at %d px: %s", PHONE, chromium.overflowing())
                .isLessThanOrEqualTo(0L);
        chromium.phoneScreenshot("import-report-phone", PHONE);
        chromium.desktop();

        chromium.click(By.partialLinkText("N06.01.02"));
        chromium.waitForHeading("Medewerker Publiek I");
    }

    @Test
    @Order(2)
    void showsEveryKindOfImportedSeedProfileWideAndOnAPhone() throws IOException {
        for (String seed : List.of(SharedSeeds.BOOKLET, SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING)) {
            assertThat(importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "adviseur", false)
                    .failed()).isFalse();
        }
        String generic = importGeneric();
        List<String> pages = List.of("N06.01.02", "N06.01.06-VP-I", "1397", "3007", generic);
        List<String> names = List.of("norm", "enriched", "organisation", "levelled", "generic");
        List<String> titles = List.of("Medewerker Publiek I", "Medewerker Publiek III", "Medewerker Invorderen",
                "Klantadviseur", "Functieprofiel Beleidsmedewerker Wonen");
        for (int i = 0; i < pages.size(); i++) {
            chromium.open("/profielen/" + pages.get(i));
            assertThat(chromium.find(By.tagName("h1")).getText()).isEqualTo(titles.get(i));
            chromium.script("document.querySelectorAll('details').forEach(d => d.open = true);");
            chromium.screenshot("seed-" + names.get(i));
            chromium.phone(PHONE);
            assertThat(chromium.overflow()).as("%s overflows at %d px: %s", pages.get(i), PHONE, chromium.overflowing())
                    .isLessThanOrEqualTo(0L);
            chromium.phoneScreenshot("seed-" + names.get(i) + "-phone", PHONE);
            chromium.desktop();
        }
        chromium.open("/");
        chromium.screenshot("seed-home");
        chromium.phone(PHONE);
        assertThat(chromium.overflow()).as("home overflows at %d px: %s", PHONE, chromium.overflowing())
                .isLessThanOrEqualTo(0L);
        chromium.phoneScreenshot("seed-home-phone", PHONE);
    }

    /** A small profile in a layout no genre knows, written for this test: it is kept as a generic profile. */
    private String importGeneric() {
        String text = """
                Functieprofiel Beleidsmedewerker Wonen

                Doel
                Schrijft voorstellen voor het woonbeleid en legt ze voor aan het college.
                Houdt bij hoe de woningmarkt zich ontwikkelt.

                Taken
                - Voorstellen schrijven
                - Overleggen met woningcorporaties
                - Cijfers over de woningmarkt bijhouden
                """;
        ImportOutcome outcome = importer.importDocument("wonen.txt", text.getBytes(StandardCharsets.UTF_8), "adviseur",
                false);
        assertThat(outcome.kind()).isEqualTo("GENERIC");
        return outcome.items().getFirst().key();
    }
}
