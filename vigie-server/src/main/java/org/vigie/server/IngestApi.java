package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.monitor.DocumentIngest;
import org.vigie.monitor.Ingested;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/ingest}: plain text, HTML, JSON records (one or an array) or JSON Lines in the body, or files
 * in a {@code multipart/form-data} upload. Each input is read by the {@link Ingestor}, then analysed, given a
 * story and stored by the {@link DocumentIngest}. The token and the size limit are checked before, by
 * {@link WriteGuard}; this class checks the size again while reading, for bodies sent without a length.
 */
final class IngestApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final DocumentIngest ingestOrNull;
    private final Ingestor reader;
    private final ServerOptions options;

    IngestApi(DocumentIngest ingestOrNull, ServerOptions options) {
        this.ingestOrNull = ingestOrNull;
        this.options = options;
        this.reader = new Ingestor(IngestOptions.defaults().withMaxBytes(options.maxRequestBytes()));
    }

    private record Upload(byte[] bytes, String name, String mediaType) {
    }

    void ingest(Context ctx) {
        if (ingestOrNull == null) throw new HttpResponseException(503, "this server was started without ingestion");
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).strip();
        List<Upload> uploads = new ArrayList<>();
        if (type.startsWith("multipart/form-data")) {
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles();
            } catch (RuntimeException e) {
                if (isTooLarge(e)) throw WriteGuard.tooLarge(options);
                throw new BadRequestResponse("the multipart body cannot be read: " + e.getMessage());
            }
            if (files.isEmpty()) throw new BadRequestResponse("the multipart body holds no file");
            for (UploadedFile f : files) uploads.add(new Upload(read(f.content()), f.filename(), acceptedType(f.contentType()) ? f.contentType() : null));
        } else {
            String name = nameFor(type);
            if (name == null) {
                throw new HttpResponseException(415, "send text/plain, text/html, application/json, application/x-ndjson or "
                        + "multipart/form-data, not '" + (type.isEmpty() ? "no Content-Type" : type) + "'");
            }
            String mediaType = type.startsWith("application/json") || type.contains("ndjson") || type.contains("jsonl") ? null : ctx.contentType();
            uploads.add(new Upload(read(ctx.bodyInputStream()), name, mediaType));
        }
        ObjectNode o = F.objectNode();
        ArrayNode items = o.putArray("documents");
        int stored = 0, duplicates = 0;
        for (Upload u : uploads) {
            if (u.bytes().length == 0) throw new BadRequestResponse("the body of " + u.name() + " is empty");
            List<Document> docs;
            try {
                docs = reader.readBytes(u.bytes(), u.name(), u.mediaType());
            } catch (InputException e) {
                throw new BadRequestResponse("cannot read " + e.getMessage());
            }
            for (Document raw : docs) {
                byte[] input = docs.size() == 1 && Document.sha256(u.bytes()).equals(raw.id())
                        ? u.bytes() : raw.text().getBytes(StandardCharsets.UTF_8);
                Optional<Ingested> in = ingestOrNull.ingest(raw, input);
                ObjectNode item = items.addObject();
                item.put("id", raw.id());
                item.put("duplicate", in.isEmpty());
                if (in.isPresent()) {
                    stored++;
                    Document d = in.get().document();
                    item.put("title", d.title().map(t -> t.text()).orElse(null));
                    item.put("story", in.get().storyId());
                } else {
                    duplicates++;
                }
                item.put("href", "/api/documents/" + Links.encode(raw.id()));
            }
        }
        o.put("stored", stored);
        o.put("duplicates", duplicates);
        o.put("duplicate", stored == 0);
        ctx.status(stored > 0 ? 201 : 200);
        ApiHandlers.send(ctx, o);
    }

    private static boolean acceptedType(String type) {
        return type != null && !type.isBlank() && !type.toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
    }

    /** The name tells the reader the format; the media type (with its charset) is passed on for text and HTML. */
    private static String nameFor(String type) {
        if (type.startsWith("text/plain")) return "upload.txt";
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) return "upload.html";
        if (type.startsWith("application/json")) return "upload.json";
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl") || type.startsWith("application/x-jsonlines")) {
            return "upload.jsonl";
        }
        return null;
    }

    private byte[] read(InputStream in) {
        long limit = options.maxRequestBytes();
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) throw WriteGuard.tooLarge(options);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max")) return true;
        }
        return false;
    }
}
