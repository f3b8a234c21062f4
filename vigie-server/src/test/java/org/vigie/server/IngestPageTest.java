package org.vigie.server;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.store.DocumentStore;
import org.vigie.store.TestDocuments;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The paste and upload form: its CSRF token, its size limit, and what it tells when ingest fails or is disabled. */
class IngestPageTest {
    @TempDir
    static Path dir;
    static DocumentStore store;
    static VigieServer server;
    static VigieServer disabled;
    static int port;
    static int disabledPort;
    static final HttpClient client = HttpClient.newHttpClient();
    static final List<String> calls = new ArrayList<>();
    static final String BOUNDARY = "vigieTestBoundary7MA4YWxk";

    /** Records each call; stores the stored test document for "full", refuses "bad" and fails on "boom". */
    static final IngestService RECORDING = (bytes, name, mediaType) -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        calls.add(name + "|" + mediaType + "|" + text);
        if (text.equals("bad")) throw new InputException(name, "not a <document>");
        if (text.equals("boom")) throw new IllegalStateException("disk full");
        return List.of(TestDocuments.full().id(), "0".repeat(64));
    };

    @BeforeAll
    static void startServers() {
        store = DocumentStore.open(dir.resolve("data"));
        Document full = TestDocuments.full();
        store.put(full, TestDocuments.bytes(full));
        server = VigieServer.create(store, null, ServerOptions.defaults(), null, RECORDING, null);
        port = server.start("127.0.0.1", 0);
        disabled = VigieServer.create(store, null, ServerOptions.defaults(), null, null, null);
        disabledPort = disabled.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServers() {
        if (server != null) server.stop();
        if (disabled != null) disabled.stop();
        if (store != null) store.close();
    }

    @BeforeEach
    void clear() {
        calls.clear();
    }

    record Form(String cookie, String token) {
    }

    static Form form(int p) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/ingest")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        BalancedHtml.assertBalanced(r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict") && setCookie.contains("HttpOnly"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String token = Jsoup.parse(r.body()).select("form.ingest input[name=csrf]").attr("value");
        assertEquals(cookie, IngestPage.CSRF_COOKIE + "=" + token);
        return new Form(cookie, token);
    }

    static byte[] multipart(String token, String text, String format, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (token != null) field(out, "csrf", token);
        if (text != null) field(out, "text", text);
        if (format != null) field(out, "format", format);
        if (fileName != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(int p, String cookieOrNull, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookieOrNull != null) b.header("Cookie", cookieOrNull);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pastedTextGoesToTheServiceAndTheStoredDocumentsAreLinked() throws Exception {
        Form f = form(port);
        HttpResponse<String> r = post(port, f.cookie(), multipart(f.token(), "Une phrase <b>collée</b>.", "text", null, null));
        assertEquals(200, r.statusCode(), r.body());
        BalancedHtml.assertBalanced(r.body());
        assertEquals(List.of("pasted.txt|text/plain|Une phrase <b>collée</b>."), calls);
        var page = Jsoup.parse(r.body());
        assertEquals(List.of("/documents/" + TestDocuments.full().id()), page.select("ul.ingested a").eachAttr("href"));
        assertTrue(page.select("ul.ingested li").get(1).text().endsWith("(not stored)"));
    }

    @Test
    void pastedHtmlAndUploadedFilesKeepTheirKind() throws Exception {
        Form f = form(port);
        assertEquals(200, post(port, f.cookie(), multipart(f.token(), "<p>Bonjour</p>", "html", null, null)).statusCode());
        byte[] upload = "Texte d'un fichier".getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(port, f.cookie(), multipart(f.token(), "", "text", "depeche.txt", upload)).statusCode());
        assertEquals(List.of("pasted.html|text/html|<p>Bonjour</p>", "depeche.txt|null|Texte d'un fichier"), calls);
    }

    @Test
    void aPostWithoutTheTokenOfItsCookieIsRefused() throws Exception {
        Form f = form(port);
        Form other = form(port);
        assertEquals(403, post(port, null, multipart(f.token(), "x", "text", null, null)).statusCode());
        assertEquals(403, post(port, f.cookie(), multipart(null, "x", "text", null, null)).statusCode());
        assertEquals(403, post(port, f.cookie(), multipart(other.token(), "x", "text", null, null)).statusCode());
        assertEquals(403, post(port, IngestPage.CSRF_COOKIE + "=short", multipart("short", "x", "text", null, null)).statusCode());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void badInputAndFailuresAreExplainedWithoutLosingTheForm() throws Exception {
        Form f = form(port);
        HttpResponse<String> bad = post(port, f.cookie(), multipart(f.token(), "bad", "text", null, null));
        assertEquals(400, bad.statusCode());
        var page = Jsoup.parse(bad.body());
        assertTrue(page.selectFirst("p.error-message").text().contains("not a <document>"));
        assertNotNull(page.selectFirst("form.ingest"), "the form is offered again");
        HttpResponse<String> boom = post(port, f.cookie(), multipart(f.token(), "boom", "text", null, null));
        assertEquals(500, boom.statusCode());
        assertTrue(Jsoup.parse(boom.body()).selectFirst("p.error-message").text().contains("disk full"));
        assertEquals(400, post(port, f.cookie(), multipart(f.token(), "  ", "text", null, null)).statusCode());
    }

    @Test
    void inputsAboveTheLimitAreRefusedBeforeTheServiceSeesThem() throws Exception {
        Form f = form(port);
        byte[] big = new byte[IngestPage.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = post(port, f.cookie(), multipart(f.token(), null, null, "big.txt", big));
        assertEquals(413, r.statusCode());
        assertTrue(calls.isEmpty());
    }

    @Test
    void withoutAServiceThePageSaysIngestIsDisabled() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + disabledPort + "/ingest")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        var page = Jsoup.parse(r.body());
        assertTrue(page.selectFirst("p.empty").text().startsWith("Ingest is disabled"));
        assertNull(page.selectFirst("form.ingest"));
    }
}
