package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.core.Document;
import org.vigie.core.json.CodePointIndex;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.FactStore;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Events, quotes and quantities across the store, filtered and paged: {@code /api/events}, {@code /api/quotes},
 * {@code /api/quantities}. On a database store the facts index ({@link FactStore}) finds the page and the total in SQL,
 * and only the records of the page's items are read; on another store they are read from the stored records (see
 * {@link RecordScan}), one pass over the matching documents. {@code total} counts every match. Offsets are code points,
 * as in the record.
 */
final class FactsApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final DocumentStore store;
    private final RecordScan scan;
    /** Null for a store without the facts index: requests then scan the records. */
    private final FactStore factsOrNull;
    private final ServerOptions options;

    FactsApi(DocumentStore store, ServerOptions options) {
        this.store = store;
        this.scan = new RecordScan(store);
        this.factsOrNull = FactStore.of(store).orElse(null);
        this.options = options;
    }

    void events(Context ctx) {
        String typeParam = RecordScan.blankToNull(ctx.queryParam("type"));
        EventType type = typeParam == null ? null : eventType(typeParam);
        String actor = RecordScan.blankToNull(ctx.queryParam("actor"));
        if (factsOrNull != null) {
            indexed(ctx, FactStore.Kind.EVENT, type == null ? null : type.name(), actor, (d, i, cp) -> event(d, d.events().get(i), cp));
            return;
        }
        page(ctx, s -> s.events() > 0, (d, out) -> {
            CodePointIndex cp = new CodePointIndex(d.text());
            for (Event e : d.events()) {
                if (type != null && e.type() != type) continue;
                if (actor != null && !refers(e.actor1(), actor) && !refers(e.actor2(), actor)) continue;
                out.add(event(d, e, cp));
            }
        });
    }

    void quotes(Context ctx) {
        String speaker = RecordScan.blankToNull(ctx.queryParam("speaker"));
        if (factsOrNull != null) {
            indexed(ctx, FactStore.Kind.QUOTE, null, speaker, (d, i, cp) -> quote(d, d.quotes().get(i), cp));
            return;
        }
        page(ctx, s -> s.quotes() > 0, (d, out) -> {
            CodePointIndex cp = new CodePointIndex(d.text());
            for (Quote q : d.quotes()) {
                if (speaker != null && !refers(q.speaker(), speaker)) continue;
                out.add(quote(d, q, cp));
            }
        });
    }

    void quantities(Context ctx) {
        String unit = RecordScan.blankToNull(ctx.queryParam("unit"));
        String claimant = RecordScan.blankToNull(ctx.queryParam("claimant"));
        if (factsOrNull != null) {
            indexed(ctx, FactStore.Kind.QUANTITY, unit, claimant, (d, i, cp) -> quantity(d, d.quantities().get(i), cp));
            return;
        }
        page(ctx, s -> s.quantities() > 0, (d, out) -> {
            CodePointIndex cp = new CodePointIndex(d.text());
            for (Quantity q : d.quantities()) {
                if (unit != null && (q.unit() == null || !q.unit().equalsIgnoreCase(unit))) continue;
                if (claimant != null && !refers(q.claimedBy(), claimant)) continue;
                out.add(quantity(d, q, cp));
            }
        });
    }

    /** Renders the {@code ordinal}-th fact of a kind in a record. */
    @FunctionalInterface
    private interface Item {
        ObjectNode of(Document d, int ordinal, CodePointIndex cp);
    }

    /** One page found by the facts index; each record on the page is read once. */
    private void indexed(Context ctx, FactStore.Kind kind, String type, String who, Item item) {
        Paging paging = Paging.api(ctx, options);
        RecordScan.Filter filter = RecordScan.Filter.read(ctx);
        FactStore.Page found = factsOrNull.find(new FactStore.Query(kind, filter.fromOrNull(), filter.toOrNull(),
                filter.storyOrNull(), type, who), paging.offset(), paging.limit());
        Map<String, Document> records = new HashMap<>();
        Map<String, CodePointIndex> offsets = new HashMap<>();
        ArrayNode items = F.arrayNode();
        for (FactStore.Ref r : found.refs()) {
            Document d = records.computeIfAbsent(r.documentId(), id -> store.get(id).orElse(null));
            // A document removed between the query and the read has nothing left to show.
            if (d == null) continue;
            items.add(item.of(d, r.ordinal(), offsets.computeIfAbsent(d.id(), id -> new CodePointIndex(d.text()))));
        }
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        o.put("total", found.total());
        o.set("items", items);
        ApiHandlers.send(ctx, o);
    }

    /** Collects the matches of each document into one page, counting all of them. */
    private void page(Context ctx, Predicate<DocumentSummary> worthReading, BiConsumer<Document, ArrayNode> matches) {
        Paging paging = Paging.api(ctx, options);
        RecordScan.Filter filter = RecordScan.Filter.read(ctx);
        ArrayNode items = F.arrayNode();
        long[] total = {0};
        ArrayNode buffer = F.arrayNode();
        scan.forEach(filter, worthReading, d -> {
            buffer.removeAll();
            matches.accept(d, buffer);
            for (int i = 0; i < buffer.size(); i++, total[0]++) {
                if (total[0] >= paging.offset() && items.size() < paging.limit()) items.add(buffer.get(i));
            }
            return true;
        });
        ObjectNode o = F.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        o.put("total", total[0]);
        o.set("items", items);
        ApiHandlers.send(ctx, o);
    }

    static EventType eventType(String name) {
        try {
            return EventType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("type must be one of " + Arrays.toString(EventType.values()) + ", not '" + name + "'");
        }
    }

    /** An entity reference matches its id exactly or its name ignoring case. */
    static boolean refers(EntityRef ref, String idOrName) {
        return ref != null && (ref.entity().equals(idOrName) || ref.name().equalsIgnoreCase(idOrName));
    }

    private static ObjectNode base(Document d) {
        ObjectNode o = F.objectNode();
        o.put("document", d.id());
        o.put("published", RecordScan.published(d));
        o.put("source", RecordScan.source(d));
        return o;
    }

    static ObjectNode event(Document d, Event e, CodePointIndex cp) {
        ObjectNode o = base(d);
        o.put("type", e.type().name());
        o.put("mode", e.mode());
        o.put("negated", e.negated());
        ref(o, "actor1", e.actor1());
        ref(o, "actor2", e.actor2());
        ref(o, "location", e.location());
        o.put("date", e.date());
        span(o, "evidence", d, e.evidence(), cp);
        return o;
    }

    static ObjectNode quote(Document d, Quote q, CodePointIndex cp) {
        ObjectNode o = base(d);
        ref(o, "speaker", q.speaker());
        o.put("direct", q.direct());
        o.put("language", q.language());
        span(o, "quote", d, q.span(), cp);
        if (q.cue() == null) o.putNull("cue"); else o.put("cue", d.text(q.cue()));
        return o;
    }

    static ObjectNode quantity(Document d, Quantity q, CodePointIndex cp) {
        ObjectNode o = base(d);
        if (q.value() == null) o.putNull("value"); else o.put("value", q.value());
        o.put("unit", q.unit());
        o.put("approximate", q.approximate());
        o.put("artefact", q.artefact());
        ref(o, "claimedBy", q.claimedBy());
        span(o, "span", d, q.span(), cp);
        return o;
    }

    private static void ref(ObjectNode o, String field, EntityRef ref) {
        if (ref == null) {
            o.putNull(field);
        } else {
            o.putObject(field).put("entity", ref.entity()).put("name", ref.name());
        }
    }

    private static void span(ObjectNode o, String field, Document d, Span s, CodePointIndex cp) {
        o.putObject(field).put("start", cp.toCodePoint(s.start())).put("end", cp.toCodePoint(s.end())).put("text", d.text(s));
    }
}
