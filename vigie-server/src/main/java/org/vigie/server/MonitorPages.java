package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import org.vigie.monitor.Alert;
import org.vigie.monitor.Evidence;
import org.vigie.monitor.Monitor;
import org.vigie.monitor.MonitorJson;
import org.vigie.monitor.Source;
import org.vigie.monitor.SourceHealth;
import org.vigie.monitor.SourceKind;
import org.vigie.monitor.Watchlist;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The monitor's pages: sources with their health (and a form to follow a feed), watchlists (and a form taking a
 * watchlist's JSON), one watchlist with its alerts, and all alerts. Every alert links to its evidence documents.
 * Forms post to this server only: a post must carry the form's {@link FormTokens} token, and one whose Origin is
 * another site is refused, so a page elsewhere cannot add sources or watchlists behind the user's back.
 */
final class MonitorPages {
    static final String NOT_RUNNING = "the monitor is not running: start Vigie with a sources file (vigie monitor, or vigie demo --sources FILE)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Monitor monitor;
    private final ServerOptions options;
    private final Layout layout;

    MonitorPages(Monitor monitor, ServerOptions options, Layout layout) {
        this.monitor = monitor;
        this.options = options;
        this.layout = layout;
    }

    private Monitor monitor() {
        if (monitor == null) throw new NotFoundResponse(NOT_RUNNING);
        return monitor;
    }

    void sources(Context ctx) {
        List<SourceHealth> health = monitor().health();
        Html h = new Html().element("h1", "Sources");
        if (health.isEmpty()) {
            h.element("p", "No sources yet: add a feed below, or start Vigie with a sources file.", "class", "empty");
        } else {
            h.open("table", "class", "sources").open("thead").open("tr");
            for (String col : List.of("Source", "Type", "Status", "Last success", "Last error", "Items (24 h)", "Items/day", "Next poll")) {
                h.element("th", col);
            }
            h.close("tr").close("thead").open("tbody");
            for (SourceHealth s : health) {
                Source src = s.source();
                h.open("tr").open("td").element("strong", src.name()).element("div", src.location(), "class", "meta").close("td")
                        .element("td", src.kind().jsonName())
                        .element("td", s.status() + (s.consecutiveFailures() > 1 ? " (" + s.consecutiveFailures() + "×)" : ""),
                                "class", "status-" + s.status())
                        .element("td", time(s.lastSuccess()))
                        .open("td").text(time(s.lastError()));
                if (s.lastErrorMessage() != null) h.element("div", s.lastErrorMessage(), "class", "meta");
                h.close("td")
                        .element("td", s.itemsLast24h(), "class", "num")
                        .element("td", String.format(Locale.ROOT, "%.1f", s.itemsPerDay()), "class", "num")
                        .element("td", time(s.nextPoll()));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
        h.element("h2", "Follow a feed");
        h.open("form", "method", "post", "action", "/sources", "class", "add-source");
        FormTokens.field(h, FormTokens.issue(ctx));
        h                .open("label").text("Id ").empty("input", "name", "id", "required", "required", "pattern", "[A-Za-z0-9][A-Za-z0-9._-]{0,63}").close("label")
                .open("label").text(" URL ").empty("input", "name", "url", "type", "url", "required", "required", "size", "50").close("label")
                .open("label").text(" Type ").open("select", "name", "type")
                .element("option", "feed", "value", "feed").element("option", "sitemap", "value", "sitemap")
                .element("option", "urls", "value", "urls").close("select").close("label")
                .open("label").text(" Every (minutes) ").empty("input", "name", "minutes", "type", "number", "min", "1", "value", "10").close("label")
                .text(" ").element("button", "Add", "type", "submit").close("form");
        h.element("p", "JSON: /api/sources", "class", "note");
        HtmlPages.send(ctx, layout.page("Sources", "sources", h));
    }

    void addSource(Context ctx) {
        checkForm(ctx);
        String minutes = ctx.formParam("minutes");
        Duration interval;
        try {
            interval = Duration.ofMinutes(minutes == null || minutes.isBlank() ? 10 : Long.parseLong(minutes.strip()));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("minutes must be a whole number, not '" + minutes + "'");
        }
        try {
            SourceKind kind = SourceKind.parse(ctx.formParam("type") == null ? "feed" : ctx.formParam("type"));
            if (kind == SourceKind.FOLDER) throw new BadRequestResponse("folder sources are set in the sources file");
            monitor().addSource(new Source(ctx.formParam("id"), kind, ctx.formParam("url"), null, interval, true));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        ctx.redirect("/sources", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void watchlists(Context ctx) {
        List<Watchlist> all = monitor().watchlists();
        Html h = new Html().element("h1", "Watchlists");
        if (all.isEmpty()) {
            h.element("p", "No watchlists yet.", "class", "empty");
        } else {
            h.open("table", "class", "watchlists").open("thead").open("tr").element("th", "Watchlist").element("th", "Rule")
                    .element("th", "Alerts").element("th", "Feed").close("tr").close("thead").open("tbody");
            for (Watchlist w : all) {
                h.open("tr").open("td").element("a", w.name(), "href", watchlistLink(w.id())).close("td")
                        .element("td", w.rule().type() + (w.enabled() ? "" : " (disabled)"))
                        .element("td", monitor().alertCount(w.id()), "class", "num")
                        .open("td").element("a", "Atom", "href", watchlistLink(w.id()) + "/alerts.atom").close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.element("h2", "Add or replace a watchlist");
        h.element("p", "A watchlist in JSON, e.g. {\"id\": \"ru-threats\", \"rule\": {\"type\": \"event\", \"eventTypes\": [\"THREATEN\"], "
                + "\"actor1\": [\"Q159\"]}}. Rule types: document, event, quote, figure, story, breaking.", "class", "note");
        h.open("form", "method", "post", "action", "/watchlists");
        FormTokens.field(h, FormTokens.issue(ctx));
        h.open("textarea", "name", "json", "rows", "6", "cols", "80", "required", "required").close("textarea")
                .open("p").element("button", "Save", "type", "submit").close("p").close("form");
        HtmlPages.send(ctx, layout.page("Watchlists", "watchlists", h));
    }

    void putWatchlist(Context ctx) {
        checkForm(ctx);
        String json = ctx.formParam("json");
        if (json == null || json.isBlank()) throw new BadRequestResponse("the form has no watchlist JSON");
        Watchlist w;
        try {
            w = monitor().putWatchlist(MonitorJson.watchlist(MonitorJson.parse(json)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        ctx.redirect(watchlistLink(w.id()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void watchlist(Context ctx) {
        String id = ctx.pathParam("id");
        Watchlist w = monitor().watchlist(id).orElseThrow(() -> new NotFoundResponse("no watchlist with id " + id));
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        List<Alert> alerts = monitor().alerts(w.id(), paging.offset(), paging.limit());
        Html h = new Html().element("h1", w.name());
        h.open("dl", "class", "facts").element("dt", "Id").open("dd").element("code", w.id()).close("dd")
                .element("dt", "Rule").open("dd").element("code", MonitorJson.write(MonitorJson.watchlist(w).get("rule"))).close("dd");
        if (!w.filters().isEmpty()) {
            h.element("dt", "Filters").open("dd").element("code", MonitorJson.write(MonitorJson.watchlist(w).get("filters"))).close("dd");
        }
        h.element("dt", "Webhook").element("dd", w.webhook() == null ? "—" : w.webhook().toString())
                .element("dt", "Feed").open("dd").element("a", "Atom feed of its alerts", "href", watchlistLink(w.id()) + "/alerts.atom").close("dd")
                .close("dl");
        h.element("h2", "Alerts (" + monitor().alertCount(w.id()) + ")");
        alertList(h, alerts, false);
        if (page > 1 || alerts.size() == paging.limit()) {
            h.open("nav", "class", "pager");
            if (page > 1) h.element("a", "← Newer", "href", watchlistLink(w.id()) + "?page=" + (page - 1));
            if (alerts.size() == paging.limit()) h.element("a", "Older →", "href", watchlistLink(w.id()) + "?page=" + (page + 1));
            h.close("nav");
        }
        HtmlPages.send(ctx, layout.page(w.name(), "watchlists", h));
    }

    void alerts(Context ctx) {
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        List<Alert> alerts = monitor().alerts(null, paging.offset(), paging.limit());
        Html h = new Html().element("h1", "Alerts");
        alertList(h, alerts, true);
        if (page > 1 || alerts.size() == paging.limit()) {
            h.open("nav", "class", "pager");
            if (page > 1) h.element("a", "← Newer", "href", "/alerts?page=" + (page - 1));
            if (alerts.size() == paging.limit()) h.element("a", "Older →", "href", "/alerts?page=" + (page + 1));
            h.close("nav");
        }
        HtmlPages.send(ctx, layout.page("Alerts", "alerts", h));
    }

    private void alertList(Html h, List<Alert> alerts, boolean withWatchlist) {
        if (alerts.isEmpty()) {
            h.element("p", "No alerts.", "class", "empty");
            return;
        }
        h.open("ol", "class", "alerts");
        for (Alert a : alerts) {
            h.open("li", "class", "alert alert-" + a.kind()).element("span", time(a.at()), "class", "meta").text(" ");
            if (withWatchlist) h.element("a", a.watchlistName(), "href", watchlistLink(a.watchlistId()), "class", "badge").text(" ");
            h.element("strong", a.title());
            if (!a.delivery().equals("none")) h.text(" ").element("span", "webhook: " + a.delivery(), "class", "meta");
            h.open("ul", "class", "evidence");
            for (Evidence e : a.evidence()) {
                h.open("li").element("a", e.title() != null ? e.title() : e.text() != null && e.start() < 0 ? e.text() : "document",
                        "href", Links.document(e.documentId()));
                if (e.text() != null && e.start() >= 0) h.text(" ").element("q", e.text());
                String external = Links.external(e.url());
                if (external != null) h.text(" ").element("a", "original", "href", external, "rel", "noopener noreferrer", "class", "meta");
                h.close("li");
            }
            h.close("ul").close("li");
        }
        h.close("ol");
    }

    /** Refuses a form post from another site: by its Origin when the browser says, and by its token always. */
    static void checkForm(Context ctx) {
        checkOrigin(ctx);
        if (!FormTokens.valid(ctx, ctx.formParam(FormTokens.FIELD))) {
            throw new ForbiddenResponse("the form has expired or did not come from this site: reload the page and try again");
        }
    }

    /** Refuses a form post that a browser says comes from another origin (the server binds to loopback, but browsers do not care). */
    static void checkOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) throw new ForbiddenResponse("cross-site form posts are refused");
        String origin = ctx.header("Origin");
        if (origin == null) return; // not a browser, or one too old to say; the server listens on loopback only
        String host = ctx.header("Host");
        try {
            URI o = new URI(origin);
            String authority = o.getRawAuthority();
            if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
                throw new ForbiddenResponse("cross-site form posts are refused");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ForbiddenResponse("cross-site form posts are refused");
        }
    }

    static String watchlistLink(String id) {
        return "/watchlists/" + Links.encode(id);
    }

    private static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }
}
