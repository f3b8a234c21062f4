package org.vigie.server;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.store.DocumentSummary;

import java.util.*;

/**
 * What the stored records say about one entity, read from the documents mentioning it: how it is written (with
 * counts), the roles it plays, its quotes, its mentions per publication day and the entities it appears with.
 */
record EntityProfile(String entityId, int documentsRead, Map<String, Integer> variants, Map<String, Integer> roles,
                     List<QuoteRow> quotes, SortedMap<String, Integer> mentionsByDay, int undatedMentions,
                     List<Neighbour> neighbours) {
    static final int MAX_QUOTES = 50;
    static final int MAX_NEIGHBOURS = 12;

    /** A quote spoken by the entity, in the document it comes from. */
    record QuoteRow(String documentId, String documentTitle, String published, String text, boolean direct) {
    }

    /** An entity mentioned in {@code documents} of the documents that mention this one. */
    record Neighbour(String id, String name, EntityType type, int documents) {
    }

    /** A document with its listing row, so dates and titles come from the same place as in the lists. */
    record Source(DocumentSummary summary, Document document) {
    }

    static EntityProfile of(String entityId, List<Source> sources) {
        Map<String, Integer> variants = new HashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        List<QuoteRow> quotes = new ArrayList<>();
        SortedMap<String, Integer> byDay = new TreeMap<>();
        int undated = 0;
        Map<String, Neighbour> neighbours = new HashMap<>();
        for (Source s : sources) {
            Document doc = s.document();
            Entity self = null;
            for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
                if (e.id().equals(entityId)) {
                    self = e;
                } else {
                    neighbours.merge(e.id(), new Neighbour(e.id(), e.name(), e.type(), 1),
                            (a, b) -> new Neighbour(a.id(), a.name(), a.type(), a.documents() + 1));
                }
            }
            if (self == null) continue;
            count(roles, "mentioned in documents", 1);
            for (Span m : self.mentions()) {
                if (m.end() <= doc.text().length()) variants.merge(doc.text(m).strip().replaceAll("\\s+", " "), 1, Integer::sum);
            }
            String day = day(s.summary().published());
            if (day == null) {
                undated += self.mentions().size();
            } else {
                byDay.merge(day, self.mentions().size(), Integer::sum);
            }
            for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
                if (!is(q.speaker(), entityId)) continue;
                count(roles, "speaker of quotes", 1);
                if (quotes.size() < MAX_QUOTES) {
                    quotes.add(new QuoteRow(doc.id(), s.summary().title(), s.summary().published(), doc.text(q.span()), q.direct()));
                }
            }
            for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) {
                if (is(e.actor1(), entityId)) count(roles, "actor in events", 1);
                if (is(e.actor2(), entityId)) count(roles, "target of events", 1);
                if (is(e.location(), entityId)) count(roles, "place of events", 1);
            }
            for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
                if (is(q.claimedBy(), entityId)) count(roles, "source of figures", 1);
            }
        }
        variants.remove("");
        List<Neighbour> top = neighbours.values().stream()
                .sorted(Comparator.comparingInt(Neighbour::documents).reversed().thenComparing(Neighbour::name).thenComparing(Neighbour::id))
                .limit(MAX_NEIGHBOURS).toList();
        return new EntityProfile(entityId, sources.size(), byCountThenName(variants), roles, List.copyOf(quotes),
                Collections.unmodifiableSortedMap(byDay), undated, top);
    }

    private static boolean is(EntityRef ref, String id) {
        return ref != null && ref.entity().equals(id);
    }

    private static void count(Map<String, Integer> counts, String key, int n) {
        counts.merge(key, n, Integer::sum);
    }

    /** The ISO day of a date or datetime, or null when there is none to read. */
    static String day(String published) {
        if (published == null || published.length() < 10) return null;
        String day = published.substring(0, 10);
        return day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? day : null;
    }

    private static Map<String, Integer> byCountThenName(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
