package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.monitor.AnalysingIngest;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.store.DocumentStore;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code POST /api/ingest} on a real server running the real pipeline and story assignment over a temporary store. */
class IngestApiTest {
    static final String TOKEN = "un-jeton-de-test-assez-long";
    static final int LIMIT = 4096;

    @TempDir
    static Path dir;
    static DocumentStore store;
    static VigieServer server;
    static int port;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = DocumentStore.open(dir.resolve("data"));
        AnalysingIngest ingest = new AnalysingIngest(store, DefaultPipeline.create(), new StoryAssigner(new StoryIndex()));
        server = VigieServer.create(store, null, ServerOptions.defaults().withApiToken(TOKEN).withMaxRequestBytes(LIMIT), null, ingest);
        port = server.start(0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpRequest.Builder post(String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest"))
                .header("Content-Type", contentType).POST(body);
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> ingest(String contentType, String body) throws IOException, InterruptedException {
        return send(post(contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + TOKEN));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    static void assertError(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(status, json(r).path("error").path("status").asInt());
        assertFalse(json(r).path("error").path("message").asText().isBlank());
    }

    @Test
    void plainTextIsAnalysedStoredAndThenRecognisedAsADuplicate() throws Exception {
        String text = "Le ministre Jean Dupont a annoncé lundi à Lyon l'envoi de 200 tonnes d'aide vers la région.";
        HttpResponse<String> first = ingest("text/plain; charset=utf-8", text);
        assertEquals(201, first.statusCode(), first.body());
        JsonNode o = json(first);
        assertEquals(1, o.path("stored").asInt());
        assertFalse(o.path("duplicate").asBoolean());
        String id = o.path("documents").get(0).path("id").asText();
        assertFalse(o.path("documents").get(0).path("story").isNull(), "a story was assigned");
        Document stored = store.get(id).orElseThrow();
        assertEquals(text, stored.text());
        assertTrue(stored.story().isPresent());
        assertTrue(stored.language().isPresent(), "the pipeline ran");

        HttpResponse<String> again = ingest("text/plain; charset=utf-8", text);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode a = json(again);
        assertTrue(a.path("duplicate").asBoolean());
        assertEquals(0, a.path("stored").asInt());
        assertEquals(id, a.path("documents").get(0).path("id").asText());
    }

    @Test
    void aJsonArrayOfRecordsKeepsTheFieldsItStates() throws Exception {
        String body = "[{\"text\": \"La mairie de Nantes a ouvert un nouveau pont sur la Loire mardi.\", \"title\": \"Un pont\", "
                + "\"url\": \"https://example.org/pont\", \"date\": \"2025-06-03\"},"
                + " {\"html\": \"<html><body><p>Le club de Brest a gagné son match samedi soir.</p></body></html>\", \"title\": \"Brest\"}]";
        HttpResponse<String> r = ingest("application/json", body);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode o = json(r);
        assertEquals(2, o.path("stored").asInt());
        Document bridge = store.get(o.path("documents").get(0).path("id").asText()).orElseThrow();
        assertEquals("Un pont", bridge.title().orElseThrow().text());
        assertEquals("https://example.org/pont", RecordScan.source(bridge));
        assertEquals("2025-06-03", RecordScan.published(bridge));
        Document club = store.get(o.path("documents").get(1).path("id").asText()).orElseThrow();
        assertTrue(club.text().contains("Le club de Brest a gagné"));
        assertFalse(club.text().contains("<p>"));
    }

    @Test
    void htmlAndMultipartUploadsAreRead() throws Exception {
        HttpResponse<String> html = ingest("text/html; charset=utf-8",
                "<html><head><title>Marché</title></head><body><p>Le marché de Rennes reste ouvert tout l'été.</p></body></html>");
        assertEquals(201, html.statusCode(), html.body());
        Document page = store.get(json(html).path("documents").get(0).path("id").asText()).orElseThrow();
        assertTrue(page.text().contains("Le marché de Rennes reste ouvert"));

        String boundary = "frontiere42";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nLa bibliothèque de Dijon prête désormais des outils.\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = send(post("multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofString(part, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + TOKEN));
        assertEquals(201, upload.statusCode(), upload.body());
        Document note = store.get(json(upload).path("documents").get(0).path("id").asText()).orElseThrow();
        assertEquals("La bibliothèque de Dijon prête désormais des outils.", note.text().strip());
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedAndStoreNothing() throws Exception {
        long before = store.stats().documents();
        String text = "Ce texte ne doit jamais être stocké sans jeton.";
        assertError(send(post("text/plain", HttpRequest.BodyPublishers.ofString(text))), 401);
        HttpResponse<String> wrong = send(post("text/plain", HttpRequest.BodyPublishers.ofString(text))
                .header("Authorization", "Bearer " + TOKEN + "x"));
        assertError(wrong, 401);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertError(send(post("text/plain", HttpRequest.BodyPublishers.ofString(text)).header("Authorization", TOKEN)), 401);
        // What a cross-site form would send: no Authorization header can be added to it.
        assertError(send(post("application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("text=" + text))
                .header("Origin", "http://evil.example")), 401);
        assertEquals(before, store.stats().documents());
    }

    @Test
    void aServerWithoutTokenAcceptsNoIngest() throws Exception {
        try (DocumentStore other = DocumentStore.open(dir.resolve("other"))) {
            VigieServer open = VigieServer.create(other, null, ServerOptions.defaults(), null,
                    (raw, bytes) -> { throw new AssertionError("must not be called"); });
            int p = open.start(0);
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/api/ingest"))
                        .header("Content-Type", "text/plain").header("Authorization", "Bearer anything")
                        .POST(HttpRequest.BodyPublishers.ofString("Un texte.")).build(), HttpResponse.BodyHandlers.ofString());
                assertError(r, 401);
            } finally {
                open.stop();
            }
        }
    }

    @Test
    void oversizeBodiesAreRefusedWith413WithOrWithoutALength() throws Exception {
        String big = "Une phrase assez longue pour remplir la requête. ".repeat(LIMIT / 40);
        assertTrue(big.length() > LIMIT);
        assertError(ingest("text/plain", big), 413);
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        // Without a Content-Length (chunked), the limit is enforced while reading.
        HttpResponse<String> chunked = send(post("text/plain",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).header("Authorization", "Bearer " + TOKEN));
        assertError(chunked, 413);
    }

    @Test
    void unsupportedAndBadBodiesGetClearErrors() throws Exception {
        assertError(ingest("application/pdf", "%PDF-1.4"), 415);
        assertError(send(post("application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2}))
                .header("Authorization", "Bearer " + TOKEN)), 415);
        HttpResponse<String> broken = ingest("application/json", "{\"text\": ");
        assertError(broken, 400);
        assertTrue(json(broken).path("error").path("message").asText().contains("JSON"), broken.body());
        assertError(ingest("text/plain", ""), 400);
    }

    @Test
    void theTokenFileIsCreatedOnceAndReadableByItsOwnerOnly() throws Exception {
        Path data = dir.resolve("token-data");
        String token = ApiToken.loadOrCreate(data);
        assertTrue(token.length() >= 40, token);
        assertEquals(token, ApiToken.loadOrCreate(data));
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(ApiToken.file(data))));
        }
        assertNotEquals(token, ApiToken.loadOrCreate(dir.resolve("token-data-2")), "each data folder draws its own token");
        assertTrue(ApiToken.matches(token, token));
        assertFalse(ApiToken.matches(token, token.substring(1)));
        assertFalse(ApiToken.matches(token, null));
    }

    @Test
    void optionsNeverPrintTheToken() {
        assertFalse(ServerOptions.defaults().withApiToken(TOKEN).toString().contains(TOKEN));
    }

}
