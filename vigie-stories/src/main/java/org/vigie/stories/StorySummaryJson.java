package org.vigie.stories;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.model.EntityRef;

/** The JSON form of stories and story summaries, as served by {@code /api/stories}. */
public final class StorySummaryJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StorySummaryJson() {
    }

    public static ObjectNode story(Story s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("documents", s.documents());
        o.put("independentSources", s.independentSources());
        o.put("republicationGroups", s.groups());
        o.put("firstDate", s.firstDate());
        o.put("lastDate", s.lastDate());
        ArrayNode langs = o.putArray("languages");
        s.languages().forEach(langs::add);
        o.put("leadDocument", s.leadDocument());
        return o;
    }

    public static ObjectNode summary(StorySummary s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("firstDate", s.firstDate());
        o.put("lastDate", s.lastDate());
        o.put("documents", s.documents());
        o.put("independentSources", s.independentSources());
        ArrayNode langs = o.putArray("languages");
        s.languages().forEach(langs::add);
        ArrayNode sources = o.putArray("sources");
        for (StorySummary.SourceGroup g : s.sources()) {
            ObjectNode sg = sources.addObject();
            sg.put("source", g.source());
            ArrayNode byLang = sg.putArray("languages");
            for (StorySummary.LanguageGroup lg : g.languages()) {
                ObjectNode l = byLang.addObject();
                l.put("language", lg.language());
                ArrayNode docs = l.putArray("documents");
                for (StorySummary.Entry e : lg.documents()) {
                    ObjectNode d = docs.addObject();
                    d.put("id", e.id());
                    d.put("title", e.title());
                    d.put("published", e.published());
                    d.put("relation", e.relation().jsonName());
                    d.put("of", e.of());
                }
            }
        }
        ArrayNode timeline = o.putArray("timeline");
        for (StorySummary.TimelineEvent t : s.timeline()) {
            ObjectNode e = timeline.addObject();
            e.put("date", t.date());
            e.put("type", t.type().name());
            e.put("mode", t.mode());
            e.set("actor1", ref(t.actor1()));
            e.set("actor2", ref(t.actor2()));
            e.set("location", ref(t.location()));
            e.put("negated", t.negated());
            e.put("evidence", t.evidence());
            e.put("evidenceDocument", t.evidenceDocument());
            ids(e.putArray("documents"), t.documents());
            e.put("independentSources", t.independentSources());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (StorySummary.KeyQuote q : s.quotes()) {
            ObjectNode e = quotes.addObject();
            e.put("text", q.text());
            e.set("speaker", ref(q.speaker()));
            e.put("direct", q.direct());
            e.put("language", q.language());
            e.put("document", q.document());
            ids(e.putArray("documents"), q.documents());
            e.put("independentSources", q.independentSources());
        }
        ArrayNode claims = o.putArray("claims");
        for (StorySummary.ClaimGroup g : s.claims()) {
            ObjectNode e = claims.addObject();
            e.put("unit", g.unit());
            e.put("disputed", g.disputed());
            ArrayNode values = e.putArray("values");
            g.values().forEach(values::add);
            ArrayNode claimants = e.putArray("claimants");
            for (StorySummary.Claimant c : g.claimants()) {
                ObjectNode co = claimants.addObject();
                co.set("claimant", ref(c.claimant()));
                ArrayNode list = co.putArray("claims");
                for (StorySummary.Claim cl : c.claims()) {
                    ObjectNode x = list.addObject();
                    if (cl.value() == null) x.putNull("value"); else x.put("value", cl.value());
                    x.put("text", cl.text());
                    x.put("approximate", cl.approximate());
                    x.put("artefact", cl.artefact());
                    x.put("date", cl.date());
                    x.put("language", cl.language());
                    x.put("document", cl.document());
                    ids(x.putArray("documents"), cl.documents());
                }
            }
        }
        return o;
    }

    private static ObjectNode ref(EntityRef r) {
        if (r == null) return null;
        ObjectNode o = F.objectNode();
        o.put("entity", r.entity());
        o.put("name", r.name());
        return o;
    }

    private static void ids(ArrayNode a, java.util.List<String> ids) {
        ids.forEach(a::add);
    }
}
