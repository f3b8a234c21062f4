package org.vigie.bench;

import java.util.Locale;

/**
 * What loading something costs: wall-clock time, the heap it keeps (heap in use after a full collection, after minus
 * before) and the peak heap while it loaded. Made for the knowledge base and its extension files, whose indexes are
 * built once per process.
 */
public final class LoadMeasure {
    /** {@code cpuSeconds}: CPU time of the loading thread, less sensitive than wall-clock time to a busy machine. */
    public record Result(double seconds, double cpuSeconds, long retainedBytes, long peakHeapBytes) {
        public String format(String what) {
            return String.format(Locale.ROOT, "%s: %.2f s (%.2f s CPU), %.0f MB retained, %.0f MB peak heap while loading", what,
                    seconds, cpuSeconds, retainedBytes / 1e6, peakHeapBytes / 1e6);
        }
    }

    private LoadMeasure() {
    }

    public static Result run(Runnable load) {
        long before = usedAfterCollection();
        BenchRunner.resetPeaks();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        load.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long c1 = threads.getCurrentThreadCpuTime();
        long peak = BenchRunner.peakHeap();
        return new Result(seconds, c0 < 0 || c1 < 0 ? Double.NaN : (c1 - c0) / 1e9, usedAfterCollection() - before, peak);
    }

    private static long usedAfterCollection() {
        Runtime r = Runtime.getRuntime();
        // several requests: one may leave garbage a concurrent cycle has not reclaimed yet
        for (int i = 0; i < 3; i++) System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
