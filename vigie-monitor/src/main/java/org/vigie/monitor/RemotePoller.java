package org.vigie.monitor;

import org.vigie.ingest.feeds.Feed;
import org.vigie.ingest.feeds.FeedException;
import org.vigie.ingest.feeds.FeedFormat;
import org.vigie.ingest.feeds.FeedItem;
import org.vigie.ingest.feeds.FeedParser;
import org.vigie.ingest.fetch.FetchException;
import org.vigie.ingest.fetch.FetchResult;
import org.vigie.ingest.fetch.Fetcher;
import org.vigie.ingest.fetch.HostPacer;
import org.vigie.ingest.fetch.RobotsCache;
import org.vigie.ingest.fetch.UrlKey;
import org.vigie.ingest.fetch.Validators;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Polls a feed, sitemap or URL list: robots.txt, the host's politeness delay, a conditional request, then each
 * item not met before (by URL key) fetched the same careful way and handed to the intake, oldest first. The
 * validators are kept only when every item was dealt with, so an interrupted or capped poll sees the full
 * list again next time instead of a 304.
 */
final class RemotePoller {
    /** Child sitemaps read per poll of a sitemap index. */
    static final int MAX_CHILD_SITEMAPS = 10;
    private static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml", "text/plain", "text/xml",
            "application/xml", "application/json", "application/x-ndjson");

    private final MonitorDb db;
    private final Fetcher feeds;
    private final Fetcher articles;
    private final RobotsCache robots;
    private final HostPacer pacer;
    private final ArticleIntake intake;
    private final MonitorOptions options;
    private final Clock clock;
    private final Set<String> inFlight;

    RemotePoller(MonitorDb db, Fetcher feeds, Fetcher articles, RobotsCache robots, HostPacer pacer, ArticleIntake intake,
                 MonitorOptions options, Set<String> inFlight) {
        this.db = db;
        this.feeds = feeds;
        this.articles = articles;
        this.robots = robots;
        this.pacer = pacer;
        this.intake = intake;
        this.options = options;
        this.clock = options.clock();
        this.inFlight = inFlight;
    }

    PollOutcome poll(Source source, SourceState state) throws InterruptedException {
        URI uri = source.uri();
        FetchResult r;
        try {
            r = politeGet(feeds, uri, new Validators(state.etag(), state.lastModified()));
        } catch (FetchException e) {
            return PollOutcome.of(PollReport.failed(source.id(), e.getMessage()));
        } catch (RobotsDisallow e) {
            return PollOutcome.of(PollReport.failed(source.id(), "robots.txt disallows " + uri));
        }
        if (r.notModified()) {
            return new PollOutcome(new PollReport(source.id(), PollReport.Status.NOT_MODIFIED, 0, 0, 0, false, null), null, null);
        }
        if (!r.ok()) {
            return new PollOutcome(PollReport.failed(source.id(), "HTTP " + r.status() + " from " + r.finalUri()), null, r.retryAfter());
        }
        Feed feed;
        try {
            feed = FeedParser.parse(r.body(), r.finalUri());
        } catch (FeedException e) {
            return PollOutcome.of(PollReport.failed(source.id(), "cannot read the feed: " + e.getMessage()));
        }
        Counts counts = new Counts();
        List<FeedItem> items = new ArrayList<>(feed.items());
        // Feeds list the newest first; lists and sitemaps grow at the end. Undated items are taken oldest first.
        if (feed.format() == FeedFormat.RSS || feed.format() == FeedFormat.RDF || feed.format() == FeedFormat.ATOM) {
            java.util.Collections.reverse(items);
        }
        if (feed.format() == FeedFormat.SITEMAP_INDEX) items.addAll(children(feed, counts));
        items.sort(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.naturalOrder())));
        for (FeedItem item : items) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            Optional<String> key = UrlKey.of(item.url());
            if (key.isEmpty()) continue;
            Optional<MonitorDb.SeenUrl> seen = db.seenUrl(key.get());
            if (seen.isPresent() && !retryable(seen.get())) continue;
            if (counts.fetched >= options.maxNewItemsPerPoll()) {
                counts.deferred = true;
                break;
            }
            if (!inFlight.add(key.get())) {
                counts.deferred = true;
                continue;
            }
            try {
                counts.fetched++;
                article(source, item.url(), key.get(), seen.map(MonitorDb.SeenUrl::attempts).orElse(0), counts);
            } finally {
                inFlight.remove(key.get());
            }
        }
        boolean complete = !counts.deferred && !counts.retrying;
        PollReport report = new PollReport(source.id(), PollReport.Status.OK, counts.stored, counts.duplicates, counts.errors,
                counts.deferred, counts.firstError);
        return new PollOutcome(report, complete ? r.validators() : null, null);
    }

    private boolean retryable(MonitorDb.SeenUrl seen) {
        return seen.outcome().equals("retry") && seen.attempts() < options.maxArticleAttempts();
    }

    private List<FeedItem> children(Feed index, Counts counts) throws InterruptedException {
        List<FeedItem> out = new ArrayList<>();
        for (URI child : index.sitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, index.sitemaps().size()))) {
            try {
                FetchResult r = politeGet(feeds, child, Validators.NONE);
                if (!r.ok()) {
                    counts.error("sitemap " + child + ": HTTP " + r.status());
                    continue;
                }
                Feed f = FeedParser.parse(r.body(), r.finalUri());
                out.addAll(f.items());
            } catch (FetchException | FeedException e) {
                counts.error("sitemap " + child + ": " + e.getMessage());
            } catch (RobotsDisallow e) {
                counts.error("robots.txt disallows " + child);
            }
        }
        return out;
    }

    private void article(Source source, URI url, String key, int attempts, Counts counts) throws InterruptedException {
        long now = clock.millis();
        FetchResult r;
        try {
            r = politeGet(articles, url, Validators.NONE);
        } catch (RobotsDisallow e) {
            db.markUrl(key, source.id(), now, "robots", null, "robots.txt disallows it");
            return;
        } catch (FetchException e) {
            boolean retry = e.transientFailure() && attempts + 1 < options.maxArticleAttempts();
            db.markUrl(key, source.id(), now, retry ? "retry" : outcome(e), null, e.getMessage());
            counts.retrying |= retry;
            counts.error(e.getMessage());
            return;
        }
        if (!r.ok()) {
            boolean transientStatus = r.status() == 408 || r.status() == 429 || r.status() >= 500;
            boolean retry = transientStatus && attempts + 1 < options.maxArticleAttempts();
            db.markUrl(key, source.id(), now, retry ? "retry" : "http-" + r.status(), null, "HTTP " + r.status());
            counts.retrying |= retry;
            counts.error(url + ": HTTP " + r.status());
            return;
        }
        String type = essence(r.mediaType());
        if (type != null && !READABLE.contains(type)) {
            db.markUrl(key, source.id(), now, "unsupported", null, "media type " + type);
            counts.error(url + ": media type " + type + " is not read");
            return;
        }
        ArticleIntake.Result res;
        try {
            res = intake.accept(r.body(), r.finalUri().toString(), r.finalUri().toString(), r.mediaType(), source.id(), clock.instant(),
                    httpDate(r.validators().lastModified()), true);
        } catch (RuntimeException e) {
            boolean retry = attempts + 1 < options.maxArticleAttempts();
            db.markUrl(key, source.id(), now, retry ? "retry" : "failed", null, e.toString());
            counts.retrying |= retry;
            counts.error(url + ": " + e);
            return;
        }
        String outcome = res.failure() != null ? "unreadable" : res.stored() > 0 ? "ingested" : "duplicate";
        String docId = res.documentIds().isEmpty() ? null : res.documentIds().get(0);
        db.markUrl(key, source.id(), now, outcome, docId, res.failure());
        UrlKey.of(r.finalUri()).filter(k -> !k.equals(key)).ifPresent(k -> db.markUrl(k, source.id(), now, outcome, docId, "redirect target"));
        if (res.failure() != null) counts.error(url + ": " + res.failure());
        counts.stored += res.stored();
        counts.duplicates += res.duplicates();
    }

    private static String outcome(FetchException e) {
        return switch (e.kind()) {
            case REFUSED -> "refused";
            case TOO_LARGE -> "too-large";
            case TOO_MANY_REDIRECTS -> "redirects";
            case TIMEOUT, NETWORK -> "failed";
        };
    }

    private FetchResult politeGet(Fetcher fetcher, URI uri, Validators validators) throws FetchException, RobotsDisallow, InterruptedException {
        // The URL is checked before robots.txt is asked for, so a refused host gets no request at all.
        Fetcher.checkUrl(uri);
        fetcher.options().addresses().check(uri.getHost());
        if (!robots.allows(uri)) throw new RobotsDisallow();
        pacer.await(uri.getHost(), robots.rules(uri).crawlDelay());
        return fetcher.get(uri, validators);
    }

    private static String essence(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) return null;
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Thrown inside a poll when robots.txt forbids a URL. */
    private static final class RobotsDisallow extends Exception {
        RobotsDisallow() {
            super(null, null, false, false);
        }
    }

    private static final class Counts {
        int fetched, stored, duplicates, errors;
        boolean deferred, retrying;
        String firstError;

        void error(String message) {
            errors++;
            if (firstError == null) firstError = message;
        }
    }


    /** An HTTP date (RFC 1123), or null when absent or unreadable: a bad header must not lose the article. */
    static Instant httpDate(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.ZonedDateTime.parse(value.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
