package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium: browse, sign in, edit, save and look back at the old version.
 * Screenshots go to target/screenshots. Needs the Debian packages chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1")
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    BrowseHouse browse;

    ChromeDriverService service;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() throws IOException {
        assertThat(CHROMIUM).as("BrowserIT needs Chromium at %s: apt-get install chromium", CHROMIUM).isExecutable();
        assertThat(DRIVER).as("BrowserIT needs chromedriver at %s: apt-get install chromium-driver", DRIVER).isExecutable();
        demo.loadIfEmpty();
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void editsAProfileAndKeepsTheOldVersionViewable() throws IOException {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gemeente Voorbeeldstad");
        screenshot("home");

        driver.findElement(By.linkText("Medewerker Belastingen")).click();
        waitForHeading("Medewerker Belastingen");
        assertThat(text()).contains("Resultaatgebieden", "Gedragscompetenties", "Versie 1 van 1");
        screenshot("profile");

        driver.findElement(By.linkText("Bewerken")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys("adviseur");
        driver.findElement(By.id("password")).sendKeys("welkom");
        driver.findElement(By.cssSelector("form .button[type=submit]")).click();
        waitForHeading("Profiel bewerken");
        screenshot("edit");

        WebElement title = driver.findElement(By.id("f-title"));
        title.clear();
        title.sendKeys("Medewerker Belastingen en Invordering");
        driver.findElement(By.id("f-note")).sendKeys("Titel in lijn met de afdeling");
        driver.findElement(By.xpath("//button[normalize-space()='Opslaan als nieuwe versie']")).click();

        waitForHeading("Medewerker Belastingen en Invordering");
        assertThat(text()).contains("Opgeslagen als versie 2.", "Versie 2 van 2", "Titel in lijn met de afdeling");
        screenshot("after-save");

        driver.findElement(By.linkText("Versiegeschiedenis")).click();
        driver.findElement(By.linkText("Bekijk versie 1")).click();
        waitForHeading("Medewerker Belastingen");
        assertThat(text()).contains("U bekijkt versie 1; de nieuwste is versie 2.");
        assertThat(browse.history("VS-2040")).hasSize(2);
        screenshot("version-1");
    }

    @Test
    void explainsTheChosenBehaviourLevelWhileEditing() throws IOException {
        open("/login");
        driver.findElement(By.id("username")).sendKeys("adviseur");
        driver.findElement(By.id("password")).sendKeys("welkom");
        driver.findElement(By.id("password")).submit();
        open("/profielen/VS01.01.04/bewerken");

        new Select(driver.findElement(By.id("f-level-0"))).selectByValue("A");

        WebElement preview = driver.findElements(By.cssSelector(".comp-preview")).getFirst();
        wait.until(ExpectedConditions.textToBePresentInElement(preview, "niveau A"));
        click(By.id("tab-json"));
        assertThat(driver.findElement(By.id("f-json")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("f-title")).isDisplayed()).isFalse();
        click(By.id("tab-velden"));
        screenshot("edit-preview");
    }

    @Test
    void fitsANarrowPhoneScreen() throws IOException {
        driver.manage().window().setSize(new Dimension(375, 812));
        for (String path : new String[] {"/", "/profielen/VS-3100", "/woordenboek/voorbeeldstad", "/login"}) {
            open(path);
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = ((JavascriptExecutor) driver).executeScript("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .filter(e => !e.parentElement.closest('.table-wrap'))
                        .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');""");
            assertThat(overflow).as("horizontal overflow of %s at 375px, caused by %s", path, wide)
                    .isLessThanOrEqualTo(0L);
        }
        open("/");
        screenshot("home-phone");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Clicks after scrolling the element to the middle of the window, clear of the sticky header. */
    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void waitForHeading(String heading) {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A full-page screenshot: the window is made as tall as the page for the shot. */
    private void screenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(size.getHeight(), height + 100)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        driver.manage().window().setSize(size);
    }
}
