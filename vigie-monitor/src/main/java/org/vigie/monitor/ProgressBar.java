package org.vigie.monitor;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for imports on a terminal ({@code [#####-----] 52% 1.2/2.3 GB 10412 records ...}),
 * redrawn at most five times a second.
 */
public final class ProgressBar implements ImportProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long lastDraw;
    private boolean drawn;

    public ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(long bytesDone, long bytesTotal, long records, long stored, long duplicates, long failed) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 200_000_000L && bytesDone < bytesTotal) return;
        lastDraw = now;
        drawn = true;
        out.print("\r" + line(bytesDone, bytesTotal, records, stored, duplicates, failed) + "\u001b[K");
        out.flush();
    }

    static String line(long bytesDone, long bytesTotal, long records, long stored, long duplicates, long failed) {
        double f = bytesTotal <= 0 ? 1 : Math.min(1.0, (double) bytesDone / bytesTotal);
        int full = (int) Math.round(f * WIDTH);
        return "[" + "#".repeat(full) + "-".repeat(WIDTH - full) + "] "
                + String.format(Locale.ROOT, "%3d%% %s/%s %d records: %d new, %d already stored, %d failed",
                Math.round(f * 100), size(bytesDone), size(bytesTotal), records, stored, duplicates, failed);
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    @Override
    public void done() {
        if (drawn) out.println();
        out.flush();
        drawn = false;
    }
}
