package org.vigie.ingest.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * robots.txt per origin (scheme, host, port), fetched through the guarded {@link Fetcher} and kept for a day.
 * As RFC 9309 says: a 4xx answer means no rules; a 5xx answer or a network failure means everything is
 * disallowed for now (kept only {@link #UNREACHABLE_TTL}, so a passing outage does not stop a source for a day).
 */
public final class RobotsCache {
    public static final Duration TTL = Duration.ofHours(24);
    public static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);
    private static final int MAX_ORIGINS = 10_000;

    private record Entry(RobotsRules rules, Instant expires) {
    }

    private final Fetcher fetcher;
    private final String agentToken;
    private final Clock clock;
    private final Map<String, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    /** {@code agentToken} is the product token robots.txt groups name, e.g. {@code Vigie}. */
    public RobotsCache(Fetcher fetcher, String agentToken, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.agentToken = Objects.requireNonNull(agentToken, "agentToken");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The rules for the origin of {@code uri}, fetching robots.txt if they are not cached or expired. */
    public RobotsRules rules(URI uri) {
        String origin = origin(uri);
        Instant now = clock.instant();
        synchronized (cache) {
            Entry e = cache.get(origin);
            if (e != null && e.expires.isAfter(now)) return e.rules;
        }
        Entry fresh = fetch(origin, now);
        synchronized (cache) {
            cache.put(origin, fresh);
        }
        return fresh.rules;
    }

    public boolean allows(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
        return rules(uri).allows(path);
    }

    private Entry fetch(String origin, Instant now) {
        try {
            FetchResult r = fetcher.get(URI.create(origin + "/robots.txt"), Validators.NONE);
            if (r.ok()) {
                String text = new String(r.body(), 0, Math.min(r.body().length, RobotsRules.MAX_BYTES), StandardCharsets.UTF_8);
                return new Entry(RobotsRules.parse(text, agentToken), now.plus(TTL));
            }
            if (r.status() >= 400 && r.status() < 500) return new Entry(RobotsRules.ALLOW_ALL, now.plus(TTL));
            return new Entry(RobotsRules.DISALLOW_ALL, now.plus(UNREACHABLE_TTL));
        } catch (FetchException e) {
            return new Entry(RobotsRules.DISALLOW_ALL, now.plus(UNREACHABLE_TTL));
        }
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
