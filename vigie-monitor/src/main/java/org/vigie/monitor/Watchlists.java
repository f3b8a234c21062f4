package org.vigie.monitor;

import org.vigie.core.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved watchlists and their alerts: each new observation is evaluated against every enabled watchlist,
 * new alerts are kept (an alert that repeats an earlier one, by its dedupe key, is dropped) and handed to the
 * webhook sender.
 */
final class Watchlists {
    private final MonitorDb db;
    private final WatchlistEvaluator evaluator;
    private final WebhookSender webhooks;
    private volatile List<Watchlist> cached;

    Watchlists(MonitorDb db, WebhookSender webhooks) {
        this.db = db;
        this.evaluator = new WatchlistEvaluator(db);
        this.webhooks = webhooks;
        reload();
    }

    private void reload() {
        List<Watchlist> list = new ArrayList<>();
        for (String json : db.watchlists()) list.add(MonitorJson.watchlist(MonitorJson.parse(json)));
        cached = List.copyOf(list);
    }

    List<Watchlist> all() {
        return cached;
    }

    Optional<Watchlist> get(String id) {
        return cached.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    synchronized void put(Watchlist wl, long nowMs) {
        db.putWatchlist(wl.id(), MonitorJson.write(MonitorJson.watchlist(wl)), nowMs);
        reload();
    }

    synchronized boolean remove(String id) {
        boolean removed = db.removeWatchlist(id);
        reload();
        return removed;
    }

    /** Serialised, so that rules reading the story history (breaking, story sources) see each other's alerts. */
    synchronized List<Alert> observe(Observation o) {
        List<Alert> raised = new ArrayList<>();
        for (Watchlist wl : cached) {
            for (Draft d : evaluator.evaluate(wl, o)) {
                String id = Document.sha256(d.dedupe().getBytes(StandardCharsets.UTF_8)).substring(0, 20);
                String delivery = wl.webhook() == null ? "none" : "pending";
                Alert a = new Alert(id, wl.id(), wl.name(), d.kind(), d.title(), o.at(), d.storyId(), d.evidence(), delivery);
                if (db.addAlert(id, wl.id(), d.storyId(), d.dedupe(), o.at().toEpochMilli(), MonitorJson.write(MonitorJson.alert(a, null)), delivery)) {
                    raised.add(a);
                    if (wl.webhook() != null) webhooks.send(wl, a);
                }
            }
        }
        return raised;
    }

    List<Alert> alerts(String watchlistIdOrNull, int offset, int limit) {
        List<Alert> out = new ArrayList<>();
        for (MonitorDb.StoredAlert s : db.alerts(watchlistIdOrNull, offset, limit)) {
            out.add(MonitorJson.alert(MonitorJson.parse(s.json())).withDelivery(s.delivery()));
        }
        return out;
    }

    Optional<Alert> alert(String id) {
        return db.alert(id).map(s -> MonitorJson.alert(MonitorJson.parse(s.json())).withDelivery(s.delivery()));
    }

    long count(String watchlistIdOrNull) {
        return db.countAlerts(watchlistIdOrNull);
    }
}
