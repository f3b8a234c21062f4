package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.vigie.monitor.Alert;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorJson;
import org.vigie.monitor.Source;
import org.vigie.monitor.SourceHealth;
import org.vigie.monitor.SourceKind;
import org.vigie.monitor.Watchlist;

import java.time.Instant;
import java.util.Locale;

/**
 * The monitor's JSON API: sources with their health, watchlists, alerts. Writes take JSON bodies only, which a
 * page on another site cannot send to this server without a CORS preflight it will not get. Folder sources are
 * refused here: a folder is read from this machine's disk, which the sources file may allow but a web request
 * should not.
 */
final class MonitorApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Monitor monitor;
    private final ServerOptions options;

    MonitorApi(Monitor monitor, ServerOptions options) {
        this.monitor = monitor;
        this.options = options;
    }

    private Monitor monitor() {
        if (monitor == null) throw new NotFoundResponse(MonitorPages.NOT_RUNNING);
        return monitor;
    }

    void sources(Context ctx) {
        ObjectNode o = F.objectNode();
        ArrayNode items = o.putArray("items");
        for (SourceHealth h : monitor().health()) items.add(health(h));
        ApiHandlers.send(ctx, o);
    }

    void source(Context ctx) {
        String id = ctx.pathParam("id");
        SourceHealth h = monitor().health(id).orElseThrow(() -> new NotFoundResponse("no source with id " + id));
        ApiHandlers.send(ctx, health(h));
    }

    void addSource(Context ctx) {
        JsonNode body = jsonBody(ctx);
        Source s;
        try {
            s = MonitorJson.source(body, monitor().options().defaultInterval());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        if (s.kind() == SourceKind.FOLDER) throw new BadRequestResponse("folder sources are set in the sources file, not through the API");
        try {
            monitor().addSource(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        ctx.status(HttpStatus.CREATED);
        ApiHandlers.send(ctx, health(monitor().health(s.id()).orElseThrow()));
    }

    void removeSource(Context ctx) {
        String id = ctx.pathParam("id");
        if (!monitor().removeSource(id)) throw new NotFoundResponse("no source with id " + id);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void watchlists(Context ctx) {
        ObjectNode o = F.objectNode();
        ArrayNode items = o.putArray("items");
        for (Watchlist w : monitor().watchlists()) items.add(watchlist(w));
        ApiHandlers.send(ctx, o);
    }

    void watchlistJson(Context ctx) {
        ApiHandlers.send(ctx, watchlist(find(ctx.pathParam("id"))));
    }

    void putWatchlist(Context ctx) {
        Watchlist w;
        try {
            w = monitor().putWatchlist(MonitorJson.watchlist(jsonBody(ctx)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        ctx.status(HttpStatus.CREATED);
        ApiHandlers.send(ctx, watchlist(w));
    }

    void removeWatchlist(Context ctx) {
        String id = ctx.pathParam("id");
        if (!monitor().removeWatchlist(id)) throw new NotFoundResponse("no watchlist with id " + id);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void alerts(Context ctx) {
        String wl = ctx.queryParam("watchlist");
        if (wl != null && wl.isBlank()) wl = null;
        if (wl != null) find(wl);
        alertPage(ctx, wl);
    }

    void watchlistAlerts(Context ctx) {
        alertPage(ctx, find(ctx.pathParam("id")).id());
    }

    private void alertPage(Context ctx, String watchlistOrNull) {
        Paging paging = Paging.api(ctx, options);
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        o.put("total", monitor().alertCount(watchlistOrNull));
        ArrayNode items = o.putArray("items");
        for (Alert a : monitor().alerts(watchlistOrNull, paging.offset(), paging.limit())) {
            items.add(MonitorJson.alert(a, monitor().options().publicBaseUrl()));
        }
        ApiHandlers.send(ctx, o);
    }

    void atom(Context ctx) {
        String id = ctx.pathParam("id");
        String xml = monitor().alertFeed(id).orElseThrow(() -> new NotFoundResponse("no watchlist with id " + id));
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    private Watchlist find(String id) {
        return monitor().watchlist(id).orElseThrow(() -> new NotFoundResponse("no watchlist with id " + id));
    }

    private static JsonNode jsonBody(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) throw new BadRequestResponse("send the body as application/json");
        try {
            return MonitorJson.parse(ctx.body());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    ObjectNode watchlist(Watchlist w) {
        ObjectNode o = MonitorJson.watchlist(w);
        o.put("alerts", monitor().alertCount(w.id()));
        o.put("feed", "/watchlists/" + Links.encode(w.id()) + "/alerts.atom");
        return o;
    }

    static ObjectNode health(SourceHealth h) {
        ObjectNode o = MonitorJson.source(h.source());
        o.put("status", h.status());
        put(o, "lastPoll", h.lastPoll());
        put(o, "lastSuccess", h.lastSuccess());
        put(o, "lastError", h.lastError());
        o.put("lastErrorMessage", h.lastErrorMessage());
        o.put("consecutiveFailures", h.consecutiveFailures());
        put(o, "nextPoll", h.nextPoll());
        o.put("polls", h.polls());
        o.put("notModified", h.notModified());
        o.put("documents", h.documents());
        o.put("articleErrors", h.articleErrors());
        o.put("itemsLast24h", h.itemsLast24h());
        o.put("itemsPerDay", Math.round(h.itemsPerDay() * 10) / 10.0);
        return o;
    }

    private static void put(ObjectNode o, String field, Instant t) {
        if (t == null) o.putNull(field); else o.put(field, t.toString());
    }
}
