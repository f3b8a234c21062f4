package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.core.Document;
import org.vigie.core.json.CodePointIndex;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntityDetail;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/entities/{id}}: the entity, the documents mentioning it, and what their records say about it:
 * the surface forms it was written as with counts, its quotes (as speaker), its mentions per publication day and
 * the entities named in the same documents. The records read are those of the listed documents (at most
 * {@value EntityDetail#MAX_DOCUMENTS}, the most recently stored); {@code documentsRead} says how many.
 */
final class EntityApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final int MAX_QUOTES = 200;
    static final int MAX_COOCCURRING = 50;

    private final DocumentStore store;

    EntityApi(DocumentStore store) {
        this.store = store;
    }

    private static final class Cooccurrence {
        final String name;
        final String type;
        int documents;
        int mentions;

        Cooccurrence(Entity e) {
            this.name = e.name();
            this.type = e.type().name();
        }
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        EntityDetail detail = store.entity(id).orElseThrow(() -> new NotFoundResponse("no entity with id " + id));
        Map<String, Integer> variants = new HashMap<>();
        TreeMap<LocalDate, int[]> perDay = new TreeMap<>();
        Map<String, Cooccurrence> others = new HashMap<>();
        ArrayNode quotes = F.arrayNode();
        int quoteCount = 0, read = 0, undated = 0;
        for (DocumentSummary s : detail.documents()) {
            Document d = store.get(s.id()).orElse(null);
            if (d == null) continue;
            read++;
            int mentions = 0;
            for (Entity e : d.entities()) {
                if (e.id().equals(id)) {
                    for (Span m : e.mentions()) variants.merge(d.text(m), 1, Integer::sum);
                    mentions += e.mentions().size();
                } else {
                    Cooccurrence c = others.computeIfAbsent(e.id(), k -> new Cooccurrence(e));
                    c.documents++;
                    c.mentions += e.mentions().size();
                }
            }
            LocalDate day = RecordScan.day(RecordScan.published(d));
            if (day == null) {
                undated += mentions;
            } else {
                int[] counts = perDay.computeIfAbsent(day, k -> new int[2]);
                counts[0] += mentions;
                counts[1]++;
            }
            CodePointIndex cp = null;
            for (Quote q : d.quotes()) {
                if (q.speaker() == null || !q.speaker().entity().equals(id)) continue;
                quoteCount++;
                if (quotes.size() < MAX_QUOTES) {
                    if (cp == null) cp = new CodePointIndex(d.text());
                    quotes.add(FactsApi.quote(d, q, cp));
                }
            }
        }
        ObjectNode o = F.objectNode();
        o.set("entity", ApiHandlers.entity(detail.summary()));
        ArrayNode docs = o.putArray("documents");
        for (DocumentSummary d : detail.documents()) docs.add(ApiHandlers.summary(d));
        o.put("documentsRead", read);
        ArrayNode forms = o.putArray("variants");
        variants.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> forms.addObject().put("form", e.getKey()).put("mentions", e.getValue()));
        o.put("quoteCount", quoteCount);
        o.set("quotes", quotes);
        ArrayNode timeline = o.putArray("mentionsOverTime");
        perDay.forEach((day, c) -> timeline.addObject().put("day", day.toString()).put("mentions", c[0]).put("documents", c[1]));
        o.put("undatedMentions", undated);
        ArrayNode co = o.putArray("cooccurring");
        Map<String, Cooccurrence> sorted = new LinkedHashMap<>();
        others.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Cooccurrence>>comparingInt(e -> -e.getValue().documents)
                        .thenComparingInt(e -> -e.getValue().mentions).thenComparing(Map.Entry::getKey))
                .limit(MAX_COOCCURRING).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((k, c) -> co.addObject().put("id", k).put("name", c.name).put("type", c.type)
                .put("documents", c.documents).put("mentions", c.mentions));
        ApiHandlers.send(ctx, o);
    }
}
