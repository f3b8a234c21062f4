package org.vigie.monitor;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Pipeline;
import org.vigie.ingest.fetch.AddressPolicy;
import org.vigie.ingest.fetch.Sleeper;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.store.DocumentStore;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * How many feeds and articles per minute one machine sustains against a local server: F feeds of A articles
 * each, polled by the background scheduler with no politeness delay (the server is ours). Run with
 * {@code mvn -pl vigie-monitor -am test -Dtest=MonitorBenchmarkTest -Dsurefire.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints its numbers.
 */
@Tag("slow")
class MonitorBenchmarkTest {
    static final int FEEDS = Integer.getInteger("bench.feeds", 40);
    static final int ARTICLES = Integer.getInteger("bench.articles", 25);
    static final int WORKERS = Integer.getInteger("bench.workers", 4);

    static {
        // The JDK test server otherwise writes headers and body in two packets and meets the client's delayed ACK
        // (about 40 ms a response): that measures the test server, not the monitor. Read once, when the server
        // classes load, so this holds when the benchmark runs on its own (-Dtest=MonitorBenchmarkTest).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    Path dir;

    static final String[] WORDS = ("harbour bridge ferry council minister budget river flood rescue teams residents port "
            + "strike union wages talks border troops exercise summit treaty vote election parliament court ruling "
            + "storm coast village farmers harvest drought prices market shares bank rates inflation school teachers "
            + "hospital doctors patients vaccine mayor city transport rail station airport flights delays energy grid").split(" ");

    static Map<String, byte[]> site(int feeds, int articles) {
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        Random r = new Random(20250603L);
        for (int f = 0; f < feeds; f++) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ").append(f).append("</title>");
            for (int a = 0; a < articles; a++) {
                String path = "/f" + f + "/a" + a;
                StringBuilder body = new StringBuilder();
                for (int s = 0; s < 25; s++) {
                    body.append(Character.toUpperCase(WORDS[r.nextInt(WORDS.length)].charAt(0)));
                    for (int w = 0; w < 18; w++) body.append(w == 0 ? WORDS[r.nextInt(WORDS.length)].substring(1) : " " + WORDS[r.nextInt(WORDS.length)]);
                    body.append(" on day ").append(r.nextInt(1000)).append(". ");
                }
                pages.put(path, ("<html><head><title>Report " + f + "-" + a + "</title></head><body><p>" + body + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
                rss.append("<item><title>Report ").append(a).append("</title><link>LINK").append(path).append("</link></item>");
            }
            pages.put("/f" + f + "/feed.xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    record Run(double seconds, long documents) {
    }

    Run run(String name, Pipeline pipeline, Map<String, byte[]> pages, String base, Path data) throws Exception {
        return run(name, pipeline, pages, base, data, false);
    }

    /** With {@code storeless}, documents are analysed but not stored: the monitor's own cost. */
    Run run(String name, Pipeline pipeline, Map<String, byte[]> pages, String base, Path data, boolean storeless) throws Exception {
        try (DocumentStore store = DocumentStore.open(data)) {
            java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
            DocumentIngest ingest = storeless
                    ? (raw, bytes) -> {
                        counted.incrementAndGet();
                        return java.util.Optional.of(new Ingested(pipeline.run(raw), null, org.vigie.stories.Relation.ORIGINAL));
                    }
                    : new AnalysingIngest(store, pipeline, new StoryAssigner(new StoryIndex()));
            MonitorOptions options = MonitorOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())
                    .withTime(Clock.systemUTC(), Sleeper.REAL).withPoliteness(Duration.ZERO).withWorkers(WORKERS)
                    .withMaxNewItemsPerPoll(10_000);
            try (Monitor m = Monitor.open(data, options, TinyAnalysis::read, ingest)) {
                for (int f = 0; f < FEEDS; f++) {
                    m.addSource(new Source("feed-" + f, SourceKind.FEED, base + "/f" + f + "/feed.xml", null, Duration.ofHours(1), true));
                }
                long t0 = System.nanoTime();
                m.start(Duration.ofMillis(10));
                long expected = (long) FEEDS * ARTICLES;
                java.util.function.LongSupplier done = storeless ? counted::get : () -> store.stats().documents();
                while (done.getAsLong() < expected && System.nanoTime() - t0 < Duration.ofMinutes(20).toNanos()) Thread.sleep(50);
                double seconds = (System.nanoTime() - t0) / 1e9;
                m.stop();
                long docs = done.getAsLong();
                System.out.printf(Locale.ROOT, "[bench] %s: %d feeds, %d articles in %.1f s: %.0f articles/min, %.0f feeds/min (first polls)%n",
                        name, FEEDS, docs, seconds, docs / seconds * 60, FEEDS / seconds * 60);
                return new Run(seconds, docs);
            }
        }
    }

    @Test
    void feedsAndArticlesPerMinuteAgainstALocalServer() throws Exception {
        Map<String, byte[]> pages = site(FEEDS, ARTICLES);
        Map<String, Long> hits = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                hits.merge(path, 1L, Long::sum);
                byte[] body = pages.get(path);
                if (body == null) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                if (path.endsWith("feed.xml")) {
                    body = new String(body, StandardCharsets.UTF_8).replace("LINK", base).getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("ETag", "\"1\"");
                    if ("\"1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.sendResponseHeaders(304, -1);
                        return;
                    }
                }
                ex.getResponseHeaders().set("Content-Type", path.endsWith("feed.xml") ? "application/rss+xml" : "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            Run bare = run("monitor alone (minimal analysis, nothing stored)", TinyAnalysis.pipeline(), pages, base, dir.resolve("bare"), true);
            assertEquals((long) FEEDS * ARTICLES, bare.documents());
            hits.clear();
            Run tiny = run("monitor + store + stories, minimal analysis", TinyAnalysis.pipeline(), pages, base, dir.resolve("tiny"));
            assertEquals((long) FEEDS * ARTICLES, tiny.documents());
            for (int f = 0; f < FEEDS; f++) assertEquals(1L, hits.get("/f" + f + "/a0"), "each article fetched once");
            hits.clear();
            Run full = run("monitor + store + stories + DefaultPipeline", DefaultPipeline.create(), pages, base, dir.resolve("full"));
            assertEquals((long) FEEDS * ARTICLES, full.documents());

            // Steady state: every feed polled again, answered 304 (conditional) or in full with nothing new.
            try (DocumentStore store = DocumentStore.open(dir.resolve("tiny"))) {
                MonitorOptions options = MonitorOptions.defaults().withAddresses(AddressPolicy.allowingLoopback())
                        .withPoliteness(Duration.ZERO);
                try (Monitor m = Monitor.open(dir.resolve("tiny"), options, TinyAnalysis::read,
                        new AnalysingIngest(store, TinyAnalysis.pipeline(), new StoryAssigner(new StoryIndex())))) {
                    int rounds = 5;
                    long t0 = System.nanoTime();
                    for (int i = 0; i < rounds; i++) {
                        for (int f = 0; f < FEEDS; f++) assertEquals(PollReport.Status.NOT_MODIFIED, m.pollNow("feed-" + f).status());
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "[bench] steady state, 304 answers: %.0f feeds/min (one thread)%n", rounds * FEEDS / s * 60);
                    List<String> ids = new ArrayList<>();
                    for (int f = 0; f < FEEDS; f++) ids.add("feed-" + f);
                    pages.replaceAll((k, v) -> k.endsWith("feed.xml") ? (new String(v, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8) : v);
                    server.removeContext("/");
                    server.createContext("/", ex -> {
                        try (ex) {
                            byte[] page = pages.get(ex.getRequestURI().getPath());
                            if (page == null) {
                                ex.sendResponseHeaders(404, -1);
                                return;
                            }
                            byte[] body = new String(page, StandardCharsets.UTF_8).replace("LINK", base).getBytes(StandardCharsets.UTF_8);
                            ex.sendResponseHeaders(200, body.length);
                            ex.getResponseBody().write(body);
                        }
                    });
                    t0 = System.nanoTime();
                    for (int i = 0; i < rounds; i++) for (String id : ids) {
                        PollReport r = m.pollNow(id);
                        assertEquals(PollReport.Status.OK, r.status(), r.toString());
                        assertEquals(0, r.newDocuments());
                    }
                    s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "[bench] steady state, full feeds of %d items, nothing new: %.0f feeds/min (one thread)%n",
                            ARTICLES, rounds * FEEDS / s * 60);
                }
            }
        } finally {
            server.stop(0);
        }
    }
}
