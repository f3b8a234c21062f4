package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import org.vigie.monitor.DocumentIngest;
import org.vigie.monitor.Monitor;
import org.vigie.store.DocumentStore;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.store.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The web UI and JSON API over a {@link DocumentStore}. {@link #create} builds the application without starting
 * it; {@link #start} binds it (to {@value ServerOptions#DEFAULT_HOST} unless told otherwise).
 */
public final class VigieServer {
    static final String CSS_PATH = "/static/vigie.css";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final Set<String> routes;

    private VigieServer(Javalin app, Set<String> routes) {
        this.app = app;
        this.routes = Collections.unmodifiableSet(routes);
    }

    /**
     * The application over {@code store}; search uses the store's index when it is an {@link IndexedDocumentStore},
     * and is otherwise unavailable (503 with a page saying why).
     */
    public static VigieServer create(DocumentStore store, ServerOptions options) {
        return create(store, options, null);
    }

    /**
     * The application with the monitor's pages and API (sources, watchlists, alerts) over {@code monitorOrNull};
     * without a monitor those pages say it is not running.
     */
    public static VigieServer create(DocumentStore store, ServerOptions options, Monitor monitorOrNull) {
        Objects.requireNonNull(store, "store");
        return create(store, store instanceof IndexedDocumentStore indexed ? indexed.index() : null, options, monitorOrNull);
    }

    /** The application over {@code store}, searching {@code indexOrNull} (null: search unavailable). */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options) {
        return create(store, indexOrNull, options, null);
    }

    /** The application over {@code store}, searching {@code indexOrNull}, with the pages of {@code monitorOrNull}. */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Monitor monitorOrNull) {
        return create(store, indexOrNull, options, monitorOrNull, null, null, KnowledgeBasePlaces.shared());
    }

    /**
     * The application with an ingest page feeding {@code uploadsOrNull} (null: the page says ingest is disabled) and
     * a map placing entities with {@code placesOrNull} (null: places are only listed).
     */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Monitor monitorOrNull,
                                     IngestService uploadsOrNull, PlaceLocator placesOrNull) {
        return create(store, indexOrNull, options, monitorOrNull, uploadsOrNull, null, placesOrNull);
    }

    /**
     * The application with {@code POST /api/ingest} storing through {@code apiIngestOrNull} (null: ingestion answers 503).
     * Ingest requests also need {@link ServerOptions#apiTokenOrNull()}.
     */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Monitor monitorOrNull,
                                     DocumentIngest apiIngestOrNull) {
        return create(store, indexOrNull, options, monitorOrNull, null, apiIngestOrNull, KnowledgeBasePlaces.shared());
    }

    /** The whole application: search, monitor pages, upload page, ingest API and map, each optional. */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Monitor monitorOrNull,
                                     IngestService uploadsOrNull, DocumentIngest apiIngestOrNull, PlaceLocator placesOrNull) {
        return create(store, indexOrNull, options, monitorOrNull, uploadsOrNull, apiIngestOrNull, placesOrNull, null);
    }

    /**
     * The whole application, keeping the knowledge-base entries the user confirms on the discovered-entities page in
     * {@code dataDirOrNull}'s {@code kb/user.tsv} (null: confirmations are refused).
     */
    public static VigieServer create(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Monitor monitorOrNull,
                                     IngestService uploadsOrNull, DocumentIngest apiIngestOrNull, PlaceLocator placesOrNull,
                                     java.nio.file.Path dataDirOrNull) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        Layout layout = new Layout(options);
        SearchHandlers search = new SearchHandlers(store, indexOrNull, options, layout);
        HtmlPages pages = new HtmlPages(store, options, layout);
        ApiHandlers api = new ApiHandlers(store, options);
        ErrorMapper errors = new ErrorMapper(layout);
        StoryPages storyPages = new StoryPages(store, options, layout);
        StoryApi storyApi = new StoryApi(store, options);
        MonitorPages monitorPages = new MonitorPages(monitorOrNull, options, layout);
        MonitorApi monitorApi = new MonitorApi(monitorOrNull, options);
        EntityPage entityPage = new EntityPage(store, layout);
        MapPage mapPage = new MapPage(store, placesOrNull, layout);
        IngestPage ingestPage = new IngestPage(uploadsOrNull, store, layout);
        WriteGuard guard = new WriteGuard(options);
        IngestApi ingest = new IngestApi(apiIngestOrNull, options);
        EntityApi entityApi = new EntityApi(store);
        FactsApi facts = new FactsApi(store, options);
        ExportApi exports = new ExportApi(store);
        Discoveries discoveries = new Discoveries(store, dataDirOrNull);
        DiscoveredPage discoveredPage = new DiscoveredPage(discoveries, options, layout);
        DiscoveredApi discoveredApi = new DiscoveredApi(discoveries, options);
        byte[] analysisSchema = coreResource("/org/vigie/core/json/analysis-1.schema.json");
        Set<String> registered = new LinkedHashSet<>();
        byte[] css = resource("vigie.css");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.events(events -> events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) registered.add(h.getHttpMethod().name() + " " + h.getPath());
            }));
            config.startupWatcherEnabled = false;
            config.jetty.defaultHost = ServerOptions.DEFAULT_HOST;
            config.jetty.multipartConfig.maxFileSize(IngestPage.MAX_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(IngestPage.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.router.mount(routes -> {
                routes.before(VigieServer::securityHeaders);
                routes.before("/api/*", guard::check);
                // The stories of the day open the site; a store that keeps no stories opens on its documents.
                routes.get("/", ctx -> {
                    if (storyPages.keepsStories()) storyPages.today(ctx); else pages.documents(ctx);
                });
                routes.get("/documents", pages::documents);
                routes.get("/documents/{id}", pages::document);
                routes.get("/entities", pages::entities);
                routes.get("/stories", storyPages::list);
                routes.get("/stories/{id}", storyPages::story);
                routes.get("/entities/{id}", entityPage::show);
                routes.get("/map", mapPage::show);
                routes.get("/ingest", ingestPage::form);
                routes.post("/ingest", ingestPage::submit);
                routes.get("/discovered", discoveredPage::show);
                routes.post("/discovered/confirm", discoveredPage::confirm);
                routes.post("/discovered/split", discoveredPage::split);
                routes.get("/discovered/decisions", discoveredPage::decisions);
                routes.post("/discovered/unconfirm", discoveredPage::unconfirm);
                routes.post("/discovered/unsplit", discoveredPage::unsplit);
                StaticAssets.install(routes);
                routes.get("/search", search::page);
                routes.get(CSS_PATH, ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "max-age=3600").result(css));
                routes.get("/api/documents", api::documents);
                routes.get("/api/documents/{id}", api::document);
                routes.get("/api/entities", api::entities);
                routes.get("/api/entities/{id}", entityApi::entity);
                routes.get("/api/documents/{id}/record", api::document);
                routes.get("/api/events", facts::events);
                routes.get("/api/quotes", facts::quotes);
                routes.get("/api/quantities", facts::quantities);
                routes.post("/api/ingest", ingest::ingest);
                routes.get("/api/export/records.jsonl", exports::records);
                routes.get("/api/export/events.csv", exports::eventsCsv);
                routes.get("/api/export/quotes.csv", exports::quotesCsv);
                routes.get("/api/export/claims.csv", exports::claimsCsv);
                routes.get("/api/export/events.tsv", exports::eventsTsv);
                routes.get(OpenApiDocument.PATH, ctx -> ApiHandlers.send(ctx, OpenApiDocument.build(registered)));
                routes.get(OpenApiDocument.ANALYSIS_SCHEMA_PATH, ctx -> ctx.contentType("application/schema+json")
                        .result(analysisSchema));
                routes.get("/api/stats", api::stats);
                routes.get("/api/stories", storyApi::list);
                routes.get("/api/stories/{id}", storyApi::story);
                routes.get("/api/search", search::api);
                routes.get("/api/discovered", discoveredApi::list);
                routes.post("/api/discovered/confirm", discoveredApi::confirm);
                routes.post("/api/discovered/split", discoveredApi::split);
                routes.get("/api/discovered/decisions", discoveredApi::decisions);
                routes.post("/api/discovered/{id}/unconfirm", discoveredApi::unconfirm);
                routes.post("/api/discovered/{id}/unsplit", discoveredApi::unsplit);
                routes.get("/sources", monitorPages::sources);
                routes.post("/sources", monitorPages::addSource);
                routes.get("/watchlists", monitorPages::watchlists);
                routes.post("/watchlists", monitorPages::putWatchlist);
                routes.get("/watchlists/{id}", monitorPages::watchlist);
                routes.get("/watchlists/{id}/alerts.atom", monitorApi::atom);
                routes.get("/alerts", monitorPages::alerts);
                routes.get("/api/sources", monitorApi::sources);
                routes.post("/api/sources", monitorApi::addSource);
                routes.get("/api/sources/{id}", monitorApi::source);
                routes.delete("/api/sources/{id}", monitorApi::removeSource);
                routes.get("/api/watchlists", monitorApi::watchlists);
                routes.post("/api/watchlists", monitorApi::putWatchlist);
                routes.get("/api/watchlists/{id}", monitorApi::watchlistJson);
                routes.delete("/api/watchlists/{id}", monitorApi::removeWatchlist);
                routes.get("/api/watchlists/{id}/alerts", monitorApi::watchlistAlerts);
                routes.get("/api/alerts", monitorApi::alerts);
                errors.install(routes);
            });
        });
        return new VigieServer(app, registered);
    }

    /** The registered routes, as {@code "GET /api/documents"}. */
    Set<String> routes() {
        return routes;
    }

    private static byte[] coreResource(String path) {
        try (InputStream in = org.vigie.core.json.AnalysisJson.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing from vigie-core");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static byte[] resource(String name) {
        try (InputStream in = VigieServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource org/vigie/server/" + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/vigie/server/" + name, e);
        }
    }

    /**
     * Starts serving on {@code host} (null means {@value ServerOptions#DEFAULT_HOST}) and {@code port} (0 picks a
     * free port); returns the bound port.
     */
    public int start(String host, int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        app.start(host == null ? ServerOptions.DEFAULT_HOST : host, port);
        return app.port();
    }

    /** Starts serving on {@value ServerOptions#DEFAULT_HOST}. */
    public int start(int port) {
        return start(ServerOptions.DEFAULT_HOST, port);
    }

    /** Stops serving; the store stays open, it belongs to the caller. */
    public void stop() {
        app.stop();
    }
}
