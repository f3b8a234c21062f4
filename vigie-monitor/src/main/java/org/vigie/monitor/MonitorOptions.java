package org.vigie.monitor;

import org.vigie.ingest.fetch.AddressPolicy;
import org.vigie.ingest.fetch.FetchOptions;
import org.vigie.ingest.fetch.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the monitor behaves. {@code fetch} sets the user agent, the address policy and the article byte cap;
 * feeds may be up to {@code feedMaxBytes}. {@code politeness} spaces requests to one host; a failing source
 * waits its interval doubled per consecutive failure, up to {@code maxBackoff}. At most
 * {@code maxNewItemsPerPoll} articles are fetched per source and poll (the rest come next time), and an
 * article that keeps failing is given up after {@code maxArticleAttempts}. A dropped file is read once its
 * last change is {@code folderSettle} old. Webhooks are tried {@code webhookAttempts} times. Links in alerts
 * start with {@code publicBaseUrl}. {@code clock} and {@code sleeper} are injectable so tests run on virtual time.
 */
public record MonitorOptions(FetchOptions fetch, long feedMaxBytes, Duration politeness, Duration defaultInterval,
                             Duration maxBackoff, int maxNewItemsPerPoll, int maxArticleAttempts, int workers,
                             Duration folderSettle, long folderMaxBytes, int webhookAttempts, Duration webhookBackoff,
                             String publicBaseUrl, Clock clock, Sleeper sleeper) {
    /** The product token robots.txt groups use for Vigie. */
    public static final String ROBOTS_TOKEN = "Vigie";

    public MonitorOptions {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(defaultInterval, "defaultInterval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(folderSettle, "folderSettle");
        Objects.requireNonNull(webhookBackoff, "webhookBackoff");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        if (feedMaxBytes < 1 || folderMaxBytes < 1) throw new IllegalArgumentException("byte caps must be positive");
        if (maxNewItemsPerPoll < 1 || maxArticleAttempts < 1 || workers < 1 || webhookAttempts < 1) {
            throw new IllegalArgumentException("counts must be at least 1");
        }
        if (politeness.isNegative() || folderSettle.isNegative() || webhookBackoff.isNegative()) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
        if (defaultInterval.compareTo(Source.MIN_INTERVAL) < 0 || maxBackoff.compareTo(defaultInterval) < 0) {
            throw new IllegalArgumentException("the default interval must be at least 1 s and the longest back-off at least that");
        }
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://127.0.0.1:7310" : stripSlash(publicBaseUrl.strip());
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Public addresses only, 2 s between requests to a host, polls every 5 minutes, 5 MB articles, 10 MB feeds. */
    public static MonitorOptions defaults() {
        return new MonitorOptions(FetchOptions.defaults().withMaxBytes(5L * 1024 * 1024), 10L * 1024 * 1024,
                Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(6), 200, 3, 2,
                Duration.ofSeconds(2), 64L * 1024 * 1024, 3, Duration.ofSeconds(2), null,
                Clock.systemUTC(), Sleeper.REAL);
    }

    public MonitorOptions withAddresses(AddressPolicy policy) {
        return withFetch(fetch.withAddresses(policy));
    }

    public MonitorOptions withFetch(FetchOptions newFetch) {
        return new MonitorOptions(newFetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, clock, sleeper);
    }

    public MonitorOptions withTime(Clock newClock, Sleeper newSleeper) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, newClock, newSleeper);
    }

    public MonitorOptions withPoliteness(Duration delay) {
        return new MonitorOptions(fetch, feedMaxBytes, delay, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, clock, sleeper);
    }

    public MonitorOptions withWorkers(int n) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, n, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, clock, sleeper);
    }

    public MonitorOptions withFolderSettle(Duration settle) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, settle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, clock, sleeper);
    }

    public MonitorOptions withWebhooks(int attempts, Duration backoff) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, folderSettle, folderMaxBytes, attempts,
                backoff, publicBaseUrl, clock, sleeper);
    }

    public MonitorOptions withPublicBaseUrl(String url) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                maxNewItemsPerPoll, maxArticleAttempts, workers, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, url, clock, sleeper);
    }

    public MonitorOptions withMaxNewItemsPerPoll(int n) {
        return new MonitorOptions(fetch, feedMaxBytes, politeness, defaultInterval, maxBackoff,
                n, maxArticleAttempts, workers, folderSettle, folderMaxBytes, webhookAttempts,
                webhookBackoff, publicBaseUrl, clock, sleeper);
    }
}
