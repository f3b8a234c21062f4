package org.vigie.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-host politeness delay: requests to one host are spaced by at least the delay (or the host's
 * robots.txt Crawl-delay, if longer, up to a cap), whichever thread makes them. A caller reserves the next
 * slot under the lock and waits outside it, so requests to other hosts are not held up.
 */
public final class HostPacer {
    /** A Crawl-delay longer than this is not honoured as such: it would stall a source for hours. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final Duration delay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> next = new HashMap<>();

    public HostPacer(Duration delay, Clock clock, Sleeper sleeper) {
        if (delay.isNegative()) throw new IllegalArgumentException("the politeness delay cannot be negative");
        this.delay = delay;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public Duration delay() {
        return delay;
    }

    /** Waits until a request to {@code host} is polite; {@code crawlDelay} (may be null) is the site's own wish. */
    public void await(String host, Duration crawlDelay) throws InterruptedException {
        Duration gap = delay;
        if (crawlDelay != null && crawlDelay.compareTo(gap) > 0) gap = crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay;
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Instant slot;
        synchronized (next) {
            Instant allowed = next.getOrDefault(key, now);
            slot = allowed.isAfter(now) ? allowed : now;
            next.put(key, slot.plus(gap));
        }
        Duration wait = Duration.between(now, slot);
        if (!wait.isZero() && !wait.isNegative()) sleeper.sleep(wait);
    }
}
