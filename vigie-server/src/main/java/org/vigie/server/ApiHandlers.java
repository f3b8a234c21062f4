package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.EntityType;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntityDetail;
import org.vigie.store.EntitySummary;
import org.vigie.store.StoreStats;

import java.util.Arrays;
import java.util.Locale;

/** The JSON API: documents, one analysis record, entities, one entity, stats. */
final class ApiHandlers {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final DocumentStore store;
    private final ServerOptions options;

    ApiHandlers(DocumentStore store, ServerOptions options) {
        this.store = store;
        this.options = options;
    }

    static void send(Context ctx, JsonNode json) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(AnalysisJson.MAPPER.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    static EntityType entityType(String name) {
        try {
            return EntityType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("type must be one of " + Arrays.toString(EntityType.values()) + ", not '" + name + "'");
        }
    }

    void documents(Context ctx) {
        Paging paging = Paging.api(ctx, options);
        ObjectNode o = page(paging, store.stats().documents());
        ArrayNode items = o.putArray("items");
        for (DocumentSummary d : store.list(paging.offset(), paging.limit())) items.add(summary(d));
        send(ctx, o);
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        Document doc = store.get(id).orElseThrow(() -> new NotFoundResponse("no document with id " + id));
        send(ctx, AnalysisJson.write(doc));
    }

    void entities(Context ctx) {
        Paging paging = Paging.api(ctx, options);
        String typeParam = ctx.queryParam("type");
        EntityType type = typeParam == null || typeParam.isBlank() ? null : entityType(typeParam);
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        if (type == null) o.putNull("type"); else o.put("type", type.name());
        ArrayNode items = o.putArray("items");
        for (EntitySummary e : store.entities(paging.offset(), paging.limit(), type == null ? null : type.name())) {
            items.add(entity(e));
        }
        send(ctx, o);
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        EntityDetail detail = store.entity(id).orElseThrow(() -> new NotFoundResponse("no entity with id " + id));
        ObjectNode o = F.objectNode();
        o.set("entity", entity(detail.summary()));
        ArrayNode docs = o.putArray("documents");
        for (DocumentSummary d : detail.documents()) docs.add(summary(d));
        send(ctx, o);
    }

    void stats(Context ctx) {
        StoreStats s = store.stats();
        ObjectNode o = F.objectNode();
        o.put("documents", s.documents());
        o.put("entities", s.entities());
        o.put("quotes", s.quotes());
        o.put("quantities", s.quantities());
        o.put("events", s.events());
        o.put("stories", s.stories());
        send(ctx, o);
    }

    private static ObjectNode page(Paging paging, long total) {
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        o.put("total", total);
        return o;
    }

    static ObjectNode summary(DocumentSummary d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("published", d.published());
        o.put("language", d.language());
        o.put("path", d.path());
        o.put("url", d.url());
        o.put("mediaType", d.mediaType());
        o.put("bytes", d.bytes());
        o.put("ingestedAt", d.ingestedAt().toString());
        ObjectNode counts = o.putObject("counts");
        counts.put("entities", d.entities());
        counts.put("quotes", d.quotes());
        counts.put("quantities", d.quantities());
        counts.put("times", d.times());
        counts.put("events", d.events());
        return o;
    }

    static ObjectNode entity(EntitySummary e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type().name());
        o.put("documents", e.documents());
        o.put("mentions", e.mentions());
        ArrayNode forms = o.putArray("surfaceForms");
        e.surfaceForms().forEach(forms::add);
        return o;
    }
}
