package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.core.json.AnalysisJson;
import org.vigie.nlp.discovered.DiscoveredEntity;
import org.vigie.nlp.discovered.NameRecord;
import org.vigie.store.SplitDecision;
import org.vigie.store.UserEntity;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/discovered} (discovered entities, paged, and the confirmed ones), {@code POST
 * /api/discovered/confirm} and {@code POST /api/discovered/split} (JSON bodies), {@code GET /api/discovered/decisions}
 * (the user's confirmations and splits) and their undoing, {@code POST /api/discovered/{id}/unconfirm} and {@code POST
 * /api/discovered/{id}/unsplit} (the bearer token of every POST is checked before, by {@link WriteGuard}).
 */
final class DiscoveredApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Discoveries discoveries;
    private final ServerOptions options;

    DiscoveredApi(Discoveries discoveries, ServerOptions options) {
        this.discoveries = discoveries;
        this.options = options;
    }

    void list(Context ctx) {
        Paging paging = Paging.api(ctx, options);
        List<DiscoveredEntity> all = discoveries.list();
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset()).put("limit", paging.limit()).put("total", all.size());
        ArrayNode items = o.putArray("items");
        for (int i = paging.offset(); i < Math.min(all.size(), paging.offset() + paging.limit()); i++) items.add(json(all.get(i)));
        ArrayNode confirmed = o.putArray("confirmed");
        for (UserEntity u : discoveries.confirmed()) confirmed.add(json(u));
        ApiHandlers.send(ctx, o);
    }

    void confirm(Context ctx) {
        JsonNode body = body(ctx);
        UserEntity u = discoveries.confirm(text(body, "id", true), text(body, "name", false), text(body, "type", false));
        ctx.status(201);
        ApiHandlers.send(ctx, json(u));
    }

    void split(Context ctx) {
        JsonNode body = body(ctx);
        String member = text(body, "member", true);
        DiscoveredEntity from = discoveries.split(member);
        ObjectNode o = F.objectNode().put("member", member).put("from", from.id());
        ApiHandlers.send(ctx, o);
    }

    void decisions(Context ctx) {
        ObjectNode o = F.objectNode();
        ArrayNode confirmed = o.putArray("confirmed");
        for (UserEntity u : discoveries.confirmed()) confirmed.add(json(u));
        ArrayNode splits = o.putArray("splits");
        List<SplitDecision> all = discoveries.splits();
        java.util.Map<String, String> names = discoveries.names(all.stream().map(SplitDecision::memberId).toList());
        for (SplitDecision d : all) splits.add(json(d, names.get(d.memberId())));
        ApiHandlers.send(ctx, o);
    }

    void unconfirm(Context ctx) {
        UserEntity u = discoveries.unconfirm(ctx.pathParam("id"));
        ApiHandlers.send(ctx, json(u));
    }

    void unsplit(Context ctx) {
        SplitDecision d = discoveries.unsplit(ctx.pathParam("id"));
        ApiHandlers.send(ctx, json(d, discoveries.names(List.of(d.memberId())).get(d.memberId())));
    }

    /** A split decision with the name's stored name ({@code nameOrNull}: the store no longer has the name). */
    static ObjectNode json(SplitDecision d, String nameOrNull) {
        ObjectNode o = F.objectNode().put("member", d.memberId());
        if (nameOrNull != null) o.put("name", nameOrNull);
        return o.put("splitAt", d.splitAt());
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = AnalysisJson.MAPPER.readTree(ctx.bodyInputStream());
            if (n == null || !n.isObject()) throw new BadRequestResponse("the body must be a JSON object");
            return n;
        } catch (IOException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new BadRequestResponse("the body needs \"" + field + "\"");
            return null;
        }
        if (!v.isTextual()) throw new BadRequestResponse("\"" + field + "\" must be a string");
        return v.asText();
    }

    static ObjectNode json(DiscoveredEntity e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id()).put("name", e.name()).put("type", e.type().name()).put("documents", e.documents())
                .put("mentions", e.mentions()).put("firstSeen", e.firstSeen()).put("lastSeen", e.lastSeen()).put("split", e.split());
        ArrayNode vs = o.putArray("variants");
        for (NameRecord v : e.variants()) {
            ObjectNode n = vs.addObject().put("id", v.id()).put("name", v.name()).put("documents", v.documents().size()).put("mentions", v.mentions());
            ArrayNode s = n.putArray("surfaces");
            v.surfaces().forEach(s::add);
        }
        return o;
    }

    static ObjectNode json(UserEntity u) {
        ObjectNode o = F.objectNode();
        o.put("id", u.id()).put("name", u.name()).put("type", u.type().name()).put("confirmedAt", u.confirmedAt());
        ArrayNode v = o.putArray("variants");
        u.variants().forEach(v::add);
        ArrayNode m = o.putArray("members");
        u.members().forEach(m::add);
        return o;
    }
}
