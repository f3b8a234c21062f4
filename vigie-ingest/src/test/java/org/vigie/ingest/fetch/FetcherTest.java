package org.vigie.ingest.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class FetcherTest {
    LocalHttp http;
    final CountDownLatch release = new CountDownLatch(1);
    final Fetcher loopbackAllowed = new Fetcher(FetchOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())
            .withMaxBytes(1000).withTimeout(Duration.ofSeconds(5)));

    @BeforeEach
    void start() throws Exception {
        http = new LocalHttp()
                .on("/feed", ex -> {
                    String tag = "\"v1\"";
                    if (tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.getResponseHeaders().set("ETag", tag);
                        ex.sendResponseHeaders(304, -1);
                        return;
                    }
                    ex.getResponseHeaders().set("ETag", tag);
                    ex.getResponseHeaders().set("Last-Modified", "Tue, 03 Jun 2025 10:00:00 GMT");
                    LocalHttp.send(ex, 200, "application/rss+xml", "<rss/>");
                })
                .on("/hop1", ex -> LocalHttp.redirect(ex, 301, "/hop2"))
                .on("/hop2", ex -> LocalHttp.redirect(ex, 302, http.uri("/feed").toString()))
                .on("/loop", ex -> LocalHttp.redirect(ex, 302, "/loop2"))
                .on("/loop2", ex -> LocalHttp.redirect(ex, 302, "/loop"))
                .on("/to-private", ex -> LocalHttp.redirect(ex, 302, "http://10.1.2.3/admin"))
                .on("/to-metadata", ex -> LocalHttp.redirect(ex, 307, "http://169.254.169.254/latest/meta-data/"))
                .on("/to-file", ex -> LocalHttp.redirect(ex, 302, "file:///etc/passwd"))
                .on("/to-mapped", ex -> LocalHttp.redirect(ex, 302, "http://[::ffff:10.0.0.1]/"))
                .on("/huge-declared", ex -> {
                    ex.sendResponseHeaders(200, 50_000_000);
                    ex.getResponseBody().close();
                })
                .on("/huge-chunked", ex -> {
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        byte[] chunk = new byte[1024];
                        for (int i = 0; i < 100; i++) out.write(chunk);
                    } catch (java.io.IOException e) {
                        // the client hung up once it had enough
                    }
                })
                .on("/gzip-bomb", ex -> {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                        gz.write(new byte[1_000_000]);
                    }
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    ex.sendResponseHeaders(200, buf.size());
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(buf.toByteArray());
                    }
                })
                .on("/drip", ex -> {
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write('<');
                        out.flush();
                        release.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // the client gave up
                    }
                })
                .on("/gone", ex -> LocalHttp.send(ex, 410, "text/plain", "gone"))
                .on("/busy", ex -> {
                    ex.getResponseHeaders().set("Retry-After", "120");
                    LocalHttp.send(ex, 503, "text/plain", "busy");
                })
                .on("/hook", ex -> {
                    ex.getRequestBody().readAllBytes();
                    LocalHttp.send(ex, 204, null, "");
                });
    }

    @AfterEach
    void stop() {
        release.countDown();
        http.close();
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsSent() {
        Fetcher strict = new Fetcher(FetchOptions.defaults());
        FetchException e = assertThrows(FetchException.class, () -> strict.get(http.uri("/feed"), Validators.NONE));
        assertEquals(FetchException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertTrue(http.requests.isEmpty(), "a refused URL must not be requested");
    }

    @Test
    void aFetchNamesVigieAndReturnsBodyAndValidators() throws Exception {
        FetchResult r = loopbackAllowed.get(http.uri("/feed"), Validators.NONE);
        assertTrue(r.ok());
        assertEquals("<rss/>", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("\"v1\"", r.validators().etag());
        assertEquals("Tue, 03 Jun 2025 10:00:00 GMT", r.validators().lastModified());
        assertTrue(http.requests.get(0).userAgent().startsWith("Vigie/"), http.requests.get(0).userAgent());
    }

    @Test
    void aMatchingEtagGivesNotModifiedWithoutBody() throws Exception {
        FetchResult r = loopbackAllowed.get(http.uri("/feed"), new Validators("\"v1\"", null));
        assertTrue(r.notModified());
        assertEquals(0, r.body().length);
    }

    @Test
    void redirectsAreFollowedAndRecorded() throws Exception {
        FetchResult r = loopbackAllowed.get(http.uri("/hop1"), Validators.NONE);
        assertTrue(r.ok());
        assertEquals(http.uri("/feed"), r.finalUri());
        assertEquals(2, r.redirects().size());
    }

    @Test
    void redirectsAreCappedAndLoopsStopped() {
        Fetcher oneHop = new Fetcher(loopbackAllowed.options().withMaxRedirects(1));
        assertEquals(FetchException.Kind.TOO_MANY_REDIRECTS,
                assertThrows(FetchException.class, () -> oneHop.get(http.uri("/hop1"), Validators.NONE)).kind());
        assertEquals(FetchException.Kind.TOO_MANY_REDIRECTS,
                assertThrows(FetchException.class, () -> loopbackAllowed.get(http.uri("/loop"), Validators.NONE)).kind());
    }

    @Test
    void redirectsToPrivateLinkLocalMappedOrFileUrlsAreRefused() {
        for (String path : new String[]{"/to-private", "/to-metadata", "/to-file", "/to-mapped"}) {
            FetchException e = assertThrows(FetchException.class, () -> loopbackAllowed.get(http.uri(path), Validators.NONE), path);
            assertEquals(FetchException.Kind.REFUSED, e.kind(), path + ": " + e.getMessage());
        }
    }

    @Test
    void nonHttpSchemesAndCredentialsAreRefusedBeforeAnyRequest() {
        for (String url : new String[]{"file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/x.jar!/a", "gopher://127.0.0.1/",
                "http://user:secret@127.0.0.1/feed", "/relative/only"}) {
            FetchException e = assertThrows(FetchException.class, () -> loopbackAllowed.get(URI.create(url), Validators.NONE), url);
            assertEquals(FetchException.Kind.REFUSED, e.kind(), url);
        }
        assertTrue(http.requests.isEmpty());
    }

    @Test
    void largeResponsesAreCutOffWhateverTheyDeclare() {
        for (String path : new String[]{"/huge-declared", "/huge-chunked", "/gzip-bomb"}) {
            FetchException e = assertThrows(FetchException.class, () -> loopbackAllowed.get(http.uri(path), Validators.NONE), path);
            assertEquals(FetchException.Kind.TOO_LARGE, e.kind(), path + ": " + e.getMessage());
        }
    }

    @Test
    void aBodyThatDripsIsAbandonedAtTheDeadline() {
        Fetcher quick = new Fetcher(loopbackAllowed.options().withTimeout(Duration.ofMillis(300)));
        FetchException e = assertThrows(FetchException.class, () -> quick.get(http.uri("/drip"), Validators.NONE));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind(), e.getMessage());
    }

    @Test
    void errorStatusesAreReturnedWithRetryAfter() throws Exception {
        assertEquals(410, loopbackAllowed.get(http.uri("/gone"), Validators.NONE).status());
        FetchResult busy = loopbackAllowed.get(http.uri("/busy"), Validators.NONE);
        assertEquals(503, busy.status());
        assertEquals(Duration.ofSeconds(120), busy.retryAfter());
        assertEquals(0, busy.body().length);
    }

    @Test
    void aPostGoesToAllowedAddressesOnly() throws Exception {
        assertEquals(204, loopbackAllowed.post(http.uri("/hook"), "{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        Fetcher strict = new Fetcher(FetchOptions.defaults());
        assertEquals(FetchException.Kind.REFUSED, assertThrows(FetchException.class,
                () -> strict.post(http.uri("/hook"), new byte[0], "application/json")).kind());
        assertEquals(1, http.requests.size());
    }

    @Test
    void aClosedPortIsANetworkFailureThatMayPass() throws Exception {
        URI closed;
        try (LocalHttp other = new LocalHttp()) {
            closed = other.uri("/x");
        }
        FetchException e = assertThrows(FetchException.class, () -> loopbackAllowed.get(closed, Validators.NONE));
        assertTrue(e.transientFailure(), e.kind() + ": " + e.getMessage());
    }
}
