package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Title;
import org.vigie.monitor.Ingested;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorJson;
import org.vigie.monitor.MonitorOptions;
import org.vigie.monitor.Source;
import org.vigie.monitor.SourceKind;
import org.vigie.store.DocumentStore;
import org.vigie.stories.Relation;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class MonitorPagesTest {
    static final String HOSTILE = "<script>alert(1)</script> Harbour \"reopens\"";

    @TempDir
    static Path dir;
    static DocumentStore store;
    static Monitor monitor;
    static VigieServer server, bare;
    static int port, barePort;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = DocumentStore.open(dir.resolve("data"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), HOSTILE + "\nThe northern harbour reopened on Tuesday.");
        Files.setLastModifiedTime(inbox.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        MonitorOptions options = MonitorOptions.defaults().withPublicBaseUrl("http://127.0.0.1:7310");
        monitor = Monitor.open(dir.resolve("data"), options,
                (bytes, name, type) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    return List.of(Document.of(Document.sha256(bytes), Input.ofPath(name, "text/plain", bytes.length), text, Metadata.EMPTY));
                },
                (raw, bytes) -> {
                    Document doc = raw.with(Layers.of(LayerKind.TITLE, List.of(new Title(raw.text().lines().findFirst().orElse(""), null))));
                    if (!store.put(doc, bytes)) return Optional.empty();
                    return Optional.of(new Ingested(doc, "story-" + doc.id().substring(0, 8), Relation.ORIGINAL));
                });
        monitor.addSource(new Source("inbox", SourceKind.FOLDER, inbox.toString(), "Drop folder", Duration.ofMinutes(1), true));
        monitor.putWatchlist(MonitorJson.watchlist(MonitorJson.parse(
                "{\"id\": \"harbours\", \"name\": \"Harbours <b>\", \"rule\": {\"type\": \"document\"}, \"filters\": {\"keywords\": [\"harbour\"]}}")));
        monitor.pollDue();
        assertEquals(1, monitor.alertCount(null));
        server = VigieServer.create(store, ServerOptions.defaults(), monitor);
        port = server.start("127.0.0.1", 0);
        bare = VigieServer.create(store, ServerOptions.defaults());
        barePort = bare.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (bare != null) bare.stop();
        if (monitor != null) monitor.close();
        if (store != null) store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    static org.jsoup.nodes.Document page(String path) throws Exception {
        HttpResponse<String> r = send(at(path).GET());
        assertEquals(200, r.statusCode(), r.body());
        BalancedHtml.assertBalanced(r.body());
        return Jsoup.parse(r.body());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    static HttpResponse<String> postJson(String path, String body) throws Exception {
        return send(at(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theSourcesPageShowsHealth() throws Exception {
        var p = page("/sources");
        assertEquals("Drop folder", p.selectFirst("table.sources td strong").text());
        assertEquals("ok", p.selectFirst("td.status-ok").text());
        assertNotNull(p.selectFirst("form[action=/sources][method=post]"));
        assertEquals("page", p.selectFirst("nav a[href=/sources]").attr("aria-current"));
    }

    @Test
    void alertsLinkToTheirEvidenceAndHostileTextStaysText() throws Exception {
        for (String path : List.of("/alerts", "/watchlists/harbours")) {
            var p = page(path);
            assertTrue(p.select("script").isEmpty(), path);
            var link = p.selectFirst("ul.evidence a[href^=/documents/]");
            assertNotNull(link, path);
            assertTrue(link.text().contains("<script>alert(1)</script>"), link.text());
            assertEquals(200, send(at(link.attr("href")).GET()).statusCode(), "the evidence document exists");
        }
        assertTrue(page("/watchlists").selectFirst("table.watchlists a").text().contains("Harbours <b>"));
    }

    @Test
    void eachWatchlistHasAnAtomFeed() throws Exception {
        HttpResponse<String> r = send(at("/watchlists/harbours/alerts.atom").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, xml.getElementsByTagName("entry").getLength());
        assertEquals(404, send(at("/watchlists/nope/alerts.atom").GET()).statusCode());
    }

    @Test
    void theApiListsSourcesWatchlistsAndAlerts() throws Exception {
        JsonNode sources = json(send(at("/api/sources").GET()));
        assertEquals("inbox", sources.path("items").get(0).path("id").asText());
        assertEquals(1, sources.path("items").get(0).path("documents").asInt());
        JsonNode alerts = json(send(at("/api/alerts?limit=5").GET()));
        assertEquals(1, alerts.path("total").asInt());
        assertTrue(alerts.path("items").get(0).path("evidence").get(0).path("link").asText().startsWith("http://127.0.0.1:7310/documents/"));
        assertEquals(1, json(send(at("/api/watchlists/harbours/alerts").GET())).path("items").size());
        assertEquals(400, send(at("/api/alerts?limit=0").GET()).statusCode());
        assertEquals(404, send(at("/api/alerts?watchlist=nope").GET()).statusCode());
    }

    @Test
    void sourcesAddedThroughTheApiAreCheckedFirst() throws Exception {
        HttpResponse<String> loop = postJson("/api/sources", "{\"id\": \"local\", \"type\": \"feed\", \"url\": \"http://127.0.0.1:9/feed.xml\"}");
        assertEquals(400, loop.statusCode());
        assertTrue(json(loop).path("error").path("message").asText().contains("loopback"));
        assertEquals(400, postJson("/api/sources", "{\"id\": \"disk\", \"type\": \"folder\", \"path\": \"/etc\"}").statusCode());
        assertEquals(400, postJson("/api/sources", "{\"id\": \"x\", \"type\": \"feed\", \"url\": \"file:///etc/passwd\"}").statusCode());
        assertEquals(400, send(at("/api/sources").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"type\": \"feed\", \"url\": \"http://93.184.216.34/f\"}"))).statusCode());
        HttpResponse<String> ok = postJson("/api/sources", "{\"id\": \"public\", \"type\": \"feed\", \"url\": \"http://93.184.216.34/feed.xml\", \"interval\": \"PT30M\"}");
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("new", json(ok).path("status").asText());
        assertEquals(204, send(at("/api/sources/public").DELETE()).statusCode());
        assertEquals(404, send(at("/api/sources/public").DELETE()).statusCode());
    }

    @Test
    void watchlistsAddedThroughTheApiAreValidated() throws Exception {
        HttpResponse<String> bad = postJson("/api/watchlists", "{\"id\": \"w\", \"rule\": {\"type\": \"event\", \"actor\": [\"Q159\"]}}");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).path("error").path("message").asText().contains("'actor'"));
        HttpResponse<String> ok = postJson("/api/watchlists", "{\"id\": \"ru\", \"rule\": {\"type\": \"event\", \"actor1\": [\"Q159\"]}}");
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(0, json(ok).path("alerts").asInt());
        assertEquals(204, send(at("/api/watchlists/ru").DELETE()).statusCode());
    }

    /** The cookie and hidden token a visitor gets with the form of a page. */
    record Form(String cookie, String token) {
    }

    static Form formOf(String path) throws Exception {
        HttpResponse<String> r = send(at(path).GET());
        assertEquals(200, r.statusCode());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict") && setCookie.contains("HttpOnly"), setCookie);
        String token = Jsoup.parse(r.body()).select("form[action=" + path + "] input[name=csrf]").attr("value");
        assertEquals(FormTokens.COOKIE + "=" + token, setCookie.substring(0, setCookie.indexOf(';')));
        return new Form(setCookie.substring(0, setCookie.indexOf(';')), token);
    }

    static HttpResponse<String> postForm(String path, String cookieOrNull, String origin, String form) throws Exception {
        HttpRequest.Builder b = at(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (cookieOrNull != null) b.header("Cookie", cookieOrNull);
        if (origin != null) b.header("Origin", origin);
        return send(b.POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Test
    void formPostsFromAnotherSiteAreRefused() throws Exception {
        Form f = formOf("/sources");
        String form = "id=evil&url=http%3A%2F%2F93.184.216.34%2Ff&type=feed&minutes=5&csrf=" + f.token();
        assertEquals(403, postForm("/sources", f.cookie(), "http://evil.example", form).statusCode());
        assertTrue(monitor.source("evil").isEmpty());
        HttpResponse<String> same = postForm("/sources", f.cookie(), "http://127.0.0.1:" + port, form);
        assertEquals(303, same.statusCode(), same.body());
        assertTrue(monitor.removeSource("evil"));
    }

    @Test
    void aForgedFormPostWithoutTheTokenIsRefused() throws Exception {
        // What a page elsewhere can send when the browser gives no Origin: the fields, but neither cookie nor token.
        String source = "id=forged&url=http%3A%2F%2F93.184.216.34%2Ff&type=feed&minutes=5";
        assertEquals(403, postForm("/sources", null, null, source).statusCode());
        Form f = formOf("/sources");
        assertEquals(403, postForm("/sources", f.cookie(), null, source).statusCode(), "a cookie without the field");
        assertEquals(403, postForm("/sources", null, null, source + "&csrf=" + f.token()).statusCode(), "the field without the cookie");
        assertEquals(403, postForm("/sources", f.cookie(), null, source + "&csrf=" + "A".repeat(43)).statusCode(), "another token");
        assertTrue(monitor.source("forged").isEmpty());

        String watchlist = "json=" + java.net.URLEncoder.encode("{\"id\": \"forged\", \"rule\": {\"type\": \"event\", \"actor1\": [\"Q159\"]}}",
                StandardCharsets.UTF_8);
        assertEquals(403, postForm("/watchlists", null, null, watchlist).statusCode());
        Form w = formOf("/watchlists");
        HttpResponse<String> ok = postForm("/watchlists", w.cookie(), null, watchlist + "&csrf=" + w.token());
        assertEquals(303, ok.statusCode(), ok.body());
        assertTrue(monitor.removeWatchlist("forged"), "the site's own form still works");
    }

    @Test
    void withoutAMonitorThePagesSaySoAndNothingBreaks() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/sources"));
        HttpResponse<String> r = send(b.GET());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("monitor is not running"));
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/api/alerts")).GET());
        assertEquals(404, api.statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/")).GET()).statusCode());
    }
}
