package org.vigie.server;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;

import java.util.*;

/** The page of one document: its text with every annotation highlighted, and side panels listing them. */
final class DocumentPage {
    private static final int EXCERPT = 160;

    private final Document doc;
    private final Set<String> entityIds = new HashSet<>();

    private DocumentPage(Document doc) {
        this.doc = doc;
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) entityIds.add(e.id());
    }

    static Html render(Document doc) {
        return new DocumentPage(doc).render();
    }

    static String title(Document doc) {
        return doc.title().map(Title::text).filter(t -> !t.isBlank()).orElse("(untitled)");
    }

    private Html render() {
        Html h = new Html().open("article", "class", "document");
        header(h);
        h.open("div", "class", "doc-body");
        h.open("section", "class", "doc-text", "aria-label", "Text");
        legend(h);
        h.open("div", "class", "doc-blocks");
        text(h);
        h.close("div").close("section");
        h.open("aside", "class", "panels");
        entities(h);
        quotes(h);
        quantities(h);
        times(h);
        events(h);
        sources(h);
        artefacts(h);
        h.close("aside").close("div").close("article");
        return h;
    }

    private void header(Html h) {
        h.open("header", "class", "doc-head").element("h1", title(doc)).open("dl", "class", "facts");
        fact(h, "Published", doc.published().map(p -> p.value() + " (" + p.method().jsonName() + ")").orElse("unknown"));
        fact(h, "Language", doc.language().orElse("und"));
        Input in = doc.input();
        String source = in.url() != null ? in.url() : in.path();
        h.element("dt", "Source").open("dd");
        String external = Links.external(in.url());
        if (external != null) {
            h.element("a", external, "href", external, "rel", "noopener noreferrer nofollow");
        } else {
            h.text(source == null ? "pasted text" : source);
        }
        h.close("dd");
        fact(h, "Input", in.mediaType() + ", " + in.bytes() + " bytes");
        doc.story().ifPresent(s -> fact(h, "Story", s));
        h.element("dt", "Id").open("dd").element("code", doc.id()).text(" ")
                .element("a", "analysis record (JSON)", "href", Links.documentJson(doc.id())).close("dd");
        h.close("dl").close("header");
    }

    private static void fact(Html h, String name, String value) {
        h.element("dt", name).element("dd", value);
    }

    private static void legend(Html h) {
        h.open("p", "class", "legend").text("Marked: ");
        String[][] items = {{"mark-entity ent-PER", "person"}, {"mark-entity ent-ORG", "organisation"},
                {"mark-entity ent-GPE", "place (GPE)"}, {"mark-entity ent-LOC", "location"}, {"mark-entity ent-MISC", "other name"},
                {"mark-quote", "quote"}, {"mark-cue", "quote cue"}, {"mark-quantity", "figure"}, {"mark-time", "date"},
                {"mark-event", "event evidence"}, {"mark-source", "source"}, {"mark-artefact", "artefact"}};
        for (String[] item : items) h.element("span", item[1], "class", item[0]).text(" ");
        h.element("span", "boilerplate", "class", "legend-boilerplate").close("p");
    }

    /** Each block of the text in order, with any text between blocks shown as unclassified. */
    private void text(Html h) {
        String text = doc.text();
        List<Mark> marks = DocumentMarks.of(doc);
        List<Block> blocks = new ArrayList<>(doc.layerOrEmpty(LayerKind.BLOCKS));
        blocks.sort(Comparator.comparing(Block::span));
        int at = 0;
        for (Block b : blocks) {
            int start = Math.max(b.start(), at);
            int end = Math.min(b.end(), text.length());
            if (start >= end) continue;
            gap(h, text, at, start, marks);
            region(h, text, start, end, marks, b);
            at = end;
        }
        gap(h, text, at, text.length(), marks);
    }

    private void gap(Html h, String text, int from, int to, List<Mark> marks) {
        if (from < to && !text.substring(from, to).isBlank()) region(h, text, from, to, marks, null);
    }

    private void region(Html h, String text, int from, int to, List<Mark> marks, Block block) {
        String language = doc.languageAt(from).orElse("und");
        String css = block == null ? "block block-unclassified"
                : "block block-" + block.role().jsonName() + " block-" + block.kind().jsonName();
        String label = (block == null ? "unclassified" : block.role().jsonName() + " · " + block.kind().jsonName())
                + " · " + language;
        h.open("div", "class", css, "lang", "und".equals(language) ? null : language);
        h.element("span", label, "class", "block-label");
        h.open("div", "class", "block-text");
        Highlighter.render(h, text, from, to, marks);
        h.close("div").close("div");
    }

    private void entityLink(Html h, EntityRef ref) {
        if (ref == null) {
            h.text("—");
        } else if (entityIds.contains(ref.entity())) {
            h.element("a", ref.name(), "href", Links.entity(ref.entity()));
        } else {
            h.text(ref.name());
        }
    }

    private void entities(Html h) {
        List<Entity> entities = doc.layerOrEmpty(LayerKind.ENTITIES);
        panel(h, "Entities", entities.size());
        for (EntityType type : EntityType.values()) {
            List<Entity> ofType = entities.stream().filter(e -> e.type() == type)
                    .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name)).toList();
            if (ofType.isEmpty()) continue;
            h.element("h3", type.name(), "class", "ent-" + type.name());
            h.open("ul", "class", "entities");
            for (Entity e : ofType) {
                h.open("li").element("a", e.name(), "href", Links.entity(e.id()), "class", "ent-" + type.name())
                        .element("span", "×" + e.mentions().size(), "class", "count");
                String variants = variants(e);
                if (!variants.isEmpty()) h.element("span", variants, "class", "variants");
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    /** The distinct ways the entity is written in this document, most frequent first. */
    private String variants(Entity e) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Span s : e.mentions()) {
            if (s.end() <= doc.text().length()) counts.merge(doc.text(s), 1, Integer::sum);
        }
        StringJoiner j = new StringJoiner(", ");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(v -> j.add(v.getValue() > 1 ? v.getKey() + " ×" + v.getValue() : v.getKey()));
        return j.toString();
    }

    private void quotes(Html h) {
        List<Quote> quotes = doc.layerOrEmpty(LayerKind.QUOTES);
        panel(h, "Quotes", quotes.size());
        h.open("ul", "class", "quotes");
        for (Quote q : quotes) {
            h.open("li").open("span", "class", "speaker");
            if (q.speaker() == null) h.text("Unattributed"); else entityLink(h, q.speaker());
            h.close("span").element("q", excerpt(q.span()));
            StringJoiner meta = new StringJoiner(" · ");
            meta.add(q.direct() ? "direct" : "reported");
            if (q.cue() != null) meta.add("cue: " + excerpt(q.cue()));
            if (q.language() != null) meta.add(q.language());
            h.element("span", meta.toString(), "class", "meta").close("li");
        }
        h.close("ul").close("section");
    }

    private void quantities(Html h) {
        List<Quantity> quantities = doc.layerOrEmpty(LayerKind.QUANTITIES);
        panel(h, "Figures", quantities.size());
        if (!quantities.isEmpty()) {
            h.open("table").open("thead").open("tr").element("th", "Text").element("th", "Value").element("th", "Unit")
                    .element("th", "Claimed by").close("tr").close("thead").open("tbody");
            for (Quantity q : quantities) {
                String value = (q.approximate() ? "≈ " : "") + Describe.value(q) + (q.artefact() ? " (damaged)" : "");
                h.open("tr").element("td", excerpt(q.span())).element("td", value)
                        .element("td", q.unit() == null ? "—" : q.unit()).open("td");
                entityLink(h, q.claimedBy());
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("section");
    }

    private void times(Html h) {
        List<TimeExpression> times = doc.layerOrEmpty(LayerKind.TIMES);
        panel(h, "Dates", times.size());
        if (!times.isEmpty()) {
            h.open("table").open("thead").open("tr").element("th", "Text").element("th", "Date").element("th", "Granularity")
                    .close("tr").close("thead").open("tbody");
            for (TimeExpression t : times) {
                h.open("tr").element("td", excerpt(t.span())).element("td", t.value() == null ? "unresolved" : t.value())
                        .element("td", t.granularity().jsonName()).close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("section");
    }

    private void events(Html h) {
        List<Event> events = doc.layerOrEmpty(LayerKind.EVENTS);
        panel(h, "Events", events.size());
        h.open("ul", "class", "events");
        for (Event e : events) {
            h.open("li").element("strong", e.type().name() + (e.mode() == null ? "" : " (" + e.mode() + ")"), "class", "event-type");
            if (e.negated()) h.element("span", "negated", "class", "negated");
            h.text(" ");
            entityLink(h, e.actor1());
            if (e.actor2() != null) {
                h.text(" → ");
                entityLink(h, e.actor2());
            }
            if (e.location() != null) {
                h.text(", in ");
                entityLink(h, e.location());
            }
            if (e.date() != null) h.text(", " + e.date());
            h.element("span", excerpt(e.evidence()), "class", "evidence").close("li");
        }
        h.close("ul").close("section");
    }

    private void sources(Html h) {
        List<SourceCredit> sources = doc.layerOrEmpty(LayerKind.SOURCES);
        if (sources.isEmpty()) return;
        panel(h, "Sources", sources.size());
        h.open("ul", "class", "sources");
        for (SourceCredit s : sources) {
            h.open("li");
            if (s.entityId() != null && entityIds.contains(s.entityId())) {
                h.element("a", s.name(), "href", Links.entity(s.entityId()));
            } else {
                h.text(s.name());
            }
            h.element("span", s.role().jsonName(), "class", "meta").close("li");
        }
        h.close("ul").close("section");
    }

    private void artefacts(Html h) {
        List<Artefact> artefacts = doc.layerOrEmpty(LayerKind.ARTEFACTS);
        if (artefacts.isEmpty()) return;
        panel(h, "Artefacts", artefacts.size());
        h.open("ul", "class", "artefacts");
        for (Artefact a : artefacts) {
            h.open("li").element("span", excerpt(a.span()), "class", "mark-artefact");
            if (a.repair() != null) h.text(" → ").element("span", a.repair(), "class", "repair");
            h.element("span", a.kind().jsonName(), "class", "meta").close("li");
        }
        h.close("ul").close("section");
    }

    private static void panel(Html h, String name, int count) {
        h.open("section", "class", "panel").open("h2").text(name).element("span", String.valueOf(count), "class", "count").close("h2");
    }

    /** The spanned text, shortened for a panel; never cuts a surrogate pair. */
    private String excerpt(Span span) {
        if (span == null || span.end() > doc.text().length()) return "";
        String s = doc.text(span).strip().replaceAll("\\s+", " ");
        if (s.length() <= EXCERPT) return s;
        int cut = Character.isHighSurrogate(s.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return s.substring(0, cut) + "…";
    }
}
