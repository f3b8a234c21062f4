package org.vigie.store.search;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Published;
import org.vigie.core.model.StoryAssignment;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the search index on one thread: indexing speed while replaying analysed documents (each copy with its own
 * id, publication date and story) up to a total, then the latency of a fixed mix of queries drawn from the
 * documents' own words, entities and dates. The index is built in a temporary folder, closed (which waits for merges)
 * and opened again before queries, as after a restart; it is deleted at the end.
 */
public final class SearchBench {
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final int DAYS = 3 * 365;
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private SearchBench() {
    }

    /**
     * Latencies of one kind of query, in milliseconds of elapsed time, and the CPU time of the querying thread (which
     * leaves out time spent waiting for a core on a busy machine).
     */
    public record Latency(String kind, int queries, double p50, double p95, double p99, double max, double cpuP50,
                          double cpuP95, double meanHits) {
    }

    public record Report(int documents, double indexSeconds, double documentsPerSecond, long indexBytes, double openMillis,
                         double firstFacetMillis, List<Latency> latencies) {
    }

    /** Runs with 50 warm-up and 300 timed queries per kind. */
    public static Report run(List<Document> analysedDocs, int totalDocs, PrintStream out) {
        return run(analysedDocs, totalDocs, 50, 300, out);
    }

    public static Report run(List<Document> analysedDocs, int totalDocs, int warmup, int timed, PrintStream out) {
        if (analysedDocs.isEmpty()) throw new IllegalArgumentException("the benchmark needs at least one analysed document");
        if (totalDocs < 1) throw new IllegalArgumentException("totalDocs must be at least 1, not " + totalDocs);
        Path dir;
        try {
            dir = Files.createTempDirectory("vigie-search-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark index", e);
        }
        try {
            return run(dir, analysedDocs, totalDocs, warmup, timed, out);
        } finally {
            delete(dir);
        }
    }

    private static Report run(Path dir, List<Document> docs, int total, int warmup, int timed, PrintStream out) {
        out.printf(Locale.ROOT, "search bench: replaying %d analysed documents up to %d%n", docs.size(), total);
        long t0 = System.nanoTime();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Duration.ofHours(1))) {
            for (int i = 0; i < total; i++) {
                index.index(replay(docs.get(i % docs.size()), i, total, docs.size()));
                if ((i + 1) % Math.max(1, total / 10) == 0) out.printf(Locale.ROOT, "  indexed %d%n", i + 1);
            }
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes = size(dir.resolve(LuceneSearchIndex.FOLDER));
        out.printf(Locale.ROOT, "indexing: %d documents in %.1f s = %.0f docs/s (commit and merges included); index %.1f MB%n",
                total, indexSeconds, total / indexSeconds, bytes / 1e6);

        long t1 = System.nanoTime();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Duration.ofHours(1))) {
            double openMillis = (System.nanoTime() - t1) / 1e6;
            QueryMix mix = new QueryMix(docs, total, new Random(42));
            long t2 = System.nanoTime();
            index.search(SearchQuery.of(mix.word()));
            double firstFacetMillis = (System.nanoTime() - t2) / 1e6;
            List<Latency> latencies = new ArrayList<>();
            for (Map.Entry<String, Function<QueryMix, SearchQuery>> kind : QueryMix.KINDS.entrySet()) {
                latencies.add(time(index, kind.getKey(), kind.getValue(), mix, warmup, timed));
            }
            out.printf(Locale.ROOT, "open: %.0f ms; first query (builds the facet view): %.0f ms%n", openMillis, firstFacetMillis);
            out.printf(Locale.ROOT, "%-24s %5s %8s %8s %8s %8s %9s %9s %10s%n", "query (1 thread)", "n", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "cpu p50", "cpu p95", "mean hits");
            for (Latency l : latencies) {
                out.printf(Locale.ROOT, "%-24s %5d %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %10.0f%n", l.kind(), l.queries(), l.p50(),
                        l.p95(), l.p99(), l.max(), l.cpuP50(), l.cpuP95(), l.meanHits());
            }
            return new Report(total, indexSeconds, total / indexSeconds, bytes, openMillis, firstFacetMillis, latencies);
        }
    }

    private static Latency time(SearchIndex index, String kind, Function<QueryMix, SearchQuery> make, QueryMix mix,
                                int warmup, int timed) {
        for (int i = 0; i < warmup; i++) index.search(make.apply(mix));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] millis = new double[timed];
        double[] cpuMillis = new double[timed];
        long hits = 0;
        for (int i = 0; i < timed; i++) {
            SearchQuery q = make.apply(mix);
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t = System.nanoTime();
            hits += index.search(q).total();
            millis[i] = (System.nanoTime() - t) / 1e6;
            cpuMillis[i] = cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : Double.NaN;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return new Latency(kind, timed, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                millis.length == 0 ? 0 : millis[millis.length - 1], percentile(cpuMillis, 50), percentile(cpuMillis, 95),
                timed == 0 ? 0 : (double) hits / timed);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /**
     * Copy {@code i} of {@code base}: its own id, a publication time spread evenly over three years, and, per round
     * through the documents, its own story id so that stories stay as small as in the originals.
     */
    static Document replay(Document base, int i, int total, int distinct) {
        String id = Document.sha256((base.id() + "/" + i).getBytes(StandardCharsets.UTF_8));
        LocalDateTime at = FIRST_DAY.atStartOfDay().plusMinutes((long) i * DAYS * 24 * 60 / Math.max(1, total));
        Layers.Builder b = Layers.builder();
        for (LayerKind<?> k : base.kinds()) {
            if (k != LayerKind.PUBLISHED && k != LayerKind.STORY) copy(b, base, k);
        }
        b.put(LayerKind.PUBLISHED, List.of(new Published(at.atOffset(ZoneOffset.UTC).toString(), null, Published.Method.METADATA)));
        base.story().ifPresent(s -> b.put(LayerKind.STORY, List.of(new StoryAssignment(s + "-" + (i / distinct)))));
        return Document.of(id, base.input(), base.text(), base.metadata()).with(b.build());
    }

    private static <T> void copy(Layers.Builder b, Document d, LayerKind<T> kind) {
        b.put(kind, d.layer(kind));
    }

    /** Queries drawn from the documents: their words, two-word phrases, languages, entities and the replayed dates. */
    static final class QueryMix {
        static final Map<String, Function<QueryMix, SearchQuery>> KINDS = kinds();

        private final Random random;
        private final List<String> words;
        private final List<String> phrases;
        private final List<String> languages;
        private final List<String> entities;

        QueryMix(List<Document> docs, int total, Random random) {
            this.random = random;
            Set<String> w = new LinkedHashSet<>();
            Set<String> p = new LinkedHashSet<>();
            Set<String> l = new LinkedHashSet<>();
            Map<String, Integer> e = new LinkedHashMap<>();
            for (Document d : docs) {
                String body = IndexedFields.body(d);
                List<String> inDoc = new ArrayList<>();
                Matcher m = WORD.matcher(body);
                while (m.find()) inDoc.add(m.group());
                w.addAll(inDoc);
                for (int i = 0; i + 1 < inDoc.size(); i += 7) {
                    String two = inDoc.get(i) + " " + inDoc.get(i + 1);
                    if (body.contains(two)) p.add(two);
                }
                d.language().ifPresent(l::add);
                for (Entity en : d.layerOrEmpty(LayerKind.ENTITIES)) e.merge(en.id(), 1, Integer::sum);
            }
            this.words = List.copyOf(w);
            this.phrases = p.isEmpty() ? words : List.copyOf(p);
            this.languages = l.isEmpty() ? List.of("und") : List.copyOf(l);
            // The more often an entity is mentioned, the more often it is searched, as users do.
            List<String> byFrequency = new ArrayList<>(e.keySet());
            byFrequency.sort(Comparator.comparing((String id) -> -e.get(id)));
            this.entities = byFrequency.isEmpty() ? List.of("none") : byFrequency.subList(0, Math.min(200, byFrequency.size()));
        }

        private static Map<String, Function<QueryMix, SearchQuery>> kinds() {
            Map<String, Function<QueryMix, SearchQuery>> k = new LinkedHashMap<>();
            k.put("plain", m -> SearchQuery.of(m.word()).withFacetLimit(0));
            k.put("plain, two words", m -> SearchQuery.of(m.word() + " " + m.word()).withFacetLimit(0));
            k.put("phrase", m -> SearchQuery.of("\"" + m.pick(m.phrases) + "\"").withFacetLimit(0));
            k.put("text + language", m -> SearchQuery.of(m.word()).withFacetLimit(0).withFilter(SearchFacet.LANGUAGE, m.pick(m.languages)));
            k.put("text + entity", m -> SearchQuery.of(m.word()).withFacetLimit(0).withFilter(SearchFacet.ENTITY, m.entity()));
            k.put("text + date range", m -> m.dated(SearchQuery.of(m.word()).withFacetLimit(0)));
            k.put("text, faceted", m -> SearchQuery.of(m.word()));
            k.put("text + filters, faceted", m -> m.dated(SearchQuery.of(m.word()).withFilter(SearchFacet.LANGUAGE, m.pick(m.languages))));
            k.put("entity, newest, faceted", m -> SearchQuery.of("").withFilter(SearchFacet.ENTITY, m.entity()).withSort(SearchSort.NEWEST));
            return k;
        }

        String word() {
            return pick(words);
        }

        String entity() {
            // Skewed towards the most mentioned entities.
            int i = (int) (entities.size() * Math.pow(random.nextDouble(), 2));
            return entities.get(i);
        }

        /** A window of 30 to 90 days inside the replayed dates. */
        SearchQuery dated(SearchQuery q) {
            int length = 30 + random.nextInt(61);
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - length));
            return q.withDates(from, from.plusDays(length));
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete the benchmark folder " + dir + ": " + e);
        }
    }
}
