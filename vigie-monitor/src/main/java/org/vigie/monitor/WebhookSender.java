package org.vigie.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.ingest.fetch.FetchException;
import org.vigie.ingest.fetch.Fetcher;
import org.vigie.ingest.fetch.Sleeper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Posts alerts as JSON to their watchlist's webhook, one at a time in a background thread, through the guarded
 * fetcher (same address rules as fetching; no redirect followed, so the payload goes nowhere else). A failure
 * that may pass (network, timeout, 408, 429, 5xx) is retried with a doubling pause, up to the attempts allowed;
 * the outcome is recorded on the alert.
 */
final class WebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final Fetcher fetcher;
    private final MonitorDb db;
    private final int attempts;
    private final Duration backoff;
    private final Sleeper sleeper;
    private final String baseUrl;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigie-webhooks");
        t.setDaemon(true);
        return t;
    });
    private int pending;

    WebhookSender(Fetcher fetcher, MonitorDb db, int attempts, Duration backoff, Sleeper sleeper, String baseUrl) {
        this.fetcher = fetcher;
        this.db = db;
        this.attempts = attempts;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.baseUrl = baseUrl;
    }

    static ObjectNode payload(Watchlist wl, Alert alert, String baseUrl) {
        ObjectNode o = MonitorJson.MAPPER.createObjectNode();
        o.put("type", "vigie.alert");
        ObjectNode w = o.putObject("watchlist");
        w.put("id", wl.id());
        w.put("name", wl.name());
        w.put("feed", baseUrl + "/watchlists/" + MonitorJson.encode(wl.id()) + "/alerts.atom");
        o.set("alert", MonitorJson.alert(alert, baseUrl));
        return o;
    }

    void send(Watchlist wl, Alert alert) {
        byte[] body = MonitorJson.write(payload(wl, alert, baseUrl)).getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            pending++;
        }
        try {
            executor.execute(() -> {
                try {
                    deliver(wl, alert, body);
                } finally {
                    synchronized (this) {
                        pending--;
                        notifyAll();
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (this) {
                pending--;
            }
            db.setDelivery(alert.id(), "failed: the monitor was stopping", 0);
        }
    }

    private void deliver(Watchlist wl, Alert alert, byte[] body) {
        String outcome = "failed";
        int tried = 0;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            tried = attempt;
            boolean retry;
            try {
                int status = fetcher.post(wl.webhook(), body, "application/json");
                if (status >= 200 && status < 300) {
                    outcome = "delivered";
                    break;
                }
                outcome = "failed: HTTP " + status;
                retry = status == 408 || status == 429 || status >= 500;
            } catch (FetchException e) {
                outcome = "failed: " + e.getMessage();
                retry = e.transientFailure();
            }
            if (!retry || attempt == attempts) break;
            try {
                sleeper.sleep(backoff.multipliedBy(1L << (attempt - 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!outcome.equals("delivered")) LOG.warn("webhook of watchlist {} for alert {}: {}", wl.id(), alert.id(), outcome);
        try {
            db.setDelivery(alert.id(), outcome.length() > 500 ? outcome.substring(0, 500) : outcome, tried);
        } catch (MonitorException e) {
            LOG.warn("cannot record the webhook outcome of alert {}: {}", alert.id(), e.getMessage());
        }
    }

    /** Waits until every webhook queued so far has been delivered or given up; false if the time ran out. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
