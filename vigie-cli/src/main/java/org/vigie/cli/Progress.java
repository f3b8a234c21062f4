package org.vigie.cli;

import java.io.PrintStream;

/** A one-line progress display on standard error, rewritten in place on a terminal and throttled elsewhere. */
final class Progress {
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private long lastPrint;
    private boolean dirty;

    Progress(PrintStream err) {
        this.err = err;
    }

    void update(String message) {
        long now = System.nanoTime();
        if (now - lastPrint < (terminal ? 100_000_000L : 5_000_000_000L)) return;
        lastPrint = now;
        if (terminal) {
            err.print("\r\033[K" + message);
            dirty = true;
        } else {
            err.println(message);
        }
        err.flush();
    }

    void done() {
        if (dirty) {
            err.print("\r\033[K");
            err.flush();
            dirty = false;
        }
    }
}
