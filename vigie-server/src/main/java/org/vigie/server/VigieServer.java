package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.vigie.store.DocumentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The web UI and JSON API over a {@link DocumentStore}. {@link #create} builds the application without starting
 * it; {@link #start} binds it (to {@value ServerOptions#DEFAULT_HOST} unless told otherwise).
 */
public final class VigieServer {
    static final String CSS_PATH = "/static/vigie.css";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private VigieServer(Javalin app) {
        this.app = app;
    }

    public static VigieServer create(DocumentStore store, ServerOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        Layout layout = new Layout(options);
        HtmlPages pages = new HtmlPages(store, options, layout);
        ApiHandlers api = new ApiHandlers(store, options);
        ErrorMapper errors = new ErrorMapper(layout);
        StoryPages storyPages = new StoryPages(store, options, layout);
        StoryApi storyApi = new StoryApi(store, options);
        byte[] css = resource("vigie.css");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.defaultHost = ServerOptions.DEFAULT_HOST;
            config.router.mount(routes -> {
                routes.before(VigieServer::securityHeaders);
                routes.get("/", pages::documents);
                routes.get("/documents/{id}", pages::document);
                routes.get("/entities", pages::entities);
                routes.get("/entities/{id}", pages::entity);
                routes.get("/stories", storyPages::list);
                routes.get("/stories/{id}", storyPages::story);
                routes.get(CSS_PATH, ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "max-age=3600").result(css));
                routes.get("/api/documents", api::documents);
                routes.get("/api/documents/{id}", api::document);
                routes.get("/api/entities", api::entities);
                routes.get("/api/entities/{id}", api::entity);
                routes.get("/api/stats", api::stats);
                routes.get("/api/stories", storyApi::list);
                routes.get("/api/stories/{id}", storyApi::story);
                errors.install(routes);
            });
        });
        return new VigieServer(app);
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
