package org.vigie.server.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium driven headless through its chromedriver, both found at fixed paths (or VIGIE_CHROMIUM and
 * VIGIE_CHROMEDRIVER) so Selenium Manager never looks for, or downloads, anything. Without them the browser tests
 * are skipped, except under CI=true where they fail: .ci/browser.sh installs them.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_SHOT_HEIGHT = 4000;

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        Path chromium = Path.of(env("VIGIE_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("VIGIE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String message = "browser tests need " + chromium + " and " + chromedriver + " (Debian packages chromium and "
                    + "chromium-driver; run .ci/browser.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(message + ", and CI=true");
            // Surefire shows an aborted @BeforeAll only as zero tests run, so say why where a person will see it.
            System.err.println("skipped: " + message);
            Assumptions.abort("skipped: " + message);
        }
        try {
            Path profile = Files.createTempDirectory("vigie-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=en");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    WebDriver driver() {
        return driver;
    }

    /** Console messages at error level since the last call (reading the log empties it). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves the whole page (up to {@value #MAX_SHOT_HEIGHT} pixels high) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            if (height > window.getHeight()) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, MAX_SHOT_HEIGHT)));
            }
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
