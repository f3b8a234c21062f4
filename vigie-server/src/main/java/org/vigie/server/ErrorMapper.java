package org.vigie.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.store.StoreException;

/**
 * Turns every failure into a response, in one place: JSON {@code {"error": {"status", "message"}}} under
 * {@code /api/}, an HTML page elsewhere. Handlers only throw.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Layout layout;

    ErrorMapper(Layout layout) {
        this.layout = layout;
    }

    void install(JavalinDefaultRouting routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "the store failed: " + e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error; the server log has the details");
        });
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            ObjectNode error = o.putObject("error");
            error.put("status", status);
            error.put("message", message);
            ApiHandlers.send(ctx, o);
        } else {
            String title = switch (status) {
                case 400 -> "Bad request";
                case 404 -> "Not found";
                default -> "Error " + status;
            };
            Html h = new Html().element("h1", title).element("p", message, "class", "error-message")
                    .open("p").element("a", "Back to the stories of the day", "href", "/").close("p");
            HtmlPages.send(ctx, layout.page(title, null, h));
        }
    }
}
