package org.vigie.bench.stories;

import org.vigie.core.Document;
import org.vigie.stories.Fingerprint;
import org.vigie.stories.Membership;
import org.vigie.stories.StoryIndex;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Story assignment time as the index grows: the analysed demo documents are replayed generation after generation
 * ({@link Replay}: new ids, dates a week later per generation, renamed actors, changed figures, typos), each replay
 * is fingerprinted on a second thread, and the time of {@link StoryIndex#add} is measured for every document. At
 * each requested size the mean, median and 95th percentile over the documents added since the previous size (at
 * most the last {@value #WINDOW}) are reported with the heap in use after a full collection.
 */
public final class StoryBench {
    /** Documents whose times make up one point of the curve, at most. */
    static final int WINDOW = 5000;
    private static final int WARMUP = 3000;

    /** One point of the curve. */
    public record Point(int documents, int stories, double meanMs, double p50Ms, double p95Ms, double maxMs, long heapBytes,
                        double fingerprintMs) {
    }

    private StoryBench() {
    }

    /**
     * Grows an index to each of {@code sizes} (ascending) and prints the curve.
     *
     * @throws IllegalArgumentException when there are no documents or the sizes are not positive and ascending
     */
    public static List<Point> run(List<Document> analysedDemoDocs, int[] sizes, PrintStream out) {
        if (analysedDemoDocs.isEmpty()) throw new IllegalArgumentException("no documents to replay");
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || i > 0 && sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("sizes must be positive and ascending: " + Arrays.toString(sizes));
            }
        }
        out.printf(Locale.ROOT, "story assignment: %d demo documents replayed up to %,d documents%n", analysedDemoDocs.size(),
                sizes.length == 0 ? 0 : sizes[sizes.length - 1]);
        grow(analysedDemoDocs, Math.min(WARMUP, sizes.length == 0 ? 0 : sizes[sizes.length - 1]), new int[0], null);
        out.printf(Locale.ROOT, "%10s %9s %9s %9s %9s %9s %9s %14s%n", "documents", "stories", "mean ms", "p50 ms", "p95 ms",
                "max ms", "heap MB", "fingerprint ms");
        Grown grown = grow(analysedDemoDocs, sizes.length == 0 ? 0 : sizes[sizes.length - 1], sizes, out);
        out.println("Times are for StoryIndex.add (candidate search, scoring, links, merges and splits) on one thread; "
                + "fingerprints are computed on another. Goal: under 5 ms per document at 1M.");
        int sample = Math.min(RESTORE_SAMPLE, grown.index().size());
        if (sample > 0) {
            double us = restoreMicros(analysedDemoDocs, grown.index(), sample);
            out.printf(Locale.ROOT, "restore from stored fingerprints (decode + StoryIndex.restore, no search): %.1f µs per document "
                    + "over %,d documents, i.e. about %.0f s for 1M plus reading the rows%n", us, sample, us);
        }
        return grown.points();
    }

    /** Documents restored to time the rebuilding of an index from stored fingerprints. */
    static final int RESTORE_SAMPLE = 100_000;

    private record Grown(List<Point> points, StoryIndex index) {
    }

    /** Rebuilds the first documents of a grown index from their encoded fingerprints and memberships. */
    private static double restoreMicros(List<Document> base, StoryIndex grown, int n) {
        StoryIndex fresh = new StoryIndex();
        long nanos = 0;
        for (int i = 0; i < n; i++) {
            Fingerprint f = Fingerprint.of(Replay.of(base.get(i % base.size()), i / base.size(), i % base.size()));
            byte[] stored = f.encode();
            Membership m = grown.membership(f.documentId()).orElseThrow();
            long t0 = System.nanoTime();
            fresh.restore(Fingerprint.decode(f.documentId(), stored), m.storyId(), m.relation(), m.of(), m.similarity());
            nanos += System.nanoTime() - t0;
        }
        return nanos / 1e3 / n;
    }

    private record Item(Fingerprint fingerprint, long nanos) {
    }

    private static final Item END = new Item(null, 0);

    private static Grown grow(List<Document> base, int total, int[] sizes, PrintStream out) {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(4096);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    long t0 = System.nanoTime();
                    Document d = Replay.of(base.get(i % base.size()), i / base.size(), i % base.size());
                    Fingerprint f = Fingerprint.of(d);
                    queue.put(new Item(f, System.nanoTime() - t0));
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "story-bench-replay");
        producer.setDaemon(true);
        producer.start();
        StoryIndex index = new StoryIndex();
        List<Point> points = new ArrayList<>();
        long[] times = new long[WINDOW];
        int inWindow = 0, next = 0;
        long fingerprintNanos = 0;
        int fingerprinted = 0;
        try {
            for (int n = 1; ; n++) {
                Item item = queue.take();
                if (item == END) break;
                fingerprintNanos += item.nanos();
                fingerprinted++;
                long t0 = System.nanoTime();
                index.add(item.fingerprint());
                times[inWindow++ % WINDOW] = System.nanoTime() - t0;
                if (next < sizes.length && n == sizes[next]) {
                    long[] window = Arrays.copyOf(times, Math.min(inWindow, WINDOW));
                    Point p = point(n, index.storyCount(), window, fingerprintNanos / 1e6 / fingerprinted);
                    points.add(p);
                    if (out != null) {
                        out.printf(Locale.ROOT, "%10d %9d %9.3f %9.3f %9.3f %9.3f %9d %14.3f%n", p.documents(), p.stories(), p.meanMs(),
                                p.p50Ms(), p.p95Ms(), p.maxMs(), p.heapBytes() >> 20, p.fingerprintMs());
                        out.flush();
                    }
                    inWindow = 0;
                    fingerprintNanos = 0;
                    fingerprinted = 0;
                    next++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying documents", e);
        } finally {
            producer.interrupt();
        }
        return new Grown(points, index);
    }

    private static Point point(int documents, int stories, long[] nanos, double fingerprintMs) {
        Arrays.sort(nanos);
        double sum = 0;
        for (long x : nanos) sum += x;
        long heap = usedHeapAfterGc();
        return new Point(documents, stories, sum / nanos.length / 1e6, nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.95) - 1)] / 1e6, nanos[nanos.length - 1] / 1e6,
                heap, fingerprintMs);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
