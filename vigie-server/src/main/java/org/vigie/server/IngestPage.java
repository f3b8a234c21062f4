package org.vigie.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.InputException;
import org.vigie.store.DocumentStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Paste text or HTML, or upload a file, to have it analysed and stored through the configured {@link IngestService}.
 * The form carries a {@link FormTokens} token, so another site cannot make a visitor's browser post here; inputs above {@link #MAX_BYTES} are refused.
 */
final class IngestPage {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Room for the form's other fields and the multipart framing around the largest accepted input. */
    static final int MAX_REQUEST_BYTES = MAX_BYTES + 64 * 1024;
    static final String CSRF_COOKIE = FormTokens.COOKIE;
    private static final Logger LOG = LoggerFactory.getLogger(IngestPage.class);

    private final IngestService serviceOrNull;
    private final DocumentStore store;
    private final Layout layout;

    IngestPage(IngestService serviceOrNull, DocumentStore store, Layout layout) {
        this.serviceOrNull = serviceOrNull;
        this.store = store;
        this.layout = layout;
    }

    void form(Context ctx) {
        Html h = new Html().element("h1", "Ingest");
        if (serviceOrNull == null) {
            disabled(h);
        } else {
            h.element("p", "Paste a text or an HTML page, or upload a file (text, HTML, JSON lines, WARC, gzip), up to "
                    + MAX_BYTES / (1024 * 1024) + " MB. It is analysed and stored like any other document.", "class", "note");
            formHtml(h, token(ctx));
        }
        HtmlPages.send(ctx, layout.page("Ingest", "ingest", h));
    }

    void submit(Context ctx) {
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            fail(ctx, 413, "The input is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB are accepted.");
            return;
        }
        String formToken;
        UploadedFile file;
        String text;
        String format;
        try {
            formToken = ctx.formParam(FormTokens.FIELD);
            file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
            text = ctx.formParam("text");
            format = ctx.formParam("format");
        } catch (IllegalStateException e) {
            // Jetty refuses a multipart body beyond the configured limits while the form is read.
            fail(ctx, 413, "The input is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB are accepted.");
            return;
        }
        if (!FormTokens.valid(ctx, formToken)) {
            fail(ctx, 403, "The form has expired or did not come from this site: reload the ingest page and try again.");
            return;
        }
        if (serviceOrNull == null) {
            Html h = new Html().element("h1", "Ingest");
            disabled(h);
            ctx.status(503);
            HtmlPages.send(ctx, layout.page("Ingest", "ingest", h));
            return;
        }
        byte[] bytes;
        String name;
        String mediaType;
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_BYTES) {
                fail(ctx, 413, "The file is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB are accepted.");
                return;
            }
            try (InputStream in = file.content()) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            } catch (IOException e) {
                fail(ctx, 400, "The upload could not be read: " + e.getMessage());
                return;
            }
            name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
            String declared = file.contentType();
            mediaType = declared == null || declared.isBlank() || declared.startsWith("application/octet-stream") ? null : declared;
        } else if (text != null && !text.isBlank()) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            boolean html = "html".equals(format);
            name = html ? "pasted.html" : "pasted.txt";
            mediaType = html ? "text/html" : "text/plain";
        } else {
            fail(ctx, 400, "Nothing to ingest: paste some text or choose a file.");
            return;
        }
        if (bytes.length > MAX_BYTES) {
            fail(ctx, 413, "The input is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB are accepted.");
            return;
        }
        List<String> ids;
        try {
            ids = serviceOrNull.ingest(bytes, name, mediaType);
        } catch (InputException e) {
            fail(ctx, 400, "The input could not be read as a document: " + e.getMessage());
            return;
        } catch (Exception e) {
            LOG.error("ingest of {} ({} bytes) failed", name, bytes.length, e);
            fail(ctx, 500, "Ingest failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        Html h = new Html().element("h1", "Ingested");
        if (ids.isEmpty()) {
            h.element("p", "No document could be read from " + name + ".", "class", "empty");
        } else {
            h.element("p", ids.size() == 1 ? "1 document read from " + name + ":" : ids.size() + " documents read from " + name + ":", "class", "stats");
            h.open("ul", "class", "ingested");
            for (String id : ids) {
                h.open("li");
                if (store.contains(id)) h.element("a", id, "href", Links.document(id)); else h.element("code", id).text(" (not stored)");
                h.close("li");
            }
            h.close("ul");
        }
        h.element("h2", "Ingest more");
        formHtml(h, token(ctx));
        HtmlPages.send(ctx, layout.page("Ingested", "ingest", h));
    }

    private void fail(Context ctx, int status, String message) {
        Html h = new Html().element("h1", "Ingest").element("p", message, "class", "error-message");
        if (serviceOrNull != null) formHtml(h, token(ctx));
        ctx.status(status);
        HtmlPages.send(ctx, layout.page("Ingest", "ingest", h));
    }

    private static void disabled(Html h) {
        h.element("p", "Ingest is disabled: this server was started without an ingester, so it only shows what is "
                + "already stored. Start it with the command-line tool (vigie serve) to ingest from this page.", "class", "empty");
    }

    private static String token(Context ctx) {
        return FormTokens.issue(ctx);
    }

    private static void formHtml(Html h, String token) {
        h.open("form", "class", "ingest", "action", "/ingest", "method", "post", "enctype", "multipart/form-data");
        FormTokens.field(h, token);
        h.open("fieldset").element("legend", "Paste");
        h.element("textarea", "", "name", "text", "id", "ingest-text", "rows", "12", "aria-label", "Text or HTML to ingest",
                "placeholder", "Paste an article here");
        h.open("p", "class", "choices").text("The pasted text is ");
        h.open("label").empty("input", "type", "radio", "name", "format", "value", "text", "checked", "checked").text(" plain text").close("label");
        h.text(" ");
        h.open("label").empty("input", "type", "radio", "name", "format", "value", "html").text(" HTML").close("label");
        h.close("p").close("fieldset");
        h.open("fieldset").element("legend", "Or upload a file");
        h.empty("input", "type", "file", "name", "file", "id", "ingest-file", "aria-label", "File to ingest");
        h.close("fieldset");
        h.element("button", "Ingest", "type", "submit");
        h.close("form");
    }
}
