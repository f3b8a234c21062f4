package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenAPI 3.0 description of the JSON API, built from one list of {@link Operation}s. The served document keeps
 * only the operations whose route the server registered, so it never describes an endpoint that is absent; a test
 * checks that every registered API route is in the list. Analysis records are described by the record's own JSON
 * Schema, served at {@value #ANALYSIS_SCHEMA_PATH}.
 */
final class OpenApiDocument {
    static final String PATH = "/api/openapi.json";
    static final String ANALYSIS_SCHEMA_PATH = "/api/schema/analysis-1.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    record Param(String name, String in, String type, boolean required, String description) {
        static Param path(String name, String description) {
            return new Param(name, "path", "string", true, description);
        }

        static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }
    }

    /**
     * One endpoint: {@code response} is a schema name under {@code components/schemas}, or a media type with a
     * slash for a non-JSON body; {@code write} operations need the bearer token.
     */
    record Operation(String method, String path, String tag, String summary, List<Param> params, String requestBody,
                     int status, String response, boolean write) {
        String route() {
            return method + " " + path;
        }
    }

    private static final List<Param> PAGING = List.of(
            Param.query("offset", "integer", "how many items to skip (default 0)"),
            Param.query("limit", "integer", "how many items to return (default: the page size; at most the maximum page size)"));
    private static final List<Param> DATES = List.of(
            Param.query("from", "string", "first publication day, YYYY-MM-DD"),
            Param.query("to", "string", "last publication day, YYYY-MM-DD"),
            Param.query("story", "string", "only documents of this story id"));
    private static final Param ID = Param.path("id", "the id");

    static final List<Operation> OPERATIONS = operations();

    private static List<Param> join(List<Param> a, Param... more) {
        List<Param> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all;
    }

    private static List<Param> join(List<Param> a, List<Param> b, Param... more) {
        return join(join(a, b.toArray(Param[]::new)), more);
    }

    private static Operation get(String path, String tag, String summary, List<Param> params, String response) {
        return new Operation("GET", path, tag, summary, params, null, 200, response, false);
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(get("/api/documents", "documents", "Stored documents, most recently stored first", PAGING, "DocumentPage"));
        ops.add(get("/api/documents/{id}", "documents", "The analysis record of a document", List.of(ID), "AnalysisRecord"));
        ops.add(get("/api/documents/{id}/record", "documents", "The analysis record of a document (same as /api/documents/{id})",
                List.of(ID), "AnalysisRecord"));
        ops.add(get("/api/entities", "entities", "Entities across the store, by number of documents", join(PAGING,
                Param.query("type", "string", "PER, ORG, GPE, LOC or MISC")), "EntityPage"));
        ops.add(get("/api/entities/{id}", "entities", "An entity: documents, surface forms with counts, quotes, mentions per day, "
                + "co-occurring entities", List.of(ID), "EntityDetail"));
        ops.add(get("/api/events", "facts", "Events across the store", join(PAGING, DATES,
                Param.query("type", "string", "PLOVER event type, e.g. ASSAULT"),
                Param.query("actor", "string", "entity id or name (any case) of either actor")), "EventPage"));
        ops.add(get("/api/quotes", "facts", "Quotes across the store", join(PAGING, DATES,
                Param.query("speaker", "string", "entity id or name (any case) of the speaker")), "QuotePage"));
        ops.add(get("/api/quantities", "facts", "Quantities (claims) across the store", join(PAGING, DATES,
                Param.query("unit", "string", "what is counted, e.g. soldier (any case)"),
                Param.query("claimant", "string", "entity id or name (any case) of who states it")), "QuantityPage"));
        ops.add(get("/api/stats", "documents", "Store totals", List.of(), "Stats"));
        ops.add(get("/api/search", "search", "Full-text search with facets (503 when the store has no index)", join(PAGING,
                Param.query("q", "string", "query text (words, \"phrases\", AND/OR/NOT)"),
                Param.query("lang", "string", "language code filter (repeatable)"),
                Param.query("source", "string", "source filter (repeatable)"),
                Param.query("entity", "string", "entity id filter (repeatable)"),
                Param.query("type", "string", "entity type filter (repeatable)"),
                Param.query("event", "string", "event type filter (repeatable)"),
                Param.query("story", "string", "story id filter (repeatable)"),
                Param.query("from", "string", "first publication day, YYYY-MM-DD"),
                Param.query("to", "string", "last publication day, YYYY-MM-DD"),
                Param.query("sort", "string", "relevance, newest or oldest"),
                Param.query("page", "integer", "1-based page, instead of offset"),
                Param.query("facets", "integer", "values per facet")), "SearchResult"));
        ops.add(get("/api/stories", "stories", "Story clusters", PAGING, "Object"));
        ops.add(get("/api/stories/{id}", "stories", "One story with its documents", List.of(ID), "Object"));
        ops.add(new Operation("POST", "/api/ingest", "ingest", "Reads, analyses, assigns a story to and stores text, HTML, "
                + "JSON records ({text or html, url, title, date, source}, one or an array), JSON Lines or uploaded files",
                List.of(), "ingest", 201, "IngestResult", true));
        ops.add(get("/api/discovered", "entities", "Discovered entities: names the knowledge base does not know that recur "
                + "across documents, grouped with their variants, most documents first; and the entities the user confirmed",
                PAGING, "DiscoveredPage"));
        ops.add(new Operation("POST", "/api/discovered/confirm", "entities", "Confirms a discovered entity (JSON body: id, "
                + "optional name and type); it becomes a knowledge-base entry the analyses that follow link its names to "
                + "(404: no such discovered entity; 409: confirmed meanwhile; 503: no data folder)", List.of(), "json", 201,
                "UserEntity", true));
        ops.add(new Operation("POST", "/api/discovered/split", "entities", "Splits a variant off its discovered entity "
                + "(JSON body: member, the variant's id; 404: no discovered entity has it; 409: it stands alone already)",
                List.of(), "json", 200, "Object", true));
        ops.add(get("/api/discovered/decisions", "entities", "The user's decisions about discovered entities: the "
                + "confirmed entities and the names split off, oldest first, each of which can be undone", List.of(), "Decisions"));
        ops.add(new Operation("POST", "/api/discovered/{id}/unconfirm", "entities", "Undoes a confirmation: the entity "
                + "leaves the user knowledge base, the analyses that follow no longer link its names to it, and they are "
                + "discovered again (404: no confirmed entity has this id; 503: no data folder)",
                List.of(Param.path("id", "the confirmed entity's id")), null, 200, "UserEntity", true));
        ops.add(new Operation("POST", "/api/discovered/{id}/unsplit", "entities", "Undoes a split: the name may join its "
                + "discovered entity again (404: the name was not split off)",
                List.of(Param.path("id", "the id of the name split off")), null, 200, "SplitDecision", true));
        ops.add(get("/api/export/records.jsonl", "exports", "All analysis records, one JSON per line", DATES, "application/x-ndjson"));
        ops.add(get("/api/export/events.csv", "exports", "Events as CSV: " + String.join(",", ExportApi.EVENT_COLUMNS), DATES, "text/csv"));
        ops.add(get("/api/export/quotes.csv", "exports", "Quotes as CSV: " + String.join(",", ExportApi.QUOTE_COLUMNS), DATES, "text/csv"));
        ops.add(get("/api/export/claims.csv", "exports", "Quantities with their claimants as CSV: " + String.join(",",
                ExportApi.CLAIM_COLUMNS), DATES, "text/csv"));
        ops.add(get("/api/export/events.tsv", "exports", "Events in a GDELT-style tab-separated layout: " + String.join(" ",
                ExportApi.TSV_COLUMNS) + " (DATE is YYYYMMDD; tabs and line breaks in cells become spaces)",
                join(DATES, Param.query("header", "boolean", "write the column names first (default true)")),
                "text/tab-separated-values"));
        ops.add(get(PATH, "meta", "This document", List.of(), "Object"));
        ops.add(get(ANALYSIS_SCHEMA_PATH, "meta", "The JSON Schema of the analysis record", List.of(), "Object"));
        ops.add(get("/api/sources", "monitor", "Monitored sources with their health", List.of(), "ItemList"));
        ops.add(new Operation("POST", "/api/sources", "monitor", "Adds a feed or page source (JSON body: id, type, url, name, "
                + "interval, enabled)", List.of(), "json", 201, "Object", true));
        ops.add(get("/api/sources/{id}", "monitor", "One source with its health", List.of(ID), "Object"));
        ops.add(new Operation("DELETE", "/api/sources/{id}", "monitor", "Removes a source", List.of(ID), null, 204, null, true));
        ops.add(get("/api/watchlists", "monitor", "Watchlists", List.of(), "ItemList"));
        ops.add(new Operation("POST", "/api/watchlists", "monitor", "Creates or replaces a watchlist (JSON body: id, name, rule, "
                + "webhook, enabled)", List.of(), "json", 201, "Object", true));
        ops.add(get("/api/watchlists/{id}", "monitor", "One watchlist", List.of(ID), "Object"));
        ops.add(new Operation("DELETE", "/api/watchlists/{id}", "monitor", "Removes a watchlist", List.of(ID), null, 204, null, true));
        ops.add(get("/api/watchlists/{id}/alerts", "monitor", "The alerts of a watchlist", join(PAGING, ID), "Page"));
        ops.add(get("/api/alerts", "monitor", "Alerts, newest first", join(PAGING,
                Param.query("watchlist", "string", "only this watchlist's alerts")), "Page"));
        ops.add(get("/watchlists/{id}/alerts.atom", "monitor", "The alerts of a watchlist as an Atom feed", List.of(ID),
                "application/atom+xml"));
        return List.copyOf(ops);
    }

    /** The routes the document describes, as {@code "METHOD /path"}. */
    static Set<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        for (Operation op : OPERATIONS) routes.add(op.route());
        return routes;
    }

    /** The document, keeping the operations whose route is in {@code registered}. */
    static ObjectNode build(Collection<String> registered) {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Vigie API");
        info.put("version", "1");
        info.put("description", "News analysis records and what they contain. Offsets are Unicode code points. Errors are "
                + "{\"error\": {\"status\", \"message\"}} with the HTTP status. Writes need 'Authorization: Bearer <token>' "
                + "(the token is in the data folder's api-token file); bodies above the size limit get 413.");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        for (Operation op : OPERATIONS) {
            if (!registered.contains(op.route())) continue;
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            path.set(op.method().toLowerCase(java.util.Locale.ROOT), operation(op));
        }
        doc.set("components", components());
        return doc;
    }

    private static ObjectNode operation(Operation op) {
        ObjectNode o = F.objectNode();
        o.putArray("tags").add(op.tag());
        o.put("summary", op.summary());
        o.put("operationId", (op.method() + op.path()).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", ""));
        if (!op.params().isEmpty()) {
            ArrayNode params = o.putArray("parameters");
            for (Param p : op.params()) {
                ObjectNode n = params.addObject();
                n.put("name", p.name());
                n.put("in", p.in());
                n.put("required", p.required());
                n.put("description", p.description());
                n.putObject("schema").put("type", p.type());
            }
        }
        if ("ingest".equals(op.requestBody())) {
            ObjectNode content = o.putObject("requestBody").put("required", true).putObject("content");
            content.putObject("text/plain").putObject("schema").put("type", "string");
            content.putObject("text/html").putObject("schema").put("type", "string");
            content.putObject("application/json").putObject("schema").set("oneOf", F.arrayNode()
                    .add(ref("IngestRecord"))
                    .add(F.objectNode().put("type", "array").set("items", ref("IngestRecord"))));
            content.putObject("application/x-ndjson").putObject("schema").put("type", "string");
            ObjectNode multipart = content.putObject("multipart/form-data").putObject("schema").put("type", "object");
            multipart.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
        } else if ("json".equals(op.requestBody())) {
            o.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .set("schema", ref("Object"));
        }
        ObjectNode responses = o.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(op.status()));
        ok.put("description", op.status() == 204 ? "done" : "success");
        if (op.response() != null) {
            ObjectNode content = ok.putObject("content");
            if (op.response().contains("/")) {
                content.putObject(op.response()).putObject("schema").put("type", "string");
            } else {
                content.putObject("application/json").set("schema", ref(op.response()));
            }
        }
        if (op.write()) {
            o.putArray("security").addObject().putArray("bearer");
            error(responses, 401, "no token or a wrong token");
            error(responses, 413, "the body is larger than the limit");
        }
        if ("ingest".equals(op.requestBody())) {
            responses.putObject("200").put("description", "everything sent was already stored (\"duplicate\": true)")
                    .putObject("content").putObject("application/json").set("schema", ref("IngestResult"));
            error(responses, 415, "a body type the API does not read");
            error(responses, 503, "the server was started without ingestion");
        }
        error(responses, 400, "a parameter or the body is invalid");
        if (op.path().contains("{id}")) error(responses, 404, "no such item");
        return o;
    }

    private static void error(ObjectNode responses, int status, String description) {
        responses.putObject(Integer.toString(status)).put("description", description)
                .putObject("content").putObject("application/json").set("schema", ref("Error"));
    }

    private static ObjectNode ref(String schema) {
        return F.objectNode().put("$ref", "#/components/schemas/" + schema);
    }

    private static ObjectNode components() {
        ObjectNode c = F.objectNode();
        c.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode s = c.putObject("schemas");
        s.putObject("Object").put("type", "object");
        s.putObject("AnalysisRecord").put("$ref", ANALYSIS_SCHEMA_PATH);
        s.set("Error", object(F.objectNode().set("error", object(props("status", "integer", "message", "string")))));
        s.set("EntityRef", object(props("entity", "string", "name", "string")).put("nullable", true));
        s.set("TextSpan", object(props("start", "integer", "end", "integer", "text", "string")));
        s.set("DocumentSummary", object(props("id", "string", "title", "string", "published", "string", "language", "string",
                "path", "string", "url", "string", "mediaType", "string", "bytes", "integer", "ingestedAt", "string")
                .set("counts", object(props("entities", "integer", "quotes", "integer", "quantities", "integer",
                        "times", "integer", "events", "integer")))));
        ObjectNode entity = props("id", "string", "name", "string", "type", "string", "documents", "integer", "mentions", "integer");
        entity.putObject("surfaceForms").put("type", "array").putObject("items").put("type", "string");
        s.set("EntitySummary", object(entity));
        ObjectNode detail = props("documentsRead", "integer", "quoteCount", "integer", "undatedMentions", "integer");
        detail.set("entity", ref("EntitySummary"));
        detail.set("documents", array(ref("DocumentSummary")));
        detail.set("variants", array(object(props("form", "string", "mentions", "integer"))));
        detail.set("quotes", array(ref("Quote")));
        detail.set("mentionsOverTime", array(object(props("day", "string", "mentions", "integer", "documents", "integer"))));
        detail.set("cooccurring", array(object(props("id", "string", "name", "string", "type", "string",
                "documents", "integer", "mentions", "integer"))));
        s.set("EntityDetail", object(detail));
        ObjectNode event = props("document", "string", "published", "string", "source", "string", "type", "string",
                "mode", "string", "negated", "boolean", "date", "string");
        for (String f : List.of("actor1", "actor2", "location")) event.set(f, ref("EntityRef"));
        event.set("evidence", ref("TextSpan"));
        s.set("Event", object(event));
        ObjectNode quote = props("document", "string", "published", "string", "source", "string", "direct", "boolean",
                "language", "string", "cue", "string");
        quote.set("speaker", ref("EntityRef"));
        quote.set("quote", ref("TextSpan"));
        s.set("Quote", object(quote));
        ObjectNode quantity = props("document", "string", "published", "string", "source", "string", "value", "number",
                "unit", "string", "approximate", "boolean", "artefact", "boolean");
        quantity.set("claimedBy", ref("EntityRef"));
        quantity.set("span", ref("TextSpan"));
        s.set("Quantity", object(quantity));
        s.set("Page", page(ref("Object")));
        s.set("DocumentPage", page(ref("DocumentSummary")));
        ObjectNode entityPage = props("offset", "integer", "limit", "integer", "type", "string");
        entityPage.set("items", array(ref("EntitySummary")));
        s.set("EntityPage", object(entityPage));
        s.set("EventPage", page(ref("Event")));
        s.set("QuotePage", page(ref("Quote")));
        s.set("QuantityPage", page(ref("Quantity")));
        ObjectNode items = F.objectNode();
        items.set("items", array(ref("Object")));
        s.set("ItemList", object(items));
        s.set("Stats", object(props("documents", "integer", "entities", "integer", "quotes", "integer", "quantities", "integer",
                "events", "integer", "stories", "integer")));
        ObjectNode search = props("offset", "integer", "limit", "integer", "total", "integer", "tookMs", "integer");
        search.set("query", ref("Object"));
        ObjectNode hit = props("id", "string", "title", "string", "published", "string", "language", "string",
                "score", "number", "href", "string");
        hit.set("snippets", array(ref("Object")));
        search.set("hits", array(object(hit)));
        search.set("facets", ref("Object"));
        s.set("SearchResult", object(search));
        s.set("IngestRecord", object(props("text", "string", "html", "string", "url", "string", "title", "string",
                "date", "string", "source", "string")));
        ObjectNode ingest = props("stored", "integer", "duplicates", "integer", "duplicate", "boolean");
        ingest.set("documents", array(object(props("id", "string", "duplicate", "boolean", "title", "string",
                "story", "string", "href", "string"))));
        s.set("IngestResult", object(ingest));
        ObjectNode user = props("id", "string", "name", "string", "type", "string", "confirmedAt", "string");
        user.set("variants", array(F.objectNode().put("type", "string")));
        user.set("members", array(F.objectNode().put("type", "string")));
        s.set("UserEntity", object(user));
        ObjectNode variant = props("id", "string", "name", "string", "documents", "integer", "mentions", "integer");
        variant.set("surfaces", array(F.objectNode().put("type", "string")));
        ObjectNode discovered = props("id", "string", "name", "string", "type", "string", "documents", "integer",
                "mentions", "integer", "firstSeen", "string", "lastSeen", "string", "split", "boolean");
        discovered.set("variants", array(object(variant)));
        ObjectNode discoveredPage = props("offset", "integer", "limit", "integer", "total", "integer");
        discoveredPage.set("items", array(object(discovered)));
        discoveredPage.set("confirmed", array(ref("UserEntity")));
        s.set("DiscoveredPage", object(discoveredPage));
        s.set("SplitDecision", object(props("member", "string", "name", "string", "splitAt", "string")));
        ObjectNode decisions = F.objectNode();
        decisions.set("confirmed", array(ref("UserEntity")));
        decisions.set("splits", array(ref("SplitDecision")));
        s.set("Decisions", object(decisions));
        return c;
    }

    private static ObjectNode props(String... nameType) {
        ObjectNode p = F.objectNode();
        for (int i = 0; i < nameType.length; i += 2) p.putObject(nameType[i]).put("type", nameType[i + 1]);
        return p;
    }

    private static ObjectNode object(ObjectNode properties) {
        ObjectNode o = F.objectNode().put("type", "object");
        o.set("properties", properties);
        return o;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode o = F.objectNode().put("type", "array");
        o.set("items", items);
        return o;
    }

    private static ObjectNode page(ObjectNode item) {
        ObjectNode p = props("offset", "integer", "limit", "integer", "total", "integer");
        p.set("items", array(item));
        return object(p);
    }
}
