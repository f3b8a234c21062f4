package org.vigie.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.ingest.fetch.AddressPolicy;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.monitor.TestSite.Page;

class MonitorTest {
    static final Duration INTERVAL = Duration.ofMinutes(10);

    @TempDir
    Path dir;
    final VirtualTime time = new VirtualTime();
    DocumentStore store;
    AnalysingIngest ingest;
    Monitor monitor;
    TestSite site;
    final List<TestSite> others = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = DocumentStore.open(dir.resolve("data"));
        ingest = new AnalysingIngest(store, TinyAnalysis.pipeline(), new StoryAssigner(new StoryIndex()));
        monitor = open();
        site = new TestSite();
        site.put("/robots.txt", Page.of(200, "text/plain", "User-agent: *\nDisallow: /private/\n"))
                .put("/news/threat", Page.html("Russia threatens Norway",
                        "Russia threatens Norway over the Arctic exercise. Officials counted 50 000 troops near the border."))
                .put("/news/quote", Page.html("Stoltenberg on the alliance",
                        "“We will defend every ally”, said Jens Stoltenberg at the summit in Oslo."))
                .put("/news/old-path", Page.redirect("/news/moved"))
                .put("/news/moved", Page.html("Harbour reopens", "The northern harbour reopened on Tuesday after repairs to the pier."))
                .put("/private/memo", Page.html("Memo", "Internal memo that robots.txt keeps out."))
                .put("/news/huge", new Page(200, "text/html", new byte[6 * 1024 * 1024], Map.of(), null))
                .put("/secret", Page.of(200, "text/plain", "SECRET"));
        site.put("/feed.xml", Page.of(200, "application/rss+xml", TestSite.rss(site.url("/news/threat"), site.url("/news/quote"),
                site.url("/news/old-path"), site.url("/private/memo"), site.url("/news/huge"), site.url("/news/missing"),
                "http://10.0.0.5/news/private-net", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd")).withEtag("\"v1\""));
        monitor.addSource(new Source("site-a", SourceKind.FEED, site.url("/feed.xml"), "Site A", INTERVAL, true));
    }

    Monitor open() {
        MonitorOptions options = MonitorOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())
                .withTime(time, time::sleep).withPoliteness(Duration.ofSeconds(1)).withWebhooks(2, Duration.ofSeconds(5));
        return Monitor.open(dir.resolve("data"), options, TinyAnalysis::read, ingest);
    }

    @AfterEach
    void tearDown() {
        if (monitor != null) monitor.close();
        if (store != null) store.close();
        if (site != null) site.close();
        others.forEach(TestSite::close);
    }

    void secondVersionOfTheFeed(String etag) {
        site.put("/news/threat-copy", new Page(200, "text/html", ("<html><head><title>Copy</title><meta name=x></head><body><div>"
                + "Russia threatens Norway over the Arctic exercise. Officials counted 50 000 troops near the border.</div></body></html>")
                .getBytes(StandardCharsets.UTF_8), Map.of(), null));
        site.put("/news/troops-1", Page.html("Build-up reported", "Officials said 120 000 troops were massed near the border of Norway on Wednesday."));
        site.put("/news/troops-2", Page.html("Satellite images", "Satellite images of the camps put the force at 120 000 troops, a second report said."));
        site.put("/news/menace", Page.html("La Russie menace la Finlande", "La Russie menace la Finlande après les manœuvres de la semaine."));
        site.put("/feed.xml", Page.of(200, "application/rss+xml", TestSite.rss(site.url("/news/threat"), site.url("/news/quote"),
                site.url("/news/old-path"), site.url("/news/threat-copy"), site.url("/news/troops-1"), site.url("/news/troops-2"),
                site.url("/news/menace"))).withEtag(etag));
    }

    List<String> storedTitles() {
        return store.list(0, 100).stream().map(DocumentSummary::title).sorted().toList();
    }

    @Test
    void everyNewArticleIsIngestedOnceThroughChangesErrorsAndARestart() throws Exception {
        List<PollReport> first = monitor.pollDue();
        assertEquals(1, first.size());
        assertEquals(PollReport.Status.OK, first.get(0).status());
        assertEquals(3, first.get(0).newDocuments());
        assertEquals(List.of("Harbour reopens", "Russia threatens Norway", "Stoltenberg on the alliance"), storedTitles());
        assertEquals(1, site.count("/robots.txt"));
        assertEquals(0, site.count("/private/memo"), "robots.txt disallows it");
        assertEquals(Map.of("refused", 2L), outcomes("http://10.0.0.5/news/private-net", "http://169.254.169.254/latest/meta-data/"));
        assertEquals("robots", monitor.urlOutcome(site.url("/private/memo")).orElseThrow());
        assertEquals("too-large", monitor.urlOutcome(site.url("/news/huge")).orElseThrow());
        assertEquals("http-404", monitor.urlOutcome(site.url("/news/missing")).orElseThrow());
        assertTrue(monitor.urlOutcome("file:///etc/passwd").isEmpty(), "a file: link is not even considered");

        assertEquals(List.of(), monitor.pollDue(), "not due before its interval");
        time.advance(INTERVAL);
        PollReport unchanged = monitor.pollDue().get(0);
        assertEquals(PollReport.Status.NOT_MODIFIED, unchanged.status());
        assertEquals(1, site.count("/news/threat"));

        secondVersionOfTheFeed("\"v2\"");
        time.advance(INTERVAL);
        PollReport second = monitor.pollDue().get(0);
        assertEquals(3, second.newDocuments(), "the copy of an ingested article is recognised by its text");
        assertEquals(1, second.duplicates());
        assertEquals("duplicate", monitor.urlOutcome(site.url("/news/threat-copy")).orElseThrow());

        site.put("/feed.xml", Page.of(500, "text/plain", "down"));
        time.advance(INTERVAL);
        assertEquals(PollReport.Status.FAILED, monitor.pollDue().get(0).status());
        time.advance(INTERVAL);
        assertEquals(List.of(), monitor.pollDue(), "a failing source backs off beyond its interval");
        time.advance(INTERVAL);
        site.put("/feed.xml", Page.of(200, "application/rss+xml", """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "%s"><!ENTITY file SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&leak;&file;</title><link>%s</link></item></channel></rss>"""
                .formatted(site.url("/secret"), site.url("/news/hostile"))));
        PollReport hostile = monitor.pollDue().get(0);
        assertEquals(PollReport.Status.FAILED, hostile.status());
        assertTrue(hostile.message().contains("DOCTYPE"), hostile.message());
        assertEquals(0, site.count("/secret"), "an external entity must not be fetched");
        assertEquals(0, site.count("/news/hostile"));
        SourceHealth failing = monitor.health("site-a").orElseThrow();
        assertEquals("failing", failing.status());
        assertEquals(2, failing.consecutiveFailures());
        assertTrue(failing.lastErrorMessage().contains("DOCTYPE"));

        monitor.close();
        monitor = open();
        secondVersionOfTheFeed("\"v3\"");
        time.advance(Duration.ofHours(2));
        PollReport afterRestart = monitor.pollDue().get(0);
        assertEquals(PollReport.Status.OK, afterRestart.status());
        assertEquals(0, afterRestart.newDocuments(), "seen URLs survive a restart");
        for (String path : List.of("/news/threat", "/news/quote", "/news/moved", "/news/troops-1", "/news/troops-2", "/news/menace", "/news/threat-copy")) {
            assertEquals(1, site.count(path), path + " must be fetched exactly once");
        }
        assertEquals(6, store.stats().documents());
        SourceHealth ok = monitor.health("site-a").orElseThrow();
        assertEquals("ok", ok.status());
        assertEquals(6, ok.documents());
        assertEquals(6, ok.itemsLast24h());
        assertNotNull(ok.lastSuccess());
        assertNotNull(ok.lastError());
    }

    Map<String, Long> outcomes(String... urls) {
        return java.util.Arrays.stream(urls).map(u -> monitor.urlOutcome(u).orElse("(none)"))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    @Test
    void aFeedListedTwiceAndAnUnchangedFeedAreNotFetchedAgainNeedlessly() throws Exception {
        monitor.addSource(new Source("site-a-again", SourceKind.FEED, site.url("/feed.xml"), null, INTERVAL, true));
        monitor.pollDue();
        assertEquals(1, site.count("/news/threat"), "two sources listing one article fetch it once");
        assertEquals(3, store.stats().documents());
    }

    @Test
    void aSourceMovedToAnotherUrlForgetsItsValidators() throws Exception {
        monitor.pollDue();
        site.put("/other.xml", Page.of(200, "application/rss+xml", TestSite.rss(site.url("/news/quote"))).withEtag("\"v1\""));
        monitor.addSource(new Source("site-a", SourceKind.FEED, site.url("/other.xml"), "Site A", INTERVAL, true));
        PollReport r = monitor.pollDue().get(0);
        assertEquals(PollReport.Status.OK, r.status(), "the old ETag must not be sent to the new URL: " + r);
    }

    @Test
    void aSourceOnARefusedAddressIsRejectedWhenAdded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> monitor.addSource(new Source("lan", SourceKind.FEED, "http://192.168.1.10/feed.xml", null, INTERVAL, true)));
        assertTrue(e.getMessage().contains("private"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Source("x", SourceKind.FEED, "file:///etc/passwd", null, INTERVAL, true));
    }

    @Test
    void theSamePagesAreRefusedWhenLoopbackIsNotExplicitlyAllowed() throws Exception {
        monitor.close();
        MonitorOptions strict = MonitorOptions.defaults().withTime(time, time::sleep);
        monitor = Monitor.open(dir.resolve("data"), strict, TinyAnalysis::read, ingest);
        PollReport r = monitor.pollDue().get(0);
        assertEquals(PollReport.Status.FAILED, r.status());
        assertTrue(r.message().contains("loopback"), r.message());
        assertTrue(site.requests.isEmpty(), "nothing may be sent to a refused address, not even for robots.txt");
    }

    @Test
    void watchlistsRaiseTheExpectedAlertsAndNoOthers() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer hooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hooks.createContext("/hook", ex -> {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        hooks.createContext("/broken", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        hooks.start();
        String hookBase = "http://127.0.0.1:" + hooks.getAddress().getPort();
        try {
            for (String json : List.of(
                    "{\"id\": \"ru-threat\", \"rule\": {\"type\": \"event\", \"eventTypes\": [\"THREATEN\"], \"actor1\": [\"Q159\"]}, \"webhook\": \"" + hookBase + "/hook\"}",
                    "{\"id\": \"stoltenberg\", \"rule\": {\"type\": \"quote\", \"speakers\": [\"Q57286\"]}, \"webhook\": \"" + hookBase + "/broken\"}",
                    "{\"id\": \"troops\", \"rule\": {\"type\": \"figure\", \"units\": [\"troop\"], \"above\": 100000, \"newOnly\": true}}",
                    "{\"id\": \"arctic\", \"rule\": {\"type\": \"document\"}, \"filters\": {\"entities\": [\"Q20\"], \"keywords\": [\"arctic exercise\"], \"languages\": [\"en\"]}}",
                    "{\"id\": \"finland-fr\", \"rule\": {\"type\": \"document\"}, \"filters\": {\"places\": [\"Q33\"], \"languages\": [\"fr\"]}}",
                    "{\"id\": \"five-sources\", \"rule\": {\"type\": \"story\", \"sources\": 5, \"within\": \"PT2H\"}}",
                    "{\"id\": \"breaking\", \"rule\": {\"type\": \"breaking\"}}",
                    "{\"id\": \"sweden\", \"rule\": {\"type\": \"document\"}, \"filters\": {\"keywords\": [\"Sweden\"]}}")) {
                monitor.putWatchlist(MonitorJson.watchlist(MonitorJson.parse(json)));
            }
            String[] flood = {
                    "Heavy floods hit the river town of Valmora on Monday. Rescue teams evacuated two thousand residents from their homes overnight while the river kept rising.",
                    "In Valmora, rescue teams spent Monday night evacuating residents as the river rose. Floods forced two thousand people from homes in the town.",
                    "The river through Valmora burst its banks on Monday. Two thousand residents fled their homes and rescue teams worked overnight in the flooded town.",
                    "Valmora residents were evacuated on Monday as floods swept the river town; rescue teams moved two thousand people from their homes by night.",
                    "Floods on Monday drove two thousand Valmora residents from homes beside the river, and rescue teams evacuated the town through the night."};
            for (int i = 0; i < flood.length; i++) {
                TestSite s = new TestSite();
                others.add(s);
                s.put("/story", Page.html("Valmora floods, report " + (i + 1), flood[i]));
                s.put("/feed.xml", Page.of(200, "application/rss+xml", TestSite.rss(s.url("/story"))));
                monitor.addSource(new Source("site-" + (char) ('b' + i), SourceKind.FEED, s.url("/feed.xml"), null, INTERVAL, true));
            }
            monitor.pollDue();
            secondVersionOfTheFeed("\"v2\"");
            time.advance(INTERVAL);
            monitor.pollDue();
            time.advance(INTERVAL);
            monitor.pollDue();
            assertTrue(monitor.awaitWebhooks(Duration.ofSeconds(30)));

            Set<String> floodStories = new HashSet<>();
            for (DocumentSummary d : store.list(0, 100)) {
                if (d.title().startsWith("Valmora")) floodStories.add(store.get(d.id()).orElseThrow().story().orElseThrow());
            }
            assertEquals(1, floodStories.size(), "the five reports must form one story for this test to mean anything");

            Map<String, List<String>> titles = new java.util.TreeMap<>();
            for (Watchlist wl : monitor.watchlists()) {
                titles.put(wl.id(), monitor.alerts(wl.id(), 0, 50).stream().map(Alert::title).sorted().toList());
            }
            assertEquals(2, titles.get("ru-threat").size(), titles.toString());
            assertTrue(titles.get("ru-threat").get(0).startsWith("THREATEN: Russia → Finland"), titles.toString());
            assertTrue(titles.get("ru-threat").get(1).startsWith("THREATEN: Russia → Norway"), titles.toString());
            assertEquals(List.of("Jens Stoltenberg: “We will defend every ally”"), titles.get("stoltenberg"));
            assertEquals(List.of("120000 troop (not seen before) — Build-up reported"), titles.get("troops"));
            assertEquals(List.of("Russia threatens Norway"), titles.get("arctic"));
            assertEquals(List.of("La Russie menace la Finlande"), titles.get("finland-fr"));
            assertEquals(1, titles.get("five-sources").size(), titles.toString());
            assertTrue(titles.get("five-sources").get(0).startsWith("Reported by 5 independent sources within 2 h"), titles.toString());
            assertEquals(1, titles.get("breaking").size(), titles.toString());
            assertTrue(titles.get("breaking").get(0).startsWith("Breaking: 3 new independent sources in 1 h"), titles.toString());
            assertEquals(List.of(), titles.get("sweden"));
            assertEquals(8, monitor.alertCount(null), "and no other alert: " + titles);

            assertEquals(2, received.size(), "one webhook per ru-threat alert");
            for (String body : received) {
                JsonNode n = MonitorJson.parse(body);
                assertEquals("ru-threat", n.path("watchlist").path("id").asText());
                String link = n.path("alert").path("evidence").get(0).path("link").asText();
                assertTrue(link.startsWith(monitor.options().publicBaseUrl() + "/documents/"), link);
                String doc = link.substring(link.lastIndexOf('/') + 1);
                assertTrue(store.contains(doc), "the evidence link names a stored document");
            }
            for (Alert a : monitor.alerts("ru-threat", 0, 10)) assertEquals("delivered", a.delivery());
            Alert broken = monitor.alerts("stoltenberg", 0, 10).get(0);
            assertEquals("failed: HTTP 500", broken.delivery());

            Alert quote = monitor.alerts("stoltenberg", 0, 1).get(0);
            Evidence ev = quote.evidence().get(0);
            Document doc = store.get(ev.documentId()).orElseThrow();
            int from = doc.text().offsetByCodePoints(0, ev.start()), to = doc.text().offsetByCodePoints(0, ev.end());
            assertEquals("We will defend every ally", doc.text().substring(from, to), "evidence offsets are code points into the stored text");
            String atom = monitor.alertFeed("ru-threat").orElseThrow();
            assertTrue(atom.contains("THREATEN: Russia → Norway"), atom);
        } finally {
            hooks.stop(0);
        }
    }

    @Test
    void aSitemapIndexLeadsToItsSitemapsArticles() throws Exception {
        site.put("/sitemap-index.xml", Page.of(200, "application/xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>"""));
        site.put("/news-sitemap.xml", Page.of(200, "application/xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s</loc></url></urlset>""".formatted(site.url("/news/quote"))));
        site.put("/list.txt", Page.of(200, "text/plain", "# articles\n" + site.url("/news/moved") + "\n"));
        monitor.removeSource("site-a");
        monitor.addSource(new Source("maps", SourceKind.SITEMAP, site.url("/sitemap-index.xml"), null, INTERVAL, true));
        monitor.addSource(new Source("list", SourceKind.URLS, site.url("/list.txt"), null, INTERVAL, true));
        monitor.pollDue();
        assertEquals(List.of("Harbour reopens", "Stoltenberg on the alliance"), storedTitles());
    }

    @Test
    void politenessSpacesRequestsToOneHost() throws Exception {
        monitor.pollDue();
        assertFalse(time.sleeps.isEmpty());
        assertTrue(time.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0 && !d.isNegative()), time.sleeps.toString());
        assertEquals(URI.create(site.url("/")).getHost(), "127.0.0.1");
    }
}
