package org.vigie.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a {@link Fetcher}: the user agent it sends, the addresses it may reach, how many redirects it
 * follows, the largest body it reads, and how long connecting and the whole exchange may take.
 */
public record FetchOptions(String userAgent, AddressPolicy addresses, int maxRedirects, long maxBytes,
                           Duration connectTimeout, Duration timeout) {
    /** Names Vigie, as crawlers should, so that site owners can tell who is fetching and write robots.txt rules. */
    public static final String DEFAULT_USER_AGENT = "Vigie/0.1 (news monitor; robots.txt token: Vigie)";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FetchOptions {
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("the user agent must be printable ASCII and not blank");
        }
        if (maxRedirects < 0 || maxRedirects > 20) throw new IllegalArgumentException("maxRedirects must be 0 to 20, not " + maxRedirects);
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static FetchOptions defaults() {
        return new FetchOptions(DEFAULT_USER_AGENT, AddressPolicy.publicOnly(), 5, DEFAULT_MAX_BYTES,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public FetchOptions withAddresses(AddressPolicy policy) {
        return new FetchOptions(userAgent, policy, maxRedirects, maxBytes, connectTimeout, timeout);
    }

    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(userAgent, addresses, maxRedirects, bytes, connectTimeout, timeout);
    }

    public FetchOptions withTimeout(Duration total) {
        return new FetchOptions(userAgent, addresses, maxRedirects, maxBytes, connectTimeout, total);
    }

    public FetchOptions withUserAgent(String agent) {
        return new FetchOptions(agent, addresses, maxRedirects, maxBytes, connectTimeout, timeout);
    }

    public FetchOptions withMaxRedirects(int redirects) {
        return new FetchOptions(userAgent, addresses, redirects, maxBytes, connectTimeout, timeout);
    }
}
