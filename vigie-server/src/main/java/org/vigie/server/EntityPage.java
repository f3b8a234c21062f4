package org.vigie.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntityDetail;
import org.vigie.store.EntitySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entity: how it is written, the roles it plays, its quotes, a chart of its mentions per day and a network of
 * the entities it appears with. The chart data travels as JSON in a data attribute read by a static script, so the
 * page needs no inline script; the network is an SVG drawn here.
 */
final class EntityPage {
    /** The most recent documents read to build the profile; beyond that the page says how many it left out. */
    static final int MAX_DOCUMENTS_READ = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentStore store;
    private final Layout layout;

    EntityPage(DocumentStore store, Layout layout) {
        this.store = store;
        this.layout = layout;
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        EntityDetail detail = store.entity(id).orElseThrow(() -> new NotFoundResponse("no entity with id " + id));
        List<EntityProfile.Source> sources = new ArrayList<>();
        for (DocumentSummary s : detail.documents().subList(0, Math.min(detail.documents().size(), MAX_DOCUMENTS_READ))) {
            Optional<Document> doc = store.get(s.id());
            doc.ifPresent(d -> sources.add(new EntityProfile.Source(s, d)));
        }
        EntityProfile profile = EntityProfile.of(id, sources);
        HtmlPages.send(ctx, layout.page(detail.summary().name(), "entities", render(detail, profile)));
    }

    static Html render(EntityDetail detail, EntityProfile profile) {
        EntitySummary e = detail.summary();
        Html h = new Html().open("h1").text(e.name()).text(" ").element("span", e.type().name(), "class", "badge ent-" + e.type().name())
                .close("h1");
        h.open("dl", "class", "facts").element("dt", "Id").open("dd").element("code", e.id());
        String wikidata = Links.wikidata(e.id());
        if (wikidata != null) h.text(" ").element("a", "Wikidata", "href", wikidata, "rel", "noopener noreferrer");
        h.close("dd").element("dt", "Type").element("dd", e.type().name())
                .element("dt", "Documents").element("dd", e.documents())
                .element("dt", "Mentions").element("dd", e.mentions()).close("dl");
        if (profile.documentsRead() < e.documents()) {
            h.element("p", "Variants, roles, quotes, chart and network are read from the " + profile.documentsRead()
                    + " most recent of " + e.documents() + " documents.", "class", "note");
        }
        h.open("div", "class", "entity-grid");
        h.open("section", "class", "panel", "aria-labelledby", "variants-h").element("h2", "Written as", "id", "variants-h");
        if (profile.variants().isEmpty()) {
            h.open("ul", "class", "variants-list");
            for (String form : e.surfaceForms()) h.element("li", form);
            h.close("ul");
        } else {
            h.open("ul", "class", "variants-list");
            for (Map.Entry<String, Integer> v : profile.variants().entrySet()) {
                h.open("li").element("span", v.getKey(), "class", "form").text(" ").element("span", "×" + v.getValue(), "class", "count").close("li");
            }
            h.close("ul");
        }
        h.close("section");
        h.open("section", "class", "panel", "aria-labelledby", "roles-h").element("h2", "Roles", "id", "roles-h");
        h.open("ul", "class", "roles");
        for (Map.Entry<String, Integer> r : profile.roles().entrySet()) {
            h.open("li").text(r.getKey()).text(" ").element("span", r.getValue(), "class", "count").close("li");
        }
        h.close("ul").close("section");
        h.close("div");

        h.element("h2", "Mentions over time");
        mentionsChart(h, profile);

        h.element("h2", "Appears with");
        if (profile.neighbours().isEmpty()) {
            h.element("p", "No other entity appears in its documents.", "class", "empty");
        } else {
            CooccurrenceSvg.render(h, e, profile.neighbours());
        }

        h.open("h2").text("Quotes").element("span", profile.quotes().size(), "class", "count").close("h2");
        if (profile.quotes().isEmpty()) {
            h.element("p", "No quote is attributed to " + e.name() + ".", "class", "empty");
        } else {
            h.open("ul", "class", "quotes-list");
            for (EntityProfile.QuoteRow q : profile.quotes()) {
                h.open("li").open("blockquote", "class", q.direct() ? "direct" : "reported").text(q.text()).close("blockquote")
                        .open("p", "class", "quote-source").text(q.direct() ? "direct quote in " : "reported speech in ")
                        .element("a", q.documentTitle() == null || q.documentTitle().isBlank() ? "(untitled)" : q.documentTitle(),
                                "href", Links.document(q.documentId()));
                if (q.published() != null) h.text(", " + q.published());
                h.close("p").close("li");
            }
            h.close("ul");
        }

        h.element("h2", "Documents");
        if (detail.documents().size() < e.documents()) {
            h.element("p", "The " + detail.documents().size() + " most recent of " + e.documents() + " documents.", "class", "note");
        }
        HtmlPages.documentTable(h, detail.documents());
        return h;
    }

    private static void mentionsChart(Html h, EntityProfile profile) {
        if (profile.mentionsByDay().isEmpty()) {
            h.element("p", profile.undatedMentions() > 0
                    ? "None of its documents has a publication date, so there is nothing to chart."
                    : "No mention to chart.", "class", "empty");
            return;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode labels = data.putArray("labels");
        ArrayNode values = data.putArray("values");
        profile.mentionsByDay().forEach((day, n) -> {
            labels.add(day);
            values.add(n);
        });
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write chart data", ex);
        }
        h.open("figure", "class", "chart");
        h.open("div", "class", "chart-box").open("canvas", "id", "mentions-chart", "data-series", json,
                "role", "img", "aria-label", "Mentions per publication day").close("canvas").close("div");
        h.open("figcaption").open("details").element("summary", "Mentions per publication day");
        h.open("table", "class", "timeline").open("thead").open("tr").element("th", "Day").element("th", "Mentions")
                .close("tr").close("thead").open("tbody");
        profile.mentionsByDay().forEach((day, n) -> h.open("tr").element("td", day).element("td", n, "class", "num").close("tr"));
        h.close("tbody").close("table");
        if (profile.undatedMentions() > 0) {
            h.element("p", profile.undatedMentions() + " mentions in undated documents are not charted.", "class", "note");
        }
        h.close("details").close("figcaption").close("figure");
        h.element("script", null, "src", StaticAssets.CHART_JS);
        h.element("script", null, "src", StaticAssets.ENTITY_CHART_JS);
    }
}
