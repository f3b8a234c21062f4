package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.store.DocumentStore;
import org.vigie.store.EntitySummary;
import org.vigie.store.TestDocuments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.find;

/** The entity profile, the map and the static files they load, over a small store written for these tests. */
class ProfilePagesTest {
    @TempDir
    static Path dir;
    static DocumentStore store;
    static VigieServer server;
    static int port;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        store = DocumentStore.open(dir.resolve("data"));
        store.put(TestDocuments.full(), TestDocuments.bytes(TestDocuments.full()));
        store.put(second(), TestDocuments.bytes(second()));
        PlaceLocator onlyParis = place -> place.id().equals("Q90") ? Optional.of(new PlaceLocator.Point(48.9, 2.4)) : Optional.empty();
        server = VigieServer.create(store, null, ServerOptions.defaults(), null, null, onlyParis);
        port = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** Paris written two ways a day later, with a Lyon mayor's quote and hostile text in a quote and a place name. */
    static Document second() {
        String text = "PARIS et Paris. Lyon <b>x</b> : « <script>alert(1)</script> » a dit Grégory Doucet.";
        EntityRef doucet = new EntityRef("vigie:gregory-doucet", "Grégory Doucet");
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.TITLE, List.of(new Title("Deux villes", null)))
                .put(LayerKind.PUBLISHED, List.of(new Published("2022-01-10T08:00:00Z", null, Published.Method.INFERRED)))
                .put(LayerKind.ENTITIES, List.of(
                        new Entity("Q90", "Paris", EntityType.GPE, List.of(find(text, "PARIS"), find(text, "Paris"))),
                        new Entity("Q456", "Lyon <b>x</b>", EntityType.GPE, List.of(find(text, "Lyon <b>x</b>"))),
                        new Entity("vigie:gregory-doucet", "Grégory Doucet", EntityType.PER, List.of(find(text, "Grégory Doucet")))))
                .put(LayerKind.QUOTES, List.of(new Quote(find(text, "<script>alert(1)</script>"), true, doucet, find(text, "a dit"), "fr")))
                .build());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static org.jsoup.nodes.Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        BalancedHtml.assertBalanced(r.body());
        return Jsoup.parse(r.body());
    }

    @Test
    void theEntityPageCountsEachVariantAndRole() throws Exception {
        var page = page("/entities/Q90");
        assertEquals(List.of("Paris", "PARIS"), page.select("ul.variants-list li .form").eachText());
        assertEquals(List.of("×2", "×1"), page.select("ul.variants-list li .count").eachText());
        List<String> roles = page.select("ul.roles li").eachText();
        assertTrue(roles.contains("mentioned in documents 2"), roles.toString());
        assertTrue(roles.contains("actor in events 1"), roles.toString());
        assertTrue(roles.contains("place of events 1"), roles.toString());
    }

    @Test
    void theChartDataIsJsonInAnAttributeReadByAScriptFromThisServer() throws Exception {
        var page = page("/entities/Q90");
        Element canvas = page.getElementById("mentions-chart");
        assertNotNull(canvas);
        JsonNode series = new ObjectMapper().readTree(canvas.attr("data-series"));
        assertEquals("[\"2022-01-09\",\"2022-01-10\"]", series.path("labels").toString());
        assertEquals("[1,2]", series.path("values").toString());
        List<String> scripts = page.select("script").eachAttr("src");
        assertEquals(List.of(StaticAssets.CHART_JS, StaticAssets.ENTITY_CHART_JS), scripts);
        for (Element script : page.select("script")) assertTrue(script.data().isEmpty(), "no inline script: " + script.outerHtml());
        for (String src : scripts) {
            HttpResponse<String> js = get(src);
            assertEquals(200, js.statusCode(), src);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), src);
        }
        assertTrue(get(StaticAssets.CHART_JS).body().contains("Chart"), "the WebJar holds Chart.js");
    }

    @Test
    void theNetworkLinksTheEntitiesSeenInTheSameDocuments() throws Exception {
        var page = page("/entities/Q90");
        List<String> neighbours = page.select("svg.network a text").eachText();
        // Three neighbours in one document each, ordered by name.
        assertEquals(List.of("Agence France-Presse", "Anne Hidalgo", "Grégory Doucet", "Lyon <b>x</b>"), neighbours);
        assertEquals(4, page.select("svg.network line.edge").size());
        assertEquals("/entities/Q456", page.select("svg.network a:has(text:contains(Lyon))").attr("href"));
        assertTrue(page.select("svg.network b").isEmpty(), "a name never becomes markup");
    }

    @Test
    void quotesOfTheEntityAreListedAsTextWithTheirDocument() throws Exception {
        var page = page("/entities/vigie:gregory-doucet");
        assertEquals(List.of("<script>alert(1)</script>"), page.select("ul.quotes-list blockquote").eachText());
        assertTrue(page.select("main script:not([src])").isEmpty());
        assertEquals("/documents/" + second().id(), page.select("ul.quotes-list .quote-source a").attr("href"));
        var hidalgo = page("/entities/vigie:anne-hidalgo");
        assertEquals(List.of("Nous accueillerons 150 XNUMX visiteurs lundi."), hidalgo.select("ul.quotes-list blockquote").eachText());
        assertTrue(hidalgo.select("ul.roles").text().contains("source of figures 1"));
    }

    @Test
    void theMapDrawsLocatedPlacesAndListsTheOthers() throws Exception {
        var page = page("/map");
        Element dot = page.selectFirst("svg.world-map a[href=/entities/Q90] circle.place-dot");
        assertNotNull(dot, "Paris is on the map");
        // Equirectangular, tenths of a degree: x = (lon + 180) * 10, y = (90 - lat) * 10.
        assertEquals(1824.0, Double.parseDouble(dot.attr("cx")), 0.01);
        assertEquals(411.0, Double.parseDouble(dot.attr("cy")), 0.01);
        assertEquals(1, page.select("svg.world-map circle.place-dot").size());
        assertEquals(List.of("Lyon <b>x</b>"), page.select("ul.unlocated li a").eachText());
        assertTrue(page.selectFirst("svg.world-map path.land").attr("d").length() > 10_000, "the outline is bundled");
    }

    @Test
    void aCountryIsPlacedAtItsCapitalAndAPlaceAtItsOwnCoordinates() {
        KnowledgeBase kb = KnowledgeBase.get();
        KnowledgeBasePlaces places = new KnowledgeBasePlaces(kb);
        KbEntry country = kb.entries().stream().filter(e -> "country".equals(e.kind()))
                .filter(e -> kb.capital(e.id()).flatMap(KbEntry::coordinates).isPresent()).findFirst().orElseThrow();
        var capital = kb.capital(country.id()).flatMap(KbEntry::coordinates).orElseThrow();
        assertEquals(Optional.of(new PlaceLocator.Point(capital.lat(), capital.lon())),
                places.locate(new EntitySummary(country.id(), country.name(), EntityType.GPE, 1, 1, List.of())));
        KbEntry city = kb.entries().stream().filter(e -> e.coordinates().isPresent()).findFirst().orElseThrow();
        assertEquals(city.coordinates().get().lat(), places.locate(new EntitySummary(city.id(), city.name(), city.type(), 1, 1, List.of()))
                .orElseThrow().lat());
        assertEquals(Optional.empty(), places.locate(new EntitySummary("vigie:korvan-nowhere", "Nowhere Korvanesque", EntityType.GPE, 1, 1, List.of())));
    }

    @Test
    void webjarPathsOutsideTheLibrariesAreNotServed() throws Exception {
        for (String path : List.of("/webjars/chart.js/4.5.1/package.json.class", "/webjars/chart.js/9.9.9/dist/chart.umd.js",
                "/webjars/chart.js/4.5.1/dist/index.umd.d.ts")) {
            assertEquals(404, get(path).statusCode(), path);
        }
        // Jetty itself refuses dot segments and encoded slashes as ambiguous, before any handler sees them.
        for (String path : List.of("/webjars/chart.js/../../../org/vigie/server/vigie.css", "/webjars/..%2F..%2F..%2Forg/vigie/server/vigie.css")) {
            int status = get(path).statusCode();
            assertTrue(status == 400 || status == 404, path + ": " + status);
        }
        assertEquals(200, get(StaticAssets.UI_CSS).statusCode());
        assertEquals(200, get(StaticAssets.FAVICON).statusCode());
    }
}
