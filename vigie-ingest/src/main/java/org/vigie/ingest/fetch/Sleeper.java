package org.vigie.ingest.fetch;

import java.time.Duration;

/** Waits; tests pass one that advances a virtual clock instead, so politeness is checked without real delays. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    };

    void sleep(Duration duration) throws InterruptedException;
}
