package org.vigie.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Files the pages load besides vigie.css: the site's own scripts and styles under {@code /static/}, and the
 * libraries bundled as WebJars under {@code /webjars/}, all read from the classpath so nothing comes from elsewhere.
 */
final class StaticAssets {
    static final String UI_CSS = "/static/vigie-ui.css";
    static final String FAVICON = "/static/favicon.svg";
    static final String ENTITY_CHART_JS = "/static/entity-chart.js";
    /** Chart.js as bundled by the org.webjars.npm:chart.js artifact declared in this module's pom. */
    static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.js";

    private static final String WEBJARS_ROOT = "META-INF/resources/webjars/";
    private static final Pattern WEBJAR_PATH = Pattern.compile("[A-Za-z0-9@_.-]+(/[A-Za-z0-9@_.-]+)*\\.(js|css|map)");
    private static final Map<String, String> OWN = Map.of(
            UI_CSS, "vigie-ui.css",
            FAVICON, "favicon.svg",
            ENTITY_CHART_JS, "entity-chart.js");

    private StaticAssets() {
    }

    static void install(JavalinDefaultRouting routes) {
        for (Map.Entry<String, String> e : OWN.entrySet()) {
            byte[] bytes = resource("static/" + e.getValue());
            String type = contentType(e.getValue());
            routes.get(e.getKey(), ctx -> send(ctx, type, bytes));
        }
        routes.get("/webjars/<path>", StaticAssets::webjar);
    }

    private static void webjar(Context ctx) {
        String path = ctx.pathParam("path");
        if (!WEBJAR_PATH.matcher(path).matches() || path.contains("..")) throw new NotFoundResponse("no such file: /webjars/" + path);
        ClassLoader loader = StaticAssets.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(WEBJARS_ROOT + path)) {
            if (in == null) throw new NotFoundResponse("no such file: /webjars/" + path);
            send(ctx, contentType(path), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read webjar file " + path, e);
        }
    }

    private static void send(Context ctx, String type, byte[] bytes) {
        ctx.contentType(type).header("Cache-Control", "max-age=3600").result(bytes);
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/json; charset=utf-8";
    }

    static byte[] resource(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource org/vigie/server/" + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/vigie/server/" + name, e);
        }
    }
}
