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
import org.vigie.store.StoryStore;
import org.vigie.store.TestDocuments;
import org.vigie.stories.Relation;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

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

class StoryPagesTest {
    static final String ESTIMATE = "The defence ministry of Ostria said 90,000 troops had gathered near the northern border on Monday.\n"
            + "Karsian officials put the number of soldiers at 120,000 and accused Ostria of preparing an attack.\n"
            + "\"Our forces only defend our own soil,\" said Lena Ostrova, the Ostrian defence minister.";
    static final String HOSTILE_TITLE = "Troops <script>alert(1)</script> at the border";

    @TempDir
    static Path dir;
    static DocumentStore store;
    static VigieServer server;
    static int port;
    static final HttpClient client = HttpClient.newHttpClient();
    static Document original, copy, report, flood;
    static String story, floodStory;

    static Document article(String text, String title, String date, String credit, String publisher, boolean withFacts) {
        EntityRef ostria = new EntityRef("vigie:ostria", "Ostria");
        EntityRef karsa = new EntityRef("vigie:karsa", "Karsa");
        List<SourceCredit> sources = new ArrayList<>();
        if (credit != null) sources.add(new SourceCredit(credit, null, SourceCredit.Role.CREDITED, find(text, credit)));
        if (publisher != null) sources.add(new SourceCredit(publisher, null, SourceCredit.Role.PUBLISHER, find(text, publisher)));
        Layers.Builder b = Layers.builder()
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en")))
                .put(LayerKind.TITLE, List.of(new Title(title, null)))
                .put(LayerKind.PUBLISHED, List.of(new Published(date, null, Published.Method.METADATA)))
                .put(LayerKind.SOURCES, sources);
        List<Entity> entities = new ArrayList<>();
        if (text.contains("Ostria")) entities.add(new Entity("vigie:ostria", "Ostria", EntityType.GPE, List.of(find(text, "Ostria"))));
        if (text.contains("Karsa")) entities.add(new Entity("vigie:karsa", "Karsa", EntityType.GPE, List.of(find(text, "Karsa"))));
        if (text.contains("Lena Ostrova")) entities.add(new Entity("vigie:lena-ostrova", "Lena Ostrova", EntityType.PER, List.of(find(text, "Lena Ostrova"))));
        if (text.contains("Lindholm")) entities.add(new Entity("vigie:lindholm", "Lindholm", EntityType.GPE, List.of(find(text, "Lindholm"))));
        b.put(LayerKind.ENTITIES, entities);
        if (withFacts) {
            b.put(LayerKind.QUANTITIES, List.of(
                    new Quantity(find(text, "90,000 troops"), 90000.0, "soldier", false, false, ostria),
                    new Quantity(find(text, "120,000"), 120000.0, "soldier", false, false, karsa)));
            b.put(LayerKind.QUOTES, List.of(new Quote(find(text, "Our forces only defend our own soil,"), true,
                    new EntityRef("vigie:lena-ostrova", "Lena Ostrova"), find(text, "said"), "en")));
            b.put(LayerKind.EVENTS, List.of(new Event(EventType.ACCUSE, null, karsa, ostria, null, "2025-05-12", false,
                    find(text, "accused Ostria of preparing an attack"))));
        }
        return Document.ofText(text).with(b.build());
    }

    @BeforeAll
    static void startServer() {
        store = DocumentStore.open(dir.resolve("data"));
        StoryStore stories = StoryStore.of(store);
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        original = article(ESTIMATE + "\n(AFP)", HOSTILE_TITLE, "2025-05-12", "AFP", null, true);
        copy = article("Home | World\n" + ESTIMATE + "\n(AFP)\nBorder Watch Daily", HOSTILE_TITLE, "2025-05-12", "AFP", "Border Watch Daily", true);
        report = article("Officials in Karsa said on Monday that Ostria had massed troops near the northern border and accused it of preparing an attack.\n"
                + "The Ostrian defence ministry said the troops were on exercises.\nReuters", "Karsa accuses Ostria over troops", "2025-05-12", "Reuters", null, false);
        flood = article("Heavy rain flooded the old town of Lindholm overnight and hundreds of residents were moved to schools.\n"
                + "The river rose by three metres and the mayor asked for pumps and volunteers.", "Floods in Lindholm", "2025-05-14", null, null, false);
        for (Document d : List.of(original, copy, report, flood)) {
            StoryAssigner.Result r = assigner.assign(d);
            assertTrue(stories.put(r.document(), TestDocuments.bytes(d), r.assignment()));
        }
        story = stories.membership(original.id()).orElseThrow().storyId();
        floodStory = stories.membership(flood.id()).orElseThrow().storyId();
        assertEquals(story, stories.membership(report.id()).orElseThrow().storyId(), "fixture: the report joins the story");
        assertEquals(Relation.COPY, stories.membership(copy.id()).orElseThrow().relation(), "fixture: the copy is found");
        server = VigieServer.create(store, ServerOptions.defaults());
        port = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static org.jsoup.nodes.Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        BalancedHtml.assertBalanced(r.body());
        return Jsoup.parse(r.body());
    }

    static JsonNode json(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    @Test
    void theSiteOpensOnTheStoriesOfTheLatestDay() throws Exception {
        var home = page("/");
        assertEquals("Stories of 2025-05-14", home.selectFirst("h1").text());
        List<Element> rows = home.select("table.today tbody tr");
        assertEquals(List.of("Floods in Lindholm"), rows.stream().map(r -> r.selectFirst("td a").text()).toList());
        assertEquals(List.of(HOSTILE_TITLE), home.select("table.more tbody tr td:first-child a").eachText(),
                "the other stories follow, so the page is never just one story");
        assertEquals(StoryPages.link(floodStory), rows.get(0).selectFirst("td a").attr("href"));
        assertEquals("page", home.selectFirst("header nav a[href=/]").attr("aria-current"));
        assertEquals("Documents", home.selectFirst("header nav a[href=/documents]").text(), "the document list stays in the navigation");
        assertEquals("/?day=2025-05-13", home.selectFirst("p.days a[rel=prev]").attr("href"));
    }

    @Test
    void anEarlierDayListsItsStoriesWithHowManyDocumentsThatDay() throws Exception {
        var day = page("/?day=2025-05-12");
        List<Element> rows = day.select("table.today tbody tr");
        assertEquals(1, rows.size());
        assertEquals(HOSTILE_TITLE, rows.get(0).selectFirst("td a").text());
        assertEquals(List.of("3", "2", "3"), rows.get(0).select("td").eachText().subList(1, 4),
                "documents that day, independent sources, documents");
        assertTrue(page("/?day=2025-05-13").select("table.today").isEmpty());
        assertEquals(400, get("/?day=yesterday").statusCode());
    }

    @Test
    void theDocumentListHasItsOwnPath() throws Exception {
        var docs = page("/documents");
        assertEquals("Documents", docs.selectFirst("h1").text());
        assertEquals(4, docs.select("table.documents tbody tr").size());
    }

    @Test
    void theStoriesPageRanksStoriesByIndependentSourcesWithTheirCounts() throws Exception {
        var page = page("/stories");
        List<Element> rows = page.select("table.stories tbody tr");
        assertEquals(2, rows.size());
        assertEquals(HOSTILE_TITLE, rows.get(0).selectFirst("td a").text(), "shown as text, escaped");
        assertTrue(page.select("script").isEmpty(), "no markup from a title");
        assertEquals(StoryPages.link(story), rows.get(0).selectFirst("td a").attr("href"));
        assertEquals(List.of("2025-05-12", "2", "3", "2", "en"), rows.get(0).select("td").eachText().subList(1, 6),
                "dates, independent sources (AFP and its copy once, Reuters), documents, groups, languages");
        assertEquals("Floods in Lindholm", rows.get(1).selectFirst("td a").text());
        assertEquals("page", page.selectFirst("nav a[href=/stories]").attr("aria-current"), "the Stories link in the site navigation");
    }

    @Test
    void theMostRecentStoriesComeFirstWhenAsked() throws Exception {
        var page = page("/stories?sort=recent");
        assertEquals("Floods in Lindholm", page.selectFirst("table.stories tbody tr td a").text());
        assertEquals(400, get("/stories?sort=random").statusCode());
    }

    @Test
    void aStoryPageShowsTheChainTimelineQuotesAndLedger() throws Exception {
        var page = page("/stories/" + story);
        assertEquals(HOSTILE_TITLE, page.selectFirst("h1").text());
        Element sources = page.selectFirst(".story-sources");
        assertEquals(List.of("AFP 2", "Reuters 1"), sources.select("section.story-source h3").eachText());
        Element copyRow = sources.selectFirst("li:has(.relation-copy)");
        assertNotNull(copyRow, sources.html());
        assertEquals("/documents/" + original.id(), copyRow.selectFirst("a.of").attr("href"));
        assertNotNull(sources.selectFirst(".relation-original"));
        assertTrue(page.selectFirst("ol.timeline").text().contains("ACCUSE"));
        assertTrue(page.selectFirst("ol.timeline").text().contains("Karsa → Ostria"));
        assertTrue(page.selectFirst("ol.timeline").text().contains("1 independent source (2 documents)"), "the copy does not confirm");
        Element quote = page.selectFirst("ul.key-quotes li");
        assertEquals("Lena Ostrova", quote.selectFirst(".speaker").text());
        Element ledger = page.selectFirst("section.claims.disputed");
        assertNotNull(ledger, "90,000 against 120,000 is a disagreement");
        assertEquals(List.of("90,000", "120,000"), ledger.select(".value.conflict").eachText());
        assertEquals("disputed", ledger.selectFirst(".badge.disputed").text());
        assertEquals(2, ledger.select("table.ledger tbody tr").size(), "one claim per claimant, the copy repeats them");
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void aStoryWithoutFactsSaysSo() throws Exception {
        var page = page("/stories/" + floodStory);
        assertEquals("Floods in Lindholm", page.selectFirst("h1").text());
        assertEquals(3, page.select("p.empty").size(), "no events, quotes or figures");
    }

    @Test
    void aMergedStoryLeadsToTheStoryItJoined() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("vigie.db"));
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO stories_merged (id, merged_into) VALUES ('story-old', ?)")) {
            ps.setString(1, story);
            ps.executeUpdate();
        }
        HttpResponse<String> html = get("/stories/story-old");
        assertEquals(302, html.statusCode());
        assertEquals(StoryPages.link(story), html.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> api = get("/api/stories/story-old");
        assertEquals(302, api.statusCode());
        assertEquals("/api/stories/" + story, api.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anUnknownStoryIsNotFoundInHtmlAndJson() throws Exception {
        assertEquals(404, get("/stories/story-nothing").statusCode());
        JsonNode error = json("/api/stories/story-nothing", 404);
        assertEquals(404, error.path("error").path("status").asInt());
    }

    @Test
    void theApiListsStoriesAndServesOneSummary() throws Exception {
        JsonNode list = json("/api/stories?limit=1", 200);
        assertEquals(2, list.get("total").asInt());
        assertEquals(1, list.get("items").size());
        assertEquals(story, list.get("items").get(0).get("id").asText());
        assertEquals(2, list.get("items").get(0).get("independentSources").asInt());
        assertEquals(HOSTILE_TITLE, list.get("items").get(0).get("title").asText());
        assertEquals(400, get("/api/stories?limit=0").statusCode());

        JsonNode one = json("/api/stories/" + story, 200);
        assertEquals(3, one.get("documents").asInt());
        assertEquals(3, one.get("members").size());
        JsonNode soldiers = one.get("claims").get(0);
        assertEquals("soldier", soldiers.get("unit").asText());
        assertTrue(soldiers.get("disputed").asBoolean());
        assertEquals("ACCUSE", one.get("timeline").get(0).get("type").asText());
        boolean copyOfOriginal = false;
        for (JsonNode m : one.get("members")) {
            if (m.get("document").asText().equals(copy.id())) copyOfOriginal = m.get("of").asText().equals(original.id()) && m.get("relation").asText().equals("copy");
        }
        assertTrue(copyOfOriginal);
    }
}
