package org.vigie.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 for tests: pages set and changed by the test as it goes, ETags answered with 304,
 * and a log of every request, so tests can tell what was fetched and how often.
 */
final class TestSite implements AutoCloseable {
    /** A response: status, content type, body and extra headers (e.g. Location). */
    record Page(int status, String type, byte[] body, Map<String, String> headers, String etag) {
        static Page html(String title, String body) {
            String html = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" + body + "</p></body></html>";
            return new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), null);
        }

        static Page of(int status, String type, String body) {
            return new Page(status, type, body.getBytes(StandardCharsets.UTF_8), Map.of(), null);
        }

        static Page redirect(String location) {
            return new Page(301, null, new byte[0], Map.of("Location", location), null);
        }

        Page withEtag(String tag) {
            return new Page(status, type, body, headers, tag);
        }
    }

    final Map<String, Page> pages = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    TestSite put(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    long count(String path) {
        return requests.stream().filter(path::equals).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            requests.add(path);
            Page p = pages.get(path);
            if (p == null) {
                byte[] b = "not found".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, b.length);
                ex.getResponseBody().write(b);
                return;
            }
            p.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            if (p.etag() != null) {
                ex.getResponseHeaders().set("ETag", p.etag());
                if (p.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (p.type() != null) ex.getResponseHeaders().set("Content-Type", p.type());
            ex.sendResponseHeaders(p.status(), p.body().length == 0 ? -1 : p.body().length);
            if (p.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(p.body());
                } catch (IOException e) {
                    // the client may hang up on a response it finds too large
                }
            }
        }
    }

    /** An RSS 2.0 feed listing these links, newest first as feeds do. */
    static String rss(String... links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title>");
        for (int i = links.length - 1; i >= 0; i--) sb.append("<item><title>Item ").append(i).append("</title><link>").append(links[i]).append("</link></item>");
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
