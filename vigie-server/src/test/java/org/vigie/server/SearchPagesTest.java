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
import org.vigie.store.search.IndexedDocumentStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.find;

class SearchPagesTest {
    static final String HOSTILE_BODY = "Le titre <script>alert(1)</script> dit que l’OTBC <img src=x onerror=alert(3)> menace \"Brenhaven\".";
    static final String HOSTILE_TITLE = "<img src=x onerror=alert(4)>\"'";
    static final String HOSTILE_SOURCE = "<b onmouseover=alert(5)>Agence</b>";

    @TempDir
    static Path dir;
    static IndexedDocumentStore store;
    static VigieServer server;
    static int port;
    static final HttpClient client = HttpClient.newHttpClient();
    static Document hostile;
    static Document emoji;

    @BeforeAll
    static void startServer() {
        store = IndexedDocumentStore.open(dir.resolve("data"));
        hostile = document(HOSTILE_BODY, HOSTILE_TITLE, "fr", "2022-01-10", HOSTILE_SOURCE,
                new Entity("vigie:\"><i>x</i>", "\"><script>x</script>", EntityType.ORG, List.of(find(HOSTILE_BODY, "OTBC"))));
        String emojiText = "\uD83D\uDE00 Velmar ferme son port aux navires.";
        emoji = document(emojiText, "Port fermé", "fr", "2022-02-01", "AFP",
                new Entity("Q900003", "Velmar", EntityType.LOC, List.of(find(emojiText, "Velmar"))));
        List<Document> docs = new ArrayList<>(List.of(hostile, emoji));
        for (int i = 1; i <= 25; i++) {
            String text = "Dépêche numéro " + i + " sur le port de Quellin.";
            docs.add(document(text, "Quellin " + i, i % 5 == 0 ? "en" : "fr", String.format("2022-03-%02d", i), "Reuters",
                    new Entity("Q900004", "Quellin", EntityType.GPE, List.of(find(text, "Quellin")))));
        }
        for (Document d : docs) store.put(d, TestDocuments.bytes(d));
        server = VigieServer.create(store, ServerOptions.defaults());
        port = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static Document document(String body, String title, String language, String published, String source, Entity entity) {
        return Document.ofText(body).with(Layers.builder()
                .put(LayerKind.BLOCKS, List.of(Block.body(new Span(0, body.length()), Block.Kind.PARAGRAPH)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language)))
                .put(LayerKind.TITLE, List.of(new Title(title, null)))
                .put(LayerKind.PUBLISHED, List.of(new Published(published, null, Published.Method.METADATA)))
                .put(LayerKind.SOURCES, List.of(new SourceCredit(source, null, SourceCredit.Role.PUBLISHER, new Span(0, 0))))
                .put(LayerKind.ENTITIES, List.of(entity))
                .build());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static org.jsoup.nodes.Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        BalancedHtml.assertBalanced(r.body());
        return Jsoup.parse(r.body(), "http://127.0.0.1:" + port + "/");
    }

    static JsonNode json(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    static String path(Element link) {
        return link.attr("href");
    }

    @Test
    void theSearchPageListsHitsWithTheirMatchesMarked() throws Exception {
        var page = page("/search?q=OTBC");
        assertEquals(1, page.select("ol.hits > li").size());
        assertEquals(List.of("l’OTBC"), page.select("ol.hits p.snippet mark").eachText());
        assertEquals(Links.document(hostile.id()), page.selectFirst("ol.hits a.hit-title").attr("href"));
        assertEquals("OTBC", page.selectFirst("form.search input[name=q]").val());
        assertTrue(page.selectFirst(".stats").text().startsWith("1 result"), page.selectFirst(".stats").text());
    }

    @Test
    void hostileTextInTitlesSnippetsAndFacetsIsEscaped() throws Exception {
        HttpResponse<String> r = get("/search?q=OTBC");
        BalancedHtml.assertBalanced(r.body());
        var page = Jsoup.parse(r.body());
        assertTrue(page.select("script, img, b, i").isEmpty(), "no document text became an element");
        assertEquals(HOSTILE_BODY, page.selectFirst("p.snippet").text(), "the snippet shows the text as written");
        assertEquals(HOSTILE_TITLE, page.selectFirst("a.hit-title").text());
        assertTrue(page.select(".facets a").eachText().contains(HOSTILE_SOURCE), page.select(".facets").text());
        assertTrue(page.select(".facets a").eachText().contains("\"><script>x</script>"), "the entity's name labels its facet value");
        assertFalse(r.body().contains("<script>"), "never unescaped, not even in attributes");
    }

    @Test
    void aFacetLinkAddsItsFilterAndTheFilterCanBeRemoved() throws Exception {
        var page = page("/search?q=Quellin");
        assertEquals("25 results", page.selectFirst(".stats").text().split(" · ")[0]);
        Element english = page.select(".facets section:has(h2:contains(Language)) a").stream()
                .filter(a -> a.text().equals("en")).findFirst().orElseThrow();
        assertEquals("/search?q=Quellin&lang=en", path(english));
        var filtered = page(path(english));
        assertEquals("5 results", filtered.selectFirst(".stats").text().split(" · ")[0]);
        assertEquals("Language: en ×", filtered.selectFirst(".active-filters li").text());
        assertEquals("en", filtered.selectFirst("form.search input[type=hidden][name=lang]").val(), "a new query keeps the filter");
        assertEquals("/search?q=Quellin", path(filtered.selectFirst(".active-filters a.remove")));
    }

    @Test
    void anEntityFilterIsShownByName() throws Exception {
        var page = page("/search?entity=Q900004");
        assertEquals("25 results", page.selectFirst(".stats").text().split(" · ")[0]);
        assertEquals("Entity: Quellin ×", page.selectFirst(".active-filters li").text());
    }

    @Test
    void aMonthFacetSetsTheDateRange() throws Exception {
        var page = page("/search");
        Element march = page.select(".facets section:has(h2:contains(Month)) a").stream()
                .filter(a -> a.text().equals("2022-03")).findFirst().orElseThrow();
        assertEquals("/search?from=2022-03-01&to=2022-03-31", path(march));
        var filtered = page(path(march));
        assertEquals("25 results", filtered.selectFirst(".stats").text().split(" · ")[0]);
        assertEquals("Published: 2022-03-01 – 2022-03-31 ×", filtered.selectFirst(".active-filters li").text());
    }

    @Test
    void resultsArePaged() throws Exception {
        var first = page("/search?q=Quellin&sort=oldest");
        assertEquals(SearchHandlers.PAGE_SIZE, first.select("ol.hits > li").size());
        assertEquals("Quellin 1", first.selectFirst("ol.hits a.hit-title").text());
        Element next = first.selectFirst(".pager a[rel=next]");
        assertEquals("/search?q=Quellin&sort=oldest&page=2", path(next));
        var second = page(path(next));
        assertEquals(5, second.select("ol.hits > li").size());
        assertEquals("21", second.selectFirst("ol.hits").attr("start"));
        assertNull(second.selectFirst(".pager a[rel=next]"));
        assertEquals("No results on this page.", page("/search?q=Quellin&page=9").selectFirst(".empty").text());
    }

    @Test
    void withoutTextTheNewestComeFirst() throws Exception {
        var page = page("/search");
        assertEquals("Quellin 25", page.selectFirst("ol.hits a.hit-title").text());
    }

    @Test
    void badParametersAre400WithTheReason() throws Exception {
        String[][] cases = {
                {"/search?from=2022-13-01", "from must be a date written YYYY-MM-DD"},
                {"/search?to=yesterday", "to must be a date written YYYY-MM-DD"},
                {"/search?from=2022-03-02&to=2022-03-01", "starts (2022-03-02) after it ends (2022-03-01)"},
                {"/search?sort=random", "sort must be relevance"},
                {"/search?page=0", "page must be 1 or more"},
                {"/search?type=PERSON", "entity type must be one of"},
                {"/search?q=" + "a".repeat(1001), "q is 1001 characters long; at most 1000"},
                {"/search?q=%22unclosed", "the quote at position 1 is not closed"},
                {"/search?q=(a%20OR", "nothing after it"},
                {"/search?q=Quellin&page=100000", "only the first 10000 hits"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(Jsoup.parse(r.body()).select(".error-message").text().contains(c[1]), c[0] + " → " + r.body());
            JsonNode api = json(c[0].replace("/search", "/api/search"), 400);
            assertTrue(api.path("error").path("message").asText().contains(c[1]), c[0] + " → " + api);
        }
        var refused = Jsoup.parse(get("/search?q=%22sanctions%20Quellin&lang=fr").body());
        assertEquals("\"sanctions Quellin", refused.selectFirst("form.search input[name=q]").val(), "the query can be corrected in place");
        assertEquals("fr", refused.selectFirst("form.search input[name=lang]").val());
        assertTrue(json("/api/search?q=x&limit=501", 400).path("error").path("message").asText().contains("limit must be between 1 and 500"));
        assertTrue(json("/api/search?q=x&facets=101", 400).path("error").path("message").asText().contains("facets must be"));
        assertTrue(json("/api/search?q=x&page=2&offset=3", 400).path("error").path("message").asText().contains("either page or offset"));
    }

    @Test
    void theApiAnswersWithHitsFacetsAndCodePointOffsets() throws Exception {
        JsonNode r = json("/api/search?q=Velmar&lang=fr", 200);
        assertEquals(1, r.path("total").asInt());
        assertEquals("Velmar", r.path("query").path("q").asText());
        assertEquals("fr", r.path("query").path("filters").path("language").get(0).asText());
        assertEquals("relevance", r.path("query").path("sort").asText());
        JsonNode hit = r.path("hits").get(0);
        assertEquals(emoji.id(), hit.path("id").asText());
        assertEquals("Port fermé", hit.path("title").asText());
        assertEquals("2022-02-01", hit.path("published").asText());
        assertEquals("/documents/" + emoji.id(), hit.path("href").asText());
        JsonNode snippet = hit.path("snippets").get(0);
        assertEquals(emoji.text(), snippet.path("text").asText());
        assertEquals(2, snippet.path("highlights").get(0).path("start").asInt(), "after one emoji and a space, in code points");
        assertEquals(8, snippet.path("highlights").get(0).path("end").asInt());
        assertEquals("Velmar", r.path("facets").path("entity").get(0).path("label").asText());
        assertEquals("Q900003", r.path("facets").path("entity").get(0).path("value").asText());
    }

    @Test
    void theApiPagesByOffsetOrPage() throws Exception {
        JsonNode byOffset = json("/api/search?q=Quellin&sort=oldest&offset=2&limit=3", 200);
        JsonNode byPage = json("/api/search?q=Quellin&sort=oldest&page=2&limit=2", 200);
        assertEquals(25, byOffset.path("total").asInt());
        assertEquals(3, byOffset.path("hits").size());
        assertEquals("Quellin 3", byOffset.path("hits").get(0).path("title").asText());
        assertEquals("Quellin 3", byPage.path("hits").get(0).path("title").asText());
        assertEquals(2, byPage.path("offset").asInt());
        assertTrue(json("/api/search?q=Quellin&facets=0", 200).path("facets").isEmpty());
    }

    @Test
    void everyPageOffersTheSearchBox() throws Exception {
        var home = page("/");
        assertEquals("/search", home.selectFirst("header form.site-search").attr("action"));
        assertEquals("/search", home.selectFirst("header nav a:contains(Search)").attr("href"));
        assertNull(page("/search").selectFirst("header form.site-search"), "the search page has its own form");
    }

    @Test
    void withoutAnIndexSearchSaysItIsUnavailable() throws Exception {
        try (DocumentStore plain = DocumentStore.open(dir.resolve("plain"))) {
            VigieServer bare = VigieServer.create(plain, ServerOptions.defaults());
            int barePort = bare.start(0);
            try {
                HttpResponse<String> html = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/search?q=x"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, html.statusCode());
                assertTrue(Jsoup.parse(html.body()).select(".error-message").text().contains("started without a search index"));
                HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/api/search?q=x"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, api.statusCode());
                assertTrue(AnalysisJson.MAPPER.readTree(api.body()).path("error").path("message").asText().contains("search is not available"));
            } finally {
                bare.stop();
            }
        }
    }
}
