package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages chromium and chromium-driver, on a fresh profile under
 * target/. Fails (does not skip) when they are missing. Screenshots go to target/screenshots.
 */
final class Chromium implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String base;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;

    Chromium(int port) throws IOException {
        assertThat(BINARY).as("BrowserIT needs Chromium at %s: apt-get install chromium", BINARY).isExecutable();
        assertThat(DRIVER).as("BrowserIT needs chromedriver at %s: apt-get install chromium-driver", DRIVER).isExecutable();
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
        base = "http://localhost:" + port;
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks after scrolling the element to the middle of the window, clear of the sticky header. */
    void click(By by) {
        WebElement element = driver.findElement(by);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void signIn(String user, String password) {
        open("/login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        find(By.id("password")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void waitForHeading(String heading) {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    String text() {
        return find(By.tagName("body")).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Lays the page out as on a phone {@code width} px wide, which a desktop window cannot be made (Chromium
     * keeps windows at least about 500 px wide); {@link #desktop()} ends it.
     */
    void phone(int width) {
        emulate(width, 812);
    }

    void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** How far the page sticks out to the right of the viewport, in px (0 when it fits). */
    long overflow() {
        return (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** The first few elements that stick out to the right, outside scrollable tables, to name in a failure. */
    Object overflowing() {
        return script("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .filter(e => !e.parentElement.closest('.table-wrap'))
                    .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');""");
    }

    /** A full-page screenshot of the phone layout of {@link #phone(int)}. */
    void phoneScreenshot(String name, int width) throws IOException {
        long height = (Long) script("return document.documentElement.scrollHeight;");
        emulate(width, (int) height);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        phone(width);
    }

    private void emulate(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** A full-page screenshot: the window is made as tall as the page for the shot. */
    void screenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight;");
        resize(size.getWidth(), (int) Math.max(size.getHeight(), height + 100));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        resize(size.getWidth(), size.getHeight());
    }

    /** A screenshot of the top {@code height} px of the page, for the docs: the window is set to that height. */
    void screenshotTop(String name, int height) throws IOException {
        Dimension size = driver.manage().window().getSize();
        resize(size.getWidth(), height);
        script("window.scrollTo(0, 0);");
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        resize(size.getWidth(), size.getHeight());
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
