package org.vigie.bench;

import java.util.Locale;

/**
 * What loading something costs: wall-clock time, the heap it keeps (heap in use after a full collection, after minus
 * before) and the peak heap while it loaded. Made for the knowledge base and its extension files, whose indexes are
 * built once per process.
 */
public final class LoadMeasure {
    public record Result(double seconds, long retainedBytes, long peakHeapBytes) {
        public String format(String what) {
            return String.format(Locale.ROOT, "%s: %.2f s, %.0f MB retained, %.0f MB peak heap while loading", what, seconds,
                    retainedBytes / 1e6, peakHeapBytes / 1e6);
        }
    }

    private LoadMeasure() {
    }

    public static Result run(Runnable load) {
        long before = usedAfterCollection();
        BenchRunner.resetPeaks();
        long t0 = System.nanoTime();
        load.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = BenchRunner.peakHeap();
        return new Result(seconds, usedAfterCollection() - before, peak);
    }

    private static long usedAfterCollection() {
        Runtime r = Runtime.getRuntime();
        // several requests: one may leave garbage a concurrent cycle has not reclaimed yet
        for (int i = 0; i < 3; i++) System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
