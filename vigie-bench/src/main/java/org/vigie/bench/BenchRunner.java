package org.vigie.bench;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * End-to-end throughput of a pipeline over a set of documents replayed N times: documents/s, MB/s of
 * text, time per annotator and peak heap. The same documents also go through a baseline pipeline in
 * the same process, so that the result is read as a ratio that does not depend on the machine.
 */
public final class BenchRunner {

    public record Result(String label, int documents, long textBytes, double seconds, long peakHeapBytes,
                         List<Pipeline.Timing> timings) {
        public double documentsPerSecond() {
            return seconds == 0 ? 0 : documents / seconds;
        }

        public double megabytesPerSecond() {
            return seconds == 0 ? 0 : textBytes / 1e6 / seconds;
        }
    }

    private BenchRunner() {
    }

    /**
     * Runs {@code warmup} untimed passes, then {@code repeat} timed passes over the documents with a fresh pipeline,
     * so the timings cover only the measured passes.
     */
    public static Result run(String label, Supplier<Pipeline> pipelines, List<Document> docs, int warmup, int repeat,
                             Consumer<String> progress) {
        Pipeline warm = pipelines.get();
        for (int w = 0; w < warmup; w++) {
            for (Document d : docs) warm.run(d);
            progress.accept(label + ": warm-up pass " + (w + 1) + "/" + warmup);
        }
        Pipeline pipeline = pipelines.get();
        long bytes = 0;
        for (Document d : docs) bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            for (Document d : docs) pipeline.run(d);
            progress.accept(label + ": pass " + (r + 1) + "/" + repeat);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(label, docs.size() * repeat, bytes * repeat, seconds, peakHeap(), pipeline.timings());
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    public static String format(Result full, Result baseline) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %10s %10s %12s%n", "pipeline", "docs", "seconds", "docs/s", "MB/s", "peak heap"));
        for (Result r : baseline == null ? List.of(full) : List.of(baseline, full)) {
            sb.append(String.format(Locale.ROOT, "%-10s %9d %9.2f %10.1f %10.3f %9.0f MB%n", r.label(), r.documents(), r.seconds(),
                    r.documentsPerSecond(), r.megabytesPerSecond(), r.peakHeapBytes() / 1e6));
        }
        if (baseline != null && full.documentsPerSecond() > 0) {
            sb.append(String.format(Locale.ROOT, "the full pipeline runs at %.3f x the baseline's speed%n",
                    full.documentsPerSecond() / baseline.documentsPerSecond()));
        }
        long total = 0;
        for (Pipeline.Timing t : full.timings()) total += t.nanos();
        sb.append(String.format(Locale.ROOT, "%n%-12s %12s %10s %8s%n", "annotator", "ms total", "µs/doc", "share"));
        List<Pipeline.Timing> timings = new ArrayList<>(full.timings());
        for (Pipeline.Timing t : timings) {
            sb.append(String.format(Locale.ROOT, "%-12s %12.1f %10.1f %7.1f%%%n", t.annotator(), t.nanos() / 1e6,
                    t.calls() == 0 ? 0 : t.nanos() / 1e3 / t.calls(), total == 0 ? 0 : 100.0 * t.nanos() / total));
        }
        return sb.toString();
    }
}
