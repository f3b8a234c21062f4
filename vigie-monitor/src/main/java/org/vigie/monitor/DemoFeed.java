package org.vigie.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A local news site for the demo: serves the files of a folder (text or HTML articles) on 127.0.0.1 as an RSS
 * feed that grows, {@code initial} items at first and one more every {@code step}, so {@code vigie demo} can show
 * the monitor keeping up by itself. The feed answers conditional requests (ETag) and the site has a robots.txt.
 */
public final class DemoFeed implements AutoCloseable {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Path> files;
    private final int initial;
    private final Duration step;
    private final Clock clock;
    private final Instant started;
    /** The Last-Modified of every article: when the folder says its files were collected, or null. */
    private final String lastModified;

    private DemoFeed(HttpServer server, ExecutorService executor, List<Path> files, int initial, Duration step, Clock clock,
                     String lastModified) {
        this.lastModified = lastModified;
        this.server = server;
        this.executor = executor;
        this.files = files;
        this.initial = initial;
        this.step = step;
        this.clock = clock;
        this.started = clock.instant();
    }

    /**
     * Serves {@code folder}'s {@code .txt} and {@code .html} files on 127.0.0.1:{@code port} (0 picks a free port).
     *
     * @throws IOException if the folder cannot be listed or the port cannot be bound
     */
    public static DemoFeed start(Path folder, int port, int initial, Duration step, Clock clock) throws IOException {
        if (initial < 0) throw new IllegalArgumentException("initial must be 0 or more");
        if (step.isNegative() || step.isZero()) throw new IllegalArgumentException("step must be positive");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
            }).sorted().toList();
        }
        String lastModified = collectedAsHttpDate(folder);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "vigie-demo-feed");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        DemoFeed feed = new DemoFeed(server, executor, files, initial, step, clock, lastModified);
        server.createContext("/", feed::handle);
        server.start();
        return feed;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI feedUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/feed.xml");
    }

    /** A sources file following this feed every {@code interval}, with loopback explicitly allowed. */
    public String sourcesJson(Duration interval) {
        return """
                {"settings": {"allowLoopback": true, "politeness": "PT0.2S"},
                 "sources": [{"id": "demo-wire", "type": "feed", "name": "Demo wire (local)", "url": "%s", "interval": "%s"}],
                 "watchlists": [{"id": "breaking", "name": "Breaking stories", "rule": {"type": "breaking"}},
                                {"id": "threats", "name": "Threats", "rule": {"type": "event", "eventTypes": ["THREATEN"]}},
                                {"id": "big-figures", "name": "Troop figures above 10 000 not seen before",
                                 "rule": {"type": "figure", "units": ["soldier", "troop"], "above": 10000, "newOnly": true}}]}
                """.formatted(feedUrl(), interval);
    }

    /** How many items the feed lists now. */
    public int visible() {
        long steps = Duration.between(started, clock.instant()).toMillis() / Math.max(1, step.toMillis());
        return (int) Math.min(files.size(), initial + Math.max(0, steps));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "text/plain", "GET only");
            } else if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
            } else if (path.equals("/feed.xml")) {
                feed(ex);
            } else if (path.startsWith("/articles/")) {
                article(ex, path.substring("/articles/".length()));
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        }
    }

    private void feed(HttpExchange ex) throws IOException {
        int n = visible();
        String etag = "\"items-" + n + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Vigie demo wire</title><link>http://127.0.0.1:").append(port()).append("/</link>\n");
        List<Integer> order = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) order.add(i);
        for (int i : order) {
            Path f = files.get(i);
            String name = f.getFileName().toString();
            x.append("<item><title>").append(AlertFeed.escape(title(f))).append("</title><link>http://127.0.0.1:").append(port())
                    .append("/articles/").append(AlertFeed.escape(MonitorJson.encode(name))).append("</link><pubDate>")
                    .append(RFC_1123.format(started.plus(step.multipliedBy(Math.max(0, i - initial + 1)))))
                    .append("</pubDate></item>\n");
        }
        x.append("</channel></rss>\n");
        send(ex, 200, "application/rss+xml; charset=utf-8", x.toString());
    }

    private void article(HttpExchange ex, String name) throws IOException {
        int n = visible();
        for (int i = 0; i < n; i++) {
            Path f = files.get(i);
            if (f.getFileName().toString().equals(name)) {
                boolean html = name.toLowerCase(Locale.ROOT).endsWith(".html") || name.toLowerCase(Locale.ROOT).endsWith(".htm");
                byte[] body = Files.readAllBytes(f);
                ex.getResponseHeaders().set("Content-Type", html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
                // saved articles were last changed when collected, as a news server says of a published page
                if (lastModified != null) ex.getResponseHeaders().set("Last-Modified", lastModified);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
                return;
            }
        }
        send(ex, 404, "text/plain", "no such article");
    }

    private static String title(Path f) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(l -> l.length() > 200 ? l.substring(0, 200) : l)
                    .orElse(f.getFileName().toString());
        } catch (IOException | java.io.UncheckedIOException e) {
            return f.getFileName().toString();
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The folder's declared collection date ({@link org.vigie.ingest.Collection}) as an HTTP date, or null. */
    private static String collectedAsHttpDate(Path folder) {
        String collected;
        try {
            collected = org.vigie.ingest.Collection.declaredAbove(folder);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (collected == null) return null;
        java.time.ZonedDateTime at = collected.length() == 10
                ? java.time.LocalDate.parse(collected).atStartOfDay(java.time.ZoneOffset.UTC)
                : java.time.OffsetDateTime.parse(collected).atZoneSameInstant(java.time.ZoneOffset.UTC);
        return RFC_1123.format(at);
    }
}
