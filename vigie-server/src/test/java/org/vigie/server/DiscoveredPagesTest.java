package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.store.DocumentStore;
import org.vigie.store.TestDocuments;
import org.vigie.store.search.IndexedDocumentStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.entity;

/** The discovered-entities page and API: grouping shown, confirm and split, and how both are protected. */
class DiscoveredPagesTest {
    private static final String TOKEN = "discovered-test-token-0123456789";
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private DocumentStore store;
    private VigieServer server;
    private int port;

    @BeforeEach
    void start() {
        store = IndexedDocumentStore.open(dir.resolve("data"));
        put("Dariusz Volenko met Marta Quell in Lisbon.", entity("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER,
                "Dariusz Volenko met Marta Quell in Lisbon.", "Dariusz Volenko"), entity("vigie:marta-quell", "Marta Quell", EntityType.PER,
                "Dariusz Volenko met Marta Quell in Lisbon.", "Marta Quell"), entity("Q597", "Lisbon", EntityType.GPE,
                "Dariusz Volenko met Marta Quell in Lisbon.", "Lisbon"));
        put("Volenkko spoke again.", entity("vigie:volenkko", "Volenkko", EntityType.PER, "Volenkko spoke again.", "Volenkko"));
        put("Marta Quell left.", entity("vigie:marta-quell", "Marta Quell", EntityType.PER, "Marta Quell left.", "Marta Quell"));
        server = VigieServer.create(store, null, ServerOptions.defaults().withApiToken(TOKEN), null, null, null, null, dir.resolve("data"));
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
        KnowledgeBase.useExtensions(List.of());
    }

    private void put(String text, org.vigie.core.model.Entity... entities) {
        Document d = TestDocuments.withEntities(text, null, entities);
        assertTrue(store.put(d, TestDocuments.bytes(d)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String json, String tokenOrNull) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (tokenOrNull != null) b.header("Authorization", "Bearer " + tokenOrNull);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String cookieOrNull, String... nameValues) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parts.add(nameValues[i] + "=" + URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts)));
        if (cookieOrNull != null) b.header("Cookie", cookieOrNull);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageListsRecurringUnknownNamesWithTheirVariantsAndCounts() throws Exception {
        HttpResponse<String> r = get("/discovered");
        assertEquals(200, r.statusCode());
        BalancedHtml.assertBalanced(r.body());
        org.jsoup.nodes.Document page = Jsoup.parse(r.body());
        assertNotNull(page.selectFirst("nav a[href=/discovered][aria-current=page]"));
        List<String> names = page.select("table.discovered tbody tr td:first-child a").eachText();
        assertEquals(List.of("Dariusz Volenko", "Marta Quell"), names, "Lisbon is in the knowledge base");
        Element volenko = page.select("table.discovered tbody tr").first();
        assertEquals("2", volenko.select("td.num").get(0).text());
        assertEquals(List.of("Dariusz Volenko (1 document)", "Volenkko (1 document)"), volenko.select("ul.variants > li").eachText()
                .stream().map(s -> s.replace(" Split off", "")).toList());
        assertEquals(2, volenko.select("form.split").size());
        assertNotNull(page.selectFirst("form.confirm input[name=csrf]"));
    }

    @Test
    void theApiListsThemAndConfirmingNeedsTheTokenThenLinksTheNamesFromNowOn() throws Exception {
        JsonNode list = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        assertEquals(2, list.get("total").asInt());
        assertEquals("vigie:dariusz-volenko", list.get("items").get(0).get("id").asText());
        assertEquals(2, list.get("items").get(0).get("variants").size());

        assertEquals(401, postJson("/api/discovered/confirm", "{\"id\":\"vigie:dariusz-volenko\"}", null).statusCode());
        assertEquals(401, postJson("/api/discovered/confirm", "{\"id\":\"vigie:dariusz-volenko\"}", "wrong").statusCode());
        assertEquals(404, postJson("/api/discovered/confirm", "{\"id\":\"vigie:nobody\"}", TOKEN).statusCode());
        assertEquals(400, postJson("/api/discovered/confirm", "{\"name\":\"x\"}", TOKEN).statusCode());
        HttpResponse<String> ok = postJson("/api/discovered/confirm", "{\"id\":\"vigie:dariusz-volenko\",\"type\":\"PER\"}", TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode confirmed = AnalysisJson.MAPPER.readTree(ok.body());
        assertEquals("vigie:dariusz-volenko", confirmed.get("id").asText());

        Path user = dir.resolve("data").resolve("kb").resolve("user.tsv");
        assertTrue(Files.readString(user).contains("Volenkko"));
        assertEquals("vigie:dariusz-volenko", KnowledgeBase.get().lookup("Volenkko").get(0).id());
        JsonNode after = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        assertEquals(1, after.get("total").asInt());
        assertEquals("vigie:marta-quell", after.get("items").get(0).get("id").asText());
        assertEquals("vigie:dariusz-volenko", after.get("confirmed").get(0).get("id").asText());
    }

    @Test
    void theSplitFormNeedsTheTokenOfItsCookieAndSplitsTheVariantOff() throws Exception {
        HttpResponse<String> page = get("/discovered");
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict") && setCookie.contains("HttpOnly"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String token = Jsoup.parse(page.body()).selectFirst("form.split input[name=csrf]").attr("value");

        assertEquals(403, postForm("/discovered/split", null, "csrf", token, "member", "vigie:volenkko").statusCode());
        assertEquals(403, postForm("/discovered/split", cookie, "csrf", "x".repeat(43), "member", "vigie:volenkko").statusCode());
        HttpResponse<String> r = postForm("/discovered/split", cookie, "csrf", token, "member", "vigie:volenkko");
        assertEquals(200, r.statusCode());
        BalancedHtml.assertBalanced(r.body());
        assertTrue(Jsoup.parse(r.body()).selectFirst("p[role=status]").text().contains("Split vigie:volenkko off Dariusz Volenko"));
        JsonNode after = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        List<String> ids = new ArrayList<>();
        after.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(List.of("vigie:marta-quell", "vigie:volenkko"), ids, "Dariusz Volenko is in one document once split");
        assertEquals(409, postJson("/api/discovered/split", "{\"member\":\"vigie:volenkko\"}", TOKEN).statusCode());
    }

    @Test
    void theFormsCarryTheSiteTokenAndAForgedPostWithoutItIsRefused() throws Exception {
        HttpResponse<String> page = get("/discovered");
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(FormTokens.COOKIE + "=") && setCookie.contains("Path=/;"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String token = cookie.substring(cookie.indexOf('=') + 1);
        org.jsoup.nodes.Document html = Jsoup.parse(page.body());
        assertEquals(List.of(token), html.select("form input[name=" + FormTokens.FIELD + "]").eachAttr("value").stream().distinct().toList());

        assertEquals(403, postForm("/discovered/confirm", null, "id", "vigie:dariusz-volenko", "type", "PER").statusCode());
        assertEquals(403, postForm("/discovered/confirm", cookie, "id", "vigie:dariusz-volenko", "type", "PER").statusCode(),
                "the cookie alone, as a cross-site post of a browser that sent it would have");
        assertEquals(403, postForm("/discovered/split", cookie, "member", "vigie:volenkko").statusCode());
        assertEquals(403, postForm("/discovered/confirm", cookie, "csrf", "", "id", "vigie:dariusz-volenko").statusCode());
        JsonNode unchanged = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        assertEquals(2, unchanged.get("total").asInt());
        assertEquals(0, unchanged.get("confirmed").size());
        HttpResponse<String> ok = postForm("/discovered/confirm", cookie, "csrf", token, "id", "vigie:dariusz-volenko", "type", "PER");
        assertEquals(200, ok.statusCode());
        assertEquals(1, AnalysisJson.MAPPER.readTree(get("/api/discovered").body()).get("confirmed").size());
    }

    @Test
    void anUndoneConfirmationLeavesTheUserKnowledgeBaseAndTheNamesAreDiscoveredAgain() throws Exception {
        assertEquals(201, postJson("/api/discovered/confirm", "{\"id\":\"vigie:dariusz-volenko\"}", TOKEN).statusCode());
        assertEquals("vigie:dariusz-volenko", KnowledgeBase.get().lookup("Volenkko").get(0).id());

        String path = "/api/discovered/vigie:dariusz-volenko/unconfirm";
        assertEquals(401, postJson(path, "", null).statusCode());
        assertEquals(401, postJson(path, "", "wrong").statusCode());
        assertEquals(404, postJson("/api/discovered/vigie:nobody/unconfirm", "", TOKEN).statusCode());
        HttpResponse<String> ok = postJson(path, "", TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Dariusz Volenko", AnalysisJson.MAPPER.readTree(ok.body()).get("name").asText());
        assertEquals(404, postJson(path, "", TOKEN).statusCode(), "undone once");

        assertFalse(Files.readString(dir.resolve("data").resolve("kb").resolve("user.tsv")).contains("Volenkko"));
        assertTrue(KnowledgeBase.get().lookup("Volenkko").isEmpty(), "the annotators no longer link it");
        JsonNode after = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        assertEquals(2, after.get("total").asInt());
        assertEquals("vigie:dariusz-volenko", after.get("items").get(0).get("id").asText());
        assertEquals(0, after.get("confirmed").size());
        assertEquals(0, AnalysisJson.MAPPER.readTree(get("/api/discovered/decisions").body()).get("confirmed").size());
    }

    @Test
    void anUndoneSplitLetsTheVariantJoinItsEntityAgain() throws Exception {
        assertEquals(200, postJson("/api/discovered/split", "{\"member\":\"vigie:volenkko\"}", TOKEN).statusCode());
        JsonNode decisions = AnalysisJson.MAPPER.readTree(get("/api/discovered/decisions").body());
        assertEquals("vigie:volenkko", decisions.get("splits").get(0).get("member").asText());
        assertEquals("Volenkko", decisions.get("splits").get(0).get("name").asText());

        assertEquals(401, postJson("/api/discovered/vigie:volenkko/unsplit", "", null).statusCode());
        assertEquals(404, postJson("/api/discovered/vigie:marta-quell/unsplit", "", TOKEN).statusCode(), "never split off");
        HttpResponse<String> ok = postJson("/api/discovered/vigie:volenkko/unsplit", "", TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(404, postJson("/api/discovered/vigie:volenkko/unsplit", "", TOKEN).statusCode(), "undone once");
        JsonNode after = AnalysisJson.MAPPER.readTree(get("/api/discovered").body());
        assertEquals(2, after.get("total").asInt());
        assertEquals("vigie:dariusz-volenko", after.get("items").get(0).get("id").asText());
        assertEquals(2, after.get("items").get(0).get("variants").size(), "Volenkko is a variant again");
        assertEquals(0, AnalysisJson.MAPPER.readTree(get("/api/discovered/decisions").body()).get("splits").size());
    }

    @Test
    void theDecisionsPageListsConfirmationsAndSplitsWithUndoFormsThatNeedTheSiteToken() throws Exception {
        assertEquals(201, postJson("/api/discovered/confirm", "{\"id\":\"vigie:marta-quell\"}", TOKEN).statusCode());
        assertEquals(200, postJson("/api/discovered/split", "{\"member\":\"vigie:volenkko\"}", TOKEN).statusCode());
        HttpResponse<String> page = get("/discovered/decisions");
        assertEquals(200, page.statusCode());
        BalancedHtml.assertBalanced(page.body());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        org.jsoup.nodes.Document html = Jsoup.parse(page.body());
        assertEquals(List.of("vigie:marta-quell"), html.select("ul.confirmed form.unconfirm input[name=id]").eachAttr("value"));
        assertEquals(List.of("vigie:volenkko"), html.select("ul.splits form.unsplit input[name=member]").eachAttr("value"));
        assertTrue(html.selectFirst("ul.splits li").text().startsWith("Volenkko · vigie:volenkko · split "), html.selectFirst("ul.splits li").text());
        String token = html.selectFirst("form.unconfirm input[name=csrf]").attr("value");
        assertNotNull(Jsoup.parse(get("/discovered").body()).selectFirst("a[href=/discovered/decisions]"));

        assertEquals(403, postForm("/discovered/unconfirm", cookie, "id", "vigie:marta-quell").statusCode());
        assertEquals(403, postForm("/discovered/unsplit", null, "csrf", token, "member", "vigie:volenkko").statusCode());
        assertEquals(1, AnalysisJson.MAPPER.readTree(get("/api/discovered").body()).get("confirmed").size(), "nothing undone");

        HttpResponse<String> undone = postForm("/discovered/unconfirm", cookie, "csrf", token, "id", "vigie:marta-quell");
        assertEquals(200, undone.statusCode());
        BalancedHtml.assertBalanced(undone.body());
        assertTrue(Jsoup.parse(undone.body()).selectFirst("p[role=status]").text().contains("Undid the confirmation of Marta Quell"));
        HttpResponse<String> unsplit = postForm("/discovered/unsplit", cookie, "csrf", token, "member", "vigie:volenkko");
        assertEquals(200, unsplit.statusCode());
        org.jsoup.nodes.Document empty = Jsoup.parse(unsplit.body());
        assertTrue(empty.select("form.unconfirm, form.unsplit").isEmpty(), "no decisions left");
        assertEquals(404, postForm("/discovered/unsplit", cookie, "csrf", token, "member", "vigie:volenkko").statusCode());
        assertEquals(0, AnalysisJson.MAPPER.readTree(get("/api/discovered").body()).get("confirmed").size());
    }

    @Test
    void onlyLoopbackAddressesCount() {
        assertTrue(DiscoveredPage.loopback("127.0.0.1"));
        assertTrue(DiscoveredPage.loopback("0:0:0:0:0:0:0:1"));
        assertTrue(DiscoveredPage.loopback("[::1]"));
        assertFalse(DiscoveredPage.loopback("192.168.1.20"));
        assertFalse(DiscoveredPage.loopback("localhost.example.org"));
        assertFalse(DiscoveredPage.loopback(null));
    }
}
