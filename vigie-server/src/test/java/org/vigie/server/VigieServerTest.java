package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.*;
import org.vigie.store.DocumentStore;
import org.vigie.store.TestDocuments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.find;

class VigieServerTest {
    static final String HOSTILE_TEXT = "Le titre <script>alert(1)</script> dit \"onerror=alert(2) et </textarea><img src=x onerror=alert(3)>.";

    @TempDir
    static Path dir;
    static DocumentStore store;
    static VigieServer server;
    static int port;
    static final HttpClient client = HttpClient.newHttpClient();
    static Document full;
    static Document hostile;
    static Document overlapping;

    @BeforeAll
    static void startServer() {
        store = DocumentStore.open(dir.resolve("data"));
        full = TestDocuments.full();
        hostile = hostileDocument();
        overlapping = overlappingDocument();
        for (Document d : List.of(full, hostile, overlapping)) store.put(d, TestDocuments.bytes(d));
        server = VigieServer.create(store, ServerOptions.defaults());
        port = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static Document hostileDocument() {
        String text = HOSTILE_TEXT;
        Span script = find(text, "<script>alert(1)</script>");
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.TITLE, List.of(new Title("<img src=x onerror=alert(4)>\"'", null)))
                .put(LayerKind.ENTITIES, List.of(new Entity("vigie:\"><script>x</script>", "\"><b onmouseover=alert(5)>",
                        EntityType.MISC, List.of(script))))
                .put(LayerKind.QUOTES, List.of(new Quote(find(text, "\"onerror=alert(2)"), true, null, null, "fr")))
                .build());
    }

    /** Entities inside a quote inside an event's evidence, with a figure straddling the quote's end. */
    static Document overlappingDocument() {
        String text = "Kyiv a dit : « Moscou a envoyé 100 chars » selon Reuters hier.";
        Span quote = find(text, "Moscou a envoyé 100 chars");
        EntityRef kyiv = new EntityRef("Q1899", "Kyiv");
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.TITLE, List.of(new Title("Chevauchements", null)))
                .put(LayerKind.ENTITIES, List.of(new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(find(text, "Kyiv"))),
                        new Entity("Q649", "Moscow", EntityType.GPE, List.of(find(text, "Moscou"))),
                        new Entity("Q130879", "Reuters", EntityType.ORG, List.of(find(text, "Reuters")))))
                .put(LayerKind.QUOTES, List.of(new Quote(quote, true, kyiv, find(text, "a dit"), "fr")))
                .put(LayerKind.QUANTITIES, List.of(new Quantity(find(text, "100 chars » selon"), 100.0, "tank", false, false, kyiv)))
                .put(LayerKind.EVENTS, List.of(new Event(EventType.MOBILIZE, null, new EntityRef("Q649", "Moscow"), null, null,
                        null, false, new Span(0, text.indexOf(" hier")))))
                .put(LayerKind.TIMES, List.of(new TimeExpression(find(text, "hier"), null, TimeExpression.Granularity.DAY)))
                .build());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        return AnalysisJson.MAPPER.readTree(response.body());
    }

    static org.jsoup.nodes.Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        BalancedHtml.assertBalanced(r.body());
        return Jsoup.parse(r.body());
    }

    @Test
    void theDocumentListShowsTheDocumentsNewestFirst() throws Exception {
        var page = page("/documents");
        List<String> titles = page.select("table.documents tbody tr td:first-child a").eachText();
        assertEquals(List.of("Chevauchements", "<img src=x onerror=alert(4)>\"'", "Flash"), titles);
        assertEquals("/documents/" + full.id(), page.select("a:contains(Flash)").attr("href"));
        assertTrue(page.select(".stats").text().startsWith("3 documents"), page.select(".stats").text());
    }

    @Test
    void theDocumentListPages() throws Exception {
        VigieServer small = VigieServer.create(store, ServerOptions.defaults().withPageSize(2));
        int smallPort = small.start(0);
        try {
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + smallPort + "/documents")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var p1 = Jsoup.parse(first.body());
            assertEquals(2, p1.select("table.documents tbody tr").size());
            assertEquals("/documents?page=2", p1.select("a[rel=next]").attr("href"));
            HttpResponse<String> second = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + smallPort + "/documents?page=2")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var p2 = Jsoup.parse(second.body());
            assertEquals(List.of("Flash"), p2.select("table.documents tbody tr td:first-child a").eachText());
            assertTrue(p2.select("a[rel=next]").isEmpty());
            assertEquals("/documents", p2.select("a[rel=prev]").attr("href"));
        } finally {
            small.stop();
        }
    }

    @Test
    void theDocumentPageHighlightsEveryKindOfAnnotation() throws Exception {
        var page = page("/documents/" + full.id());
        assertEquals("Flash", page.select("h1").text());
        Element text = page.selectFirst(".doc-blocks");
        assertNotNull(text);
        Element paris = text.selectFirst("a.mark-entity.ent-GPE");
        assertEquals("Paris", paris.text());
        assertEquals("/entities/Q90", paris.attr("href"));
        assertEquals("Paris (GPE)", paris.attr("title"));
        assertEquals("Anne Hidalgo", text.selectFirst("a.ent-PER").text());
        assertEquals("Nous accueillerons 150 XNUMX visiteurs lundi.", text.select(".mark-quote").text().replace(" ", " "));
        assertTrue(text.selectFirst(".mark-quote").attr("title").contains("Anne Hidalgo"));
        assertEquals("a déclaré", text.selectFirst(".mark-cue").text());
        assertEquals("150 XNUMX visiteurs", text.select(".mark-quantity").text());
        assertTrue(text.selectFirst(".mark-quantity").attr("title").contains("150000 visitor"));
        assertEquals("lundi", text.selectFirst(".mark-time").text());
        assertTrue(text.selectFirst(".mark-time").attr("title").contains("2022-01-10"));
        assertFalse(text.select(".mark-event").isEmpty());
        assertTrue(text.selectFirst(".mark-event").attr("title").startsWith("Event AID"));
        assertEquals("150 XNUMX", text.select(".mark-artefact").text());
        assertTrue(text.selectFirst(".mark-artefact").attr("title").contains("150 000"));
        assertEquals("AFP", text.selectFirst(".mark-source").text());

        assertEquals(3, text.select(".block").size());
        assertEquals(2, text.select(".block-boilerplate").size());
        assertEquals("fr", text.selectFirst(".block-body").attr("lang"));
        assertTrue(text.selectFirst(".block-body .block-label").text().contains("fr"));
        assertTrue(text.selectFirst(".block-boilerplate .block-label").text().contains("nav"));
    }

    @Test
    void theDocumentPageListsAnnotationsInSidePanels() throws Exception {
        var panels = page("/documents/" + full.id()).selectFirst("aside.panels");
        assertNotNull(panels);
        assertEquals(List.of("PER", "ORG", "GPE"), panels.select("h3").eachText());
        assertEquals("/entities/vigie:anne-hidalgo", panels.select("ul.entities a:contains(Anne Hidalgo)").attr("href"));
        Element quote = panels.selectFirst("ul.quotes li");
        assertEquals("Anne Hidalgo", quote.selectFirst(".speaker").text());
        assertTrue(quote.selectFirst(".meta").text().contains("a déclaré"));
        assertTrue(panels.text().contains("visitor"), "figure unit");
        assertFalse(panels.select("table").text().contains("≈"), "the figure is not approximate");
        assertTrue(panels.text().contains("2022-01-10"), "resolved date");
        assertTrue(panels.select("ul.events").text().contains("AID"));
        assertTrue(panels.select("ul.artefacts").text().contains("150 000"));
        assertTrue(panels.select("ul.sources").text().contains("AFP"));
    }

    @Test
    void overlappingAndNestedSpansRenderBalancedHtml() throws Exception {
        HttpResponse<String> r = get("/documents/" + overlapping.id());
        assertEquals(200, r.statusCode());
        BalancedHtml.assertBalanced(r.body());
        var page = Jsoup.parse(r.body());
        Element text = page.selectFirst(".doc-blocks .block-text");
        assertEquals(overlapping.text(), text.wholeText(), "every character shown once, in order");
        // The figure straddles the quote's end: it is cut in two pieces with the same hover text.
        assertEquals(2, text.select(".mark-quantity").size());
        assertEquals("100 chars » selon", text.select(".mark-quantity").stream().map(Element::wholeText).collect(Collectors.joining()));
        assertEquals(1, text.select(".mark-quantity").stream().map(e -> e.attr("title")).distinct().count());
        assertEquals("Moscow (GPE)", text.selectFirst("a[href=/entities/Q649]").attr("title"));
        assertTrue(text.selectFirst("a[href=/entities/Q649]").parents().stream().anyMatch(p -> p.hasClass("mark-quote")));
        assertTrue(text.selectFirst("a[href=/entities/Q649]").parents().stream().anyMatch(p -> p.hasClass("mark-event")));
        assertTrue(page.text().contains("unresolved"), "a date without value says so");
    }

    @Test
    void hostileTextIsShownEscapedAndNeverAsMarkup() throws Exception {
        for (String path : List.of("/", "/documents", "/documents/" + hostile.id(), "/entities", "/entities?type=MISC")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            String body = r.body();
            assertFalse(body.contains("<script"), path);
            assertFalse(body.contains("<img"), path);
            assertFalse(body.contains("<b onmouseover"), path);
            assertFalse(body.contains("</textarea>"), path);
            var parsed = Jsoup.parse(body);
            assertTrue(parsed.select("script, img, textarea").isEmpty(), path);
            assertTrue(parsed.select("[onerror], [onmouseover]").isEmpty(), path);
            BalancedHtml.assertBalanced(body);
        }
        var page = Jsoup.parse(get("/documents/" + hostile.id()).body());
        assertEquals(HOSTILE_TEXT, page.selectFirst(".doc-blocks").select(".block-text").text());
        assertEquals("<img src=x onerror=alert(4)>\"'", page.selectFirst("h1").text());
        assertEquals("\"onerror=alert(2)", page.selectFirst(".doc-blocks .mark-quote").text());
        Element entity = page.selectFirst(".doc-blocks a.mark-entity");
        assertEquals("<script>alert(1)</script>", entity.text());
        assertEquals("\"><b onmouseover=alert(5)> (MISC)", entity.attr("title"));

        String entityPath = entity.attr("href");
        var entityPage = page(entityPath);
        assertEquals("\"><b onmouseover=alert(5)> MISC", entityPage.selectFirst("h1").text());
        assertEquals("vigie:\"><script>x</script>", entityPage.selectFirst("dd code").text());
    }

    @Test
    void theEntitiesPageFiltersByTypeAndShowsVariants() throws Exception {
        var all = page("/entities");
        List<String> names = all.select("table.entities tbody tr td:first-child a").eachText();
        assertTrue(names.containsAll(List.of("Paris", "Moscow", "Anne Hidalgo", "Reuters")), names.toString());
        var per = page("/entities?type=PER");
        assertEquals(List.of("Anne Hidalgo"), per.select("table.entities tbody tr td:first-child a").eachText());
        assertEquals("PER", per.selectFirst("nav.filters a[aria-current=page]").text());
        var lower = page("/entities?type=gpe");
        assertTrue(lower.select("table.entities tbody td:nth-child(2)").eachText().stream().allMatch("GPE"::equals));
    }

    @Test
    void theEntityPageShowsVariantsAndDocuments() throws Exception {
        var page = page("/entities/Q90");
        assertEquals("Paris GPE", page.selectFirst("h1").text());
        assertEquals(List.of("Paris"), page.select("ul.variants-list li .form").eachText());
        assertEquals(List.of("Flash"), page.select("table.documents tbody td:first-child a").eachText());
        assertEquals("https://www.wikidata.org/wiki/Q90", page.select("a:contains(Wikidata)").attr("href"));
    }

    @Test
    void unknownIdsAndPathsAre404() throws Exception {
        for (String path : List.of("/documents/" + "0".repeat(64), "/entities/Q0", "/no/such/page")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            BalancedHtml.assertBalanced(r.body());
        }
        for (String path : List.of("/api/documents/" + "0".repeat(64), "/api/entities/Q0", "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            JsonNode error = json(r).path("error");
            assertEquals(404, error.path("status").asInt(), path);
            assertFalse(error.path("message").asText().isBlank(), path);
        }
        assertTrue(json(get("/api/documents/abc")).path("error").path("message").asText().contains("abc"));
    }

    @Test
    void badPagingParametersAre400() throws Exception {
        for (String query : List.of("limit=abc", "offset=-1", "limit=0", "limit=100000", "offset=1.5")) {
            HttpResponse<String> r = get("/api/documents?" + query);
            assertEquals(400, r.statusCode(), query);
            assertEquals(400, json(r).path("error").path("status").asInt(), query);
        }
        HttpResponse<String> type = get("/api/entities?type=PERSON");
        assertEquals(400, type.statusCode());
        assertTrue(json(type).path("error").path("message").asText().contains("PERSON"));
        for (String path : List.of("/?page=0", "/?page=x", "/entities?page=-2", "/entities?type=nope")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/documents/" + full.id(), "/entities", "/api/stats", VigieServer.CSS_PATH, "/api/documents?limit=x")) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void pagesLoadNothingFromElsewhere() throws Exception {
        var page = page("/documents/" + full.id());
        for (Element e : page.select("link[href], script, img, iframe, style[src]")) {
            assertTrue(e.attr("href").startsWith("/"), e.outerHtml());
        }
        HttpResponse<String> css = get(VigieServer.CSS_PATH);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertFalse(css.body().contains("http"), "the stylesheet imports nothing");
    }

    @Test
    void theApiServesTheAnalysisRecord() throws Exception {
        JsonNode record = json(get("/api/documents/" + full.id()));
        assertEquals(AnalysisJson.write(full).toString(), record.toString());
    }

    @Test
    void theApiListsDocumentsEntitiesAndStats() throws Exception {
        JsonNode docs = json(get("/api/documents?offset=1&limit=1"));
        assertEquals(3, docs.path("total").asInt());
        assertEquals(1, docs.path("items").size());
        assertEquals(hostile.id(), docs.path("items").get(0).path("id").asText());
        assertEquals(1, docs.path("items").get(0).path("counts").path("quotes").asInt());

        JsonNode entities = json(get("/api/entities?type=GPE"));
        assertEquals("GPE", entities.path("type").asText());
        assertTrue(entities.path("items").size() >= 3);
        for (JsonNode e : entities.path("items")) assertEquals("GPE", e.path("type").asText());

        JsonNode paris = json(get("/api/entities/Q90"));
        assertEquals("Paris", paris.path("entity").path("name").asText());
        assertEquals(full.id(), paris.path("documents").get(0).path("id").asText());

        JsonNode stats = json(get("/api/stats"));
        assertEquals(3, stats.path("documents").asInt());
        assertEquals(3, stats.path("quotes").asInt(), "one quote in each of three documents");
        assertEquals(0, stats.path("stories").asInt());
    }

    @Test
    void theServerBindsTheLoopbackByDefault() throws Exception {
        VigieServer other = VigieServer.create(store, ServerOptions.defaults());
        int otherPort = other.start(null, 0);
        try {
            assertTrue(otherPort > 0);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        } finally {
            other.stop();
        }
    }
}
