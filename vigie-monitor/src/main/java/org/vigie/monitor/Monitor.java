package org.vigie.monitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.ingest.fetch.FetchException;
import org.vigie.ingest.fetch.Fetcher;
import org.vigie.ingest.fetch.HostPacer;
import org.vigie.ingest.fetch.RobotsCache;
import org.vigie.ingest.fetch.Validators;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The monitor. {@link #open} it on a data folder with a reader (bytes to raw documents) and an ingest (analyse,
 * assign a story, store); add sources and watchlists (or {@link #apply} a sources file); then either call
 * {@link #pollDue()} yourself (tests, one-shot runs) or {@link #start} the scheduler. Everything it learns
 * (validators, seen URLs and contents, health, alerts) is kept in {@code monitor.db}, so a restart resumes.
 */
public final class Monitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);
    private static final int MAX_SHIFT = 20;

    private final MonitorOptions options;
    private final MonitorDb db;
    private final Fetcher feedFetcher;
    private final Fetcher articleFetcher;
    private final Fetcher webhookFetcher;
    private final Watchlists watchlists;
    private final WebhookSender webhooks;
    private final RemotePoller remote;
    private final FolderPoller folders;
    private final ArchiveImport archives;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService ticker;
    private ExecutorService workers;

    private Monitor(MonitorOptions options, MonitorDb db, ArticleReader reader, DocumentIngest ingest) {
        this.options = options;
        this.db = db;
        this.feedFetcher = new Fetcher(options.fetch().withMaxBytes(options.feedMaxBytes()));
        this.articleFetcher = new Fetcher(options.fetch());
        this.webhookFetcher = new Fetcher(options.fetch().withMaxRedirects(0).withTimeout(Duration.ofSeconds(10)));
        this.webhooks = new WebhookSender(webhookFetcher,
                db, options.webhookAttempts(), options.webhookBackoff(), options.sleeper(), options.publicBaseUrl());
        this.watchlists = new Watchlists(db, webhooks);
        ArticleIntake intake = new ArticleIntake(db, reader, ingest, watchlists);
        RobotsCache robots = new RobotsCache(feedFetcher, MonitorOptions.ROBOTS_TOKEN, options.clock());
        HostPacer pacer = new HostPacer(options.politeness(), options.clock(), options.sleeper());
        this.remote = new RemotePoller(db, feedFetcher, articleFetcher, robots, pacer, intake, options, ConcurrentHashMap.newKeySet());
        this.folders = new FolderPoller(db, intake, options);
        this.archives = new ArchiveImport(db, intake, options.clock());
    }

    /**
     * Opens the monitor's state in {@code dataDir/monitor.db} (created if needed).
     *
     * @throws MonitorException if the folder or the database cannot be opened
     */
    public static Monitor open(Path dataDir, MonitorOptions options, ArticleReader reader, DocumentIngest ingest) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(ingest, "ingest");
        return new Monitor(options, MonitorDb.open(dataDir), reader, ingest);
    }

    public MonitorOptions options() {
        return options;
    }

    // ---- sources

    public List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String[] row : db.sources()) out.add(MonitorJson.source(MonitorJson.parse(row[1]), options.defaultInterval()));
        return out;
    }

    public Optional<Source> source(String id) {
        return sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Adds a source, or replaces the one with the same id (its state is kept). A remote source whose host the
     * address policy refuses is rejected now rather than failing at every poll.
     *
     * @throws IllegalArgumentException naming the reason
     */
    public Source addSource(Source source) {
        if (source.kind().remote()) {
            try {
                Fetcher.checkUrl(source.uri());
                options.fetch().addresses().check(source.uri().getHost());
            } catch (FetchException e) {
                if (e.kind() == FetchException.Kind.REFUSED) throw new IllegalArgumentException("source " + source.id() + " refused: " + e.getMessage());
                // an unknown host may resolve later
            }
        }
        Optional<Source> before = source(source.id());
        db.putSource(source.id(), MonitorJson.write(MonitorJson.source(source)), options.clock().millis());
        if (before.isPresent() && !before.get().location().equals(source.location())) {
            // Another URL or folder: the old validators and schedule say nothing about it.
            SourceState st = db.state(source.id());
            db.saveState(source.id(), new SourceState(null, null, 0, 0, st.polls(), st.notModified(), st.lastPollMs(),
                    st.lastSuccessMs(), st.lastError(), st.lastErrorMs(), st.articles(), st.articleErrors()));
        }
        return source;
    }

    public boolean removeSource(String id) {
        return db.removeSource(id);
    }

    /**
     * What became of an article URL the monitor met: {@code ingested}, {@code duplicate}, {@code retry},
     * {@code refused} (address policy), {@code robots}, {@code too-large}, {@code http-404}, ... or empty if never met.
     */
    public Optional<String> urlOutcome(String url) {
        return org.vigie.ingest.fetch.UrlKey.of(url).flatMap(db::seenUrl).map(MonitorDb.SeenUrl::outcome);
    }

    public List<SourceHealth> health() {
        List<SourceHealth> out = new ArrayList<>();
        for (String[] row : db.sources()) {
            Source s = MonitorJson.source(MonitorJson.parse(row[1]), options.defaultInterval());
            out.add(health(s, Long.parseLong(row[2])));
        }
        return out;
    }

    public Optional<SourceHealth> health(String id) {
        return health().stream().filter(h -> h.source().id().equals(id)).findFirst();
    }

    private SourceHealth health(Source s, long addedMs) {
        SourceState st = db.state(s.id());
        long now = options.clock().millis();
        long day = Duration.ofDays(1).toMillis();
        long last24 = db.countItems(s.id(), now - day);
        long last7 = db.countItems(s.id(), now - 7 * day);
        double days = Math.min(7.0, Math.max(1.0, (now - addedMs) / (double) day));
        String status = !s.enabled() ? "disabled" : st.polls() == 0 ? "new" : st.failures() > 0 ? "failing" : "ok";
        return new SourceHealth(s, status, instant(st.lastPollMs()), instant(st.lastSuccessMs()), instant(st.lastErrorMs()),
                st.lastError(), st.failures(), s.enabled() ? Instant.ofEpochMilli(st.nextPollMs()) : null, st.polls(),
                st.notModified(), st.articles(), st.articleErrors(), last24, last7 / days);
    }

    private static Instant instant(long ms) {
        return ms == 0 ? null : Instant.ofEpochMilli(ms);
    }

    /** Adds the sources and watchlists of a sources file (existing ones with the same ids are replaced). */
    public void apply(SourcesConfig config) {
        for (Source s : config.sources()) addSource(s);
        for (Watchlist w : config.watchlists()) putWatchlist(w);
    }

    // ---- polling

    /** Polls, in this thread, every enabled source that is due; returns what each poll did. */
    public List<PollReport> pollDue() throws InterruptedException {
        List<PollReport> reports = new ArrayList<>();
        for (Source s : due()) {
            if (!running.add(s.id())) continue;
            try {
                reports.add(poll(s));
            } finally {
                running.remove(s.id());
            }
        }
        return reports;
    }

    /** Polls one source now, due or not. */
    public PollReport pollNow(String id) throws InterruptedException {
        Source s = source(id).orElseThrow(() -> new IllegalArgumentException("no source with id " + id));
        if (!running.add(id)) return new PollReport(id, PollReport.Status.OK, 0, 0, 0, true, "a poll of this source is already running");
        try {
            return poll(s);
        } finally {
            running.remove(id);
        }
    }

    private List<Source> due() {
        long now = options.clock().millis();
        List<Source> out = new ArrayList<>();
        for (Source s : sources()) {
            if (s.enabled() && db.state(s.id()).nextPollMs() <= now) out.add(s);
        }
        return out;
    }

    private PollReport poll(Source s) throws InterruptedException {
        SourceState before = db.state(s.id());
        PollOutcome out;
        try {
            out = s.kind().remote() ? remote.poll(s, before) : folders.poll(s);
        } catch (RuntimeException e) {
            LOG.warn("poll of source {} failed", s.id(), e);
            out = PollOutcome.of(PollReport.failed(s.id(), "unexpected error: " + e));
        }
        db.saveState(s.id(), next(s, before, out, options.clock().millis()));
        return out.report();
    }

    SourceState next(Source s, SourceState st, PollOutcome out, long now) {
        PollReport r = out.report();
        if (r.status() == PollReport.Status.FAILED) {
            int failures = st.failures() + 1;
            Duration wait = s.interval().multipliedBy(1L << Math.min(failures, MAX_SHIFT));
            if (wait.compareTo(options.maxBackoff()) > 0) wait = options.maxBackoff();
            if (out.retryAfter() != null && out.retryAfter().compareTo(wait) > 0) wait = out.retryAfter();
            return new SourceState(st.etag(), st.lastModified(), now + wait.toMillis(), failures, st.polls() + 1, st.notModified(),
                    now, st.lastSuccessMs(), r.message(), now, st.articles(), st.articleErrors());
        }
        Validators v = out.validators();
        boolean articleError = r.articleErrors() > 0 && r.message() != null;
        return new SourceState(v != null ? v.etag() : st.etag(), v != null ? v.lastModified() : st.lastModified(),
                now + s.interval().toMillis(), 0, st.polls() + 1,
                st.notModified() + (r.status() == PollReport.Status.NOT_MODIFIED ? 1 : 0), now, now,
                articleError ? r.message() : st.lastError(), articleError ? now : st.lastErrorMs(),
                st.articles() + r.newDocuments(), st.articleErrors() + r.articleErrors());
    }

    /**
     * Starts polling in the background: every {@code tick} the due sources are handed to the worker threads
     * ({@link MonitorOptions#workers()}), one poll per source at a time.
     */
    public synchronized void start(Duration tick) {
        if (ticker != null) throw new IllegalStateException("the monitor is already running");
        workers = Executors.newFixedThreadPool(options.workers(), daemon("vigie-monitor-worker"));
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("vigie-monitor-ticker"));
        ticker.scheduleWithFixedDelay(this::tick, 0, Math.max(1, tick.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            for (Source s : due()) {
                if (!running.add(s.id())) continue;
                workers.execute(() -> {
                    try {
                        PollReport r = poll(s);
                        if (r.newDocuments() > 0 || r.status() == PollReport.Status.FAILED) {
                            LOG.info("source {}: {} new, {} duplicates, {} errors{}", s.id(), r.newDocuments(), r.duplicates(),
                                    r.articleErrors(), r.message() == null ? "" : " (" + r.message() + ")");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.warn("poll of source {} failed", s.id(), e);
                    } finally {
                        running.remove(s.id());
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("the monitor's scheduler could not list due sources: {}", e.toString());
        }
    }

    /** Stops the background polling, letting polls in progress end their current article. */
    public synchronized void stop() {
        if (ticker == null) return;
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker = null;
        workers = null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---- watchlists and alerts

    public List<Watchlist> watchlists() {
        return watchlists.all();
    }

    public Optional<Watchlist> watchlist(String id) {
        return watchlists.get(id);
    }

    /**
     * Adds or replaces a watchlist; its webhook host must pass the address policy.
     *
     * @throws IllegalArgumentException naming the reason
     */
    public Watchlist putWatchlist(Watchlist wl) {
        if (wl.webhook() != null) {
            try {
                Fetcher.checkUrl(wl.webhook());
                options.fetch().addresses().check(wl.webhook().getHost());
            } catch (FetchException e) {
                if (e.kind() == FetchException.Kind.REFUSED) throw new IllegalArgumentException("watchlist " + wl.id() + ": webhook refused: " + e.getMessage());
            }
        }
        watchlists.put(wl, options.clock().millis());
        return wl;
    }

    public boolean removeWatchlist(String id) {
        return watchlists.remove(id);
    }

    /**
     * Evaluates the watchlists on a document stored outside the monitor's own sources (the upload page, the ingest
     * API), as if a source had brought it: its story's independent sources are counted and alerts may fire.
     */
    public List<Alert> observe(Ingested ingested) {
        Instant at = options.clock().instant();
        String url = ingested.document().metadata().url();
        String publisher = Publishers.of(ingested.document(), url, null);
        Instant published = PublicationTime.of(ingested.document(), at);
        boolean newSource = ingested.storyId() != null && ingested.independent()
                && db.addStorySource(ingested.storyId(), publisher, published.toEpochMilli(), ingested.document().id());
        return watchlists.observe(new Observation(ingested, null, publisher, url, at, published, newSource));
    }

    /** Alerts, newest first, of one watchlist or of all ({@code null}). */
    public List<Alert> alerts(String watchlistIdOrNull, int offset, int limit) {
        if (offset < 0 || limit < 1) throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
        return watchlists.alerts(watchlistIdOrNull, offset, limit);
    }

    public Optional<Alert> alert(String id) {
        return watchlists.alert(id);
    }

    public long alertCount(String watchlistIdOrNull) {
        return watchlists.count(watchlistIdOrNull);
    }

    /** The watchlist's latest 100 alerts as an Atom feed, or empty if there is no such watchlist. */
    public Optional<String> alertFeed(String watchlistId) {
        return watchlists.get(watchlistId).map(wl -> AlertFeed.atom(wl, watchlists.alerts(wl.id(), 0, 100),
                options.publicBaseUrl(), options.clock().instant()));
    }

    /** Waits until queued webhooks are delivered or given up; false if {@code timeout} ran out first. */
    public boolean awaitWebhooks(Duration timeout) throws InterruptedException {
        return webhooks.awaitIdle(timeout);
    }

    // ---- archives

    /**
     * Imports a WARC (plain or gzip) or JSON Lines (plain or gzip) archive, resuming where an earlier run on the
     * same unchanged file stopped. With {@code alerts}, watchlists are evaluated on what it brings in; story
     * sources are recorded either way. {@code cancelled} is asked between records.
     */
    public ImportReport importArchive(Path file, boolean alerts, ImportProgress progress, BooleanSupplier cancelled) {
        return archives.run(file, alerts, progress, cancelled);
    }

    @Override
    public void close() {
        stop();
        webhooks.close();
        // after the webhooks, whose last deliveries still need their connections
        webhookFetcher.close();
        feedFetcher.close();
        articleFetcher.close();
        db.close();
    }
}
