package org.vigie.server.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clicks through every page of the real server, in Chromium, over the demo corpus analysed by the real pipeline:
 * each page shows what it should, logs no console error (a script or style the Content-Security-Policy blocked
 * would), and leaves a screenshot under target/screenshots. Pasted hostile markup is shown literally and never runs.
 * Tagged {@code browser} so a quick local run can leave it out ({@code -DexcludedGroups=browser}).
 */
@Tag("browser")
class BrowserPagesTest {
    @TempDir
    static Path dir;
    static DemoSite site;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        driver = browser.driver();
        site = DemoSite.start(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    /** Opens a page and checks the browser reported no error while loading it. */
    static void visit(String path) {
        driver.get(site.url(path));
        assertNoConsoleErrors(path);
    }

    static void assertNoConsoleErrors(String where) {
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), where + " logged errors: " + errors);
    }

    /**
     * Clicks a link or button that leaves the page, and waits until the browser has loaded the next one (a click does
     * not wait). The old page is marked with a window property that the new page does not have: waiting for the clicked
     * element to go stale raced with the navigation, as ChromeDriver may answer "node does not belong to the document"
     * instead of a stale-element error while the old document is being torn down.
     */
    static void follow(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__vigieOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__vigieOldPage === undefined && document.readyState === 'complete';")));
    }

    static void submitIngestForm() {
        follow(driver.findElement(By.cssSelector("form.ingest button[type=submit]")));
    }

    static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    void theSiteOpensOnTheStoriesOfTheDayWithTheDemoCorpus() {
        visit("/");
        assertTrue(h1().startsWith("Stories of "), h1());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.today tbody tr"));
        assertFalse(rows.isEmpty(), "the demo corpus gives stories on its latest day");
        assertFalse(driver.findElements(By.cssSelector("table.more tbody tr")).isEmpty(), "and other stories after them");
        WebElement first = rows.get(0).findElement(By.cssSelector("td a"));
        String title = first.getText();
        browser.screenshot("today");
        follow(first);
        assertNoConsoleErrors("a story");
        assertEquals(title, h1());
    }

    @Test
    void theDocumentListShowsTheWholeDemoCorpus() {
        assertTrue(site.documents > 10, "the demo corpus should give documents, got " + site.documents);
        visit("/documents");
        assertEquals("Documents", h1());
        assertTrue(driver.findElement(By.cssSelector("p.stats")).getText().startsWith(site.documents + " documents"));
        assertFalse(driver.findElements(By.cssSelector("table.documents tbody tr")).isEmpty());
        browser.screenshot("documents");
    }

    @Test
    void aDocumentPageHighlightsItsAnnotations() {
        visit("/documents");
        WebElement first = driver.findElement(By.cssSelector("table.documents tbody tr td:first-child a"));
        String title = first.getText();
        follow(first);
        assertNoConsoleErrors("a document");
        assertEquals(title, h1());
        assertFalse(driver.findElements(By.cssSelector(".doc-text .mark-entity")).isEmpty(), "entities are highlighted");
        assertFalse(driver.findElements(By.cssSelector(".doc-text .block")).isEmpty(), "blocks are shown");
        browser.screenshot("document");
    }

    @Test
    void anEntityPageShowsVariantsRolesChartAndNetwork() {
        visit("/entities");
        assertFalse(driver.findElements(By.cssSelector("table.entities tbody tr")).isEmpty());
        browser.screenshot("entities");
        WebElement top = driver.findElement(By.cssSelector("table.entities tbody tr td:first-child a"));
        String name = top.getText();
        follow(top);
        assertNoConsoleErrors("entity " + name);
        assertTrue(h1().startsWith(name), h1());
        List<WebElement> variants = driver.findElements(By.cssSelector("ul.variants-list li .count"));
        assertFalse(variants.isEmpty(), "variants are listed with counts");
        assertTrue(variants.get(0).getText().matches("×[0-9]+"), variants.get(0).getText());
        assertTrue(driver.findElement(By.cssSelector("ul.roles")).getText().contains("mentioned in documents"));
        // The chart's script sets the marker only after Chart.js, loaded from the server's WebJar, drew the chart.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("mentions-chart")).getDomAttribute("data-drawn")));
        assertTrue(driver.findElement(By.id("mentions-chart")).getSize().getHeight() > 100, "the chart has room");
        assertTrue(driver.findElements(By.cssSelector("svg.network g.node")).size() > 1, "the network shows neighbours");
        assertNoConsoleErrors("entity " + name + " after drawing");
        browser.screenshot("entity");
        WebElement neighbour = driver.findElement(By.cssSelector("svg.network a"));
        follow(neighbour);
        assertNoConsoleErrors("a neighbour in the network");
        assertTrue(driver.getCurrentUrl().contains("/entities/"), driver.getCurrentUrl());
    }

    @Test
    void searchFindsTheMostMentionedEntity() {
        visit("/entities");
        String name = driver.findElement(By.cssSelector("table.entities tbody tr td:first-child a")).getText();
        visit("/search");
        WebElement box = driver.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys(name);
        box.submit();
        assertNoConsoleErrors("search for " + name);
        assertFalse(driver.findElements(By.cssSelector("ol.hits li.hit")).isEmpty(), "hits for " + name);
        assertFalse(driver.findElements(By.cssSelector("aside.facets section.facet")).isEmpty(), "facets are shown");
        browser.screenshot("search");
    }

    @Test
    void theMapDrawsKnownPlacesOnTheWorldOutline() {
        visit("/map");
        assertEquals("Places mentioned", h1());
        List<WebElement> dots = driver.findElements(By.cssSelector("svg.world-map circle.place-dot"));
        assertFalse(dots.isEmpty(), "known places (the tests' article about real places) are on the map");
        assertEquals(dots.size(), driver.findElements(By.cssSelector("table.places tbody tr")).size());
        assertTrue(driver.findElement(By.cssSelector("svg.world-map path.land")).getSize().getWidth() > 600, "the outline is drawn");
        browser.screenshot("map");
        follow(driver.findElement(By.cssSelector("table.places tbody tr td a")));
        assertNoConsoleErrors("a place");
        assertTrue(driver.getCurrentUrl().contains("/entities/"));
    }

    @Test
    void pastedTextIsAnalysedStoredAndShown() {
        visit("/ingest");
        browser.screenshot("ingest");
        String text = "Diplomats from France and Germany met in Geneva on Tuesday, the foreign ministry said.";
        driver.findElement(By.id("ingest-text")).sendKeys(text);
        submitIngestForm();
        assertNoConsoleErrors("the ingest result");
        assertEquals("Ingested", h1());
        browser.screenshot("ingested");
        follow(driver.findElement(By.cssSelector("ul.ingested a")));
        assertNoConsoleErrors("the ingested document");
        assertTrue(driver.findElement(By.cssSelector(".doc-text")).getText().contains("met in Geneva"));
    }

    @Test
    void hostileMarkupIsShownLiterallyAndNeverRuns() {
        String marker = "Vigie hostile test";
        String hostile = marker + ": <script>window.__pwned = 1; document.title = 'pwned';</script>\n"
                + "An image <img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\"> and a link "
                + "<a href=\"javascript:window.__pwned = 3\">click me</a>, then </textarea><script>window.__pwned = 4</script>\n"
                + "and \"><svg onload=\"window.__pwned = 5\"> to close attributes.";
        visit("/ingest");
        // Typed through the real form, as a visitor would paste it.
        driver.findElement(By.id("ingest-text")).sendKeys(hostile);
        submitIngestForm();
        assertNoConsoleErrors("the hostile ingest result");
        assertNotPwned("the ingest result");
        follow(driver.findElement(By.cssSelector("ul.ingested a")));
        assertNoConsoleErrors("the hostile document");
        assertNotPwned("the hostile document");
        String shown = driver.findElement(By.cssSelector(".doc-text")).getText();
        assertTrue(shown.contains("<script>window.__pwned = 1;"), shown);
        assertTrue(shown.contains("<img src=x onerror="), shown);
        assertTrue(shown.contains("</textarea><script>"), shown);
        assertTrue(driver.findElements(By.cssSelector("main img, main script, main iframe, main svg[onload]")).isEmpty(),
                "no element came from the text");
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            assertFalse(a.getDomAttribute("href").toLowerCase().startsWith("javascript:"), a.getDomAttribute("href"));
        }
        browser.screenshot("hostile-document");

        // The same markup ingested as HTML: the ingester keeps the text, nothing of the markup survives to run.
        visit("/ingest");
        driver.findElement(By.id("ingest-text")).sendKeys("<html><head><title>" + marker + " html</title></head><body><p>"
                + hostile + "</p></body></html>");
        driver.findElement(By.cssSelector("input[name=format][value=html]")).click();
        submitIngestForm();
        assertNoConsoleErrors("the hostile HTML ingest result");
        follow(driver.findElement(By.cssSelector("ul.ingested a")));
        assertNoConsoleErrors("the hostile HTML document");
        assertNotPwned("the hostile HTML document");
        assertTrue(driver.findElement(By.cssSelector(".doc-text")).getText().contains(marker));
        browser.screenshot("hostile-html-document");

        // Its entity and search pages show the text too.
        visit("/search?q=" + java.net.URLEncoder.encode("hostile", java.nio.charset.StandardCharsets.UTF_8));
        assertNotPwned("search for the hostile document");
    }

    private static void assertNotPwned(String where) {
        Object flag = ((JavascriptExecutor) driver).executeScript("return typeof window.__pwned === 'undefined' ? null : window.__pwned;");
        assertNull(flag, where + ": a payload ran");
        assertNotEquals("pwned", driver.getTitle(), where);
    }

    @Test
    void theDiscoveredPageGroupsUnknownNamesAndConfirmsOne() {
        visit("/discovered");
        assertEquals("Discovered entities", h1());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.discovered tbody tr"));
        assertFalse(rows.isEmpty(), "the demo corpus names people the knowledge base does not know, in several articles");
        String name = rows.get(0).findElement(By.cssSelector("td:first-child a")).getText();
        browser.screenshot("discovered");
        try {
            follow(rows.get(0).findElement(By.cssSelector("form.confirm button[type=submit]")));
            assertNoConsoleErrors("discovered after confirming");
            assertTrue(driver.findElement(By.cssSelector("p[role=status]")).getText().startsWith("Confirmed " + name),
                    driver.findElement(By.tagName("main")).getText());
            assertTrue(driver.findElement(By.cssSelector("ul.confirmed")).getText().contains(name));
            browser.screenshot("discovered-confirmed");
        } finally {
            // the confirmed entity is in the shared knowledge base now: the other tests analyse with the built-in one
            org.vigie.nlp.kb.KnowledgeBase.useExtensions(List.of());
        }
    }

    @Test
    void everyPageInTheNavigationOpensWithoutErrors() {
        visit("/");
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement a : driver.findElements(By.cssSelector("header.site nav a"))) {
            String href = a.getDomAttribute("href");
            if (href != null && href.startsWith("/") && !href.startsWith("/api/")) paths.add(href);
        }
        assertTrue(paths.containsAll(List.of("/", "/stories", "/documents", "/entities", "/search", "/map", "/ingest")), paths.toString());
        for (String path : paths) {
            visit(path);
            String heading = h1();
            assertFalse(heading.startsWith("Error") || heading.equals("Not found") || heading.equals("Bad request"), path + ": " + heading);
            browser.screenshot("nav" + (path.equals("/") ? "-home" : path.replaceAll("[^A-Za-z0-9]+", "-")));
        }
        assertTrue(Files.isDirectory(Browser.SCREENSHOTS));
    }
}
