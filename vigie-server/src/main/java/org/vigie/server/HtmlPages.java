package org.vigie.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;
import org.vigie.store.EntitySummary;
import org.vigie.store.StoreStats;

import java.util.List;

/** The HTML pages: document list, one document, entity list (one entity is {@link EntityPage}). */
final class HtmlPages {
    private static final int MAX_VARIANTS_LISTED = 8;

    private final DocumentStore store;
    private final ServerOptions options;
    private final Layout layout;

    HtmlPages(DocumentStore store, ServerOptions options, Layout layout) {
        this.store = store;
        this.options = options;
        this.layout = layout;
    }

    static void send(Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    void documents(Context ctx) {
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        // One row more than shown tells whether there is a next page.
        List<DocumentSummary> rows = store.list(paging.offset(), paging.limit() + 1);
        StoreStats stats = store.stats();
        Html h = new Html().element("h1", "Documents");
        h.element("p", String.join(" · ", count(stats.documents(), "document"), count(stats.entities(), "entity", "entities"),
                count(stats.quotes(), "quote"), count(stats.quantities(), "figure"), count(stats.events(), "event"),
                count(stats.stories(), "story", "stories")), "class", "stats");
        if (rows.isEmpty()) {
            h.element("p", page == 1 ? "The store is empty: ingest some documents first." : "No documents on this page.", "class", "empty");
        } else {
            documentTable(h, rows.subList(0, Math.min(rows.size(), paging.limit())));
        }
        pager(h, page, rows.size() > paging.limit(), Links::documents);
        send(ctx, layout.page("Documents", "documents", h));
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static void documentTable(Html h, List<DocumentSummary> rows) {
        h.open("table", "class", "documents").open("thead").open("tr");
        for (String col : List.of("Title", "Published", "Language", "Source", "Entities", "Quotes", "Figures", "Events")) {
            h.element("th", col);
        }
        h.close("tr").close("thead").open("tbody");
        for (DocumentSummary d : rows) {
            String title = d.title() == null || d.title().isBlank() ? "(untitled)" : d.title();
            h.open("tr").open("td").element("a", title, "href", Links.document(d.id())).close("td")
                    .element("td", d.published() == null ? "—" : d.published())
                    .element("td", d.language() == null ? "—" : d.language())
                    .element("td", d.source() == null ? "—" : d.source(), "class", "source")
                    .element("td", d.entities(), "class", "num").element("td", d.quotes(), "class", "num")
                    .element("td", d.quantities(), "class", "num").element("td", d.events(), "class", "num")
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void pager(Html h, int page, boolean hasNext, java.util.function.IntFunction<String> link) {
        if (page == 1 && !hasNext) return;
        h.open("nav", "class", "pager", "aria-label", "Pages");
        if (page > 1) h.element("a", "← Previous", "href", link.apply(page - 1), "rel", "prev");
        h.element("span", "page " + page, "class", "page");
        if (hasNext) h.element("a", "Next →", "href", link.apply(page + 1), "rel", "next");
        h.close("nav");
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        Document doc = store.get(id).orElseThrow(() -> new NotFoundResponse("no document with id " + id));
        send(ctx, layout.page(DocumentPage.title(doc), "documents", DocumentPage.render(doc)));
    }

    void entities(Context ctx) {
        String typeParam = ctx.queryParam("type");
        EntityType type = typeParam == null || typeParam.isBlank() ? null : ApiHandlers.entityType(typeParam);
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        List<EntitySummary> rows = store.entities(paging.offset(), paging.limit() + 1, type == null ? null : type.name());
        Html h = new Html().element("h1", type == null ? "Entities" : "Entities · " + type.name());
        h.open("nav", "class", "filters", "aria-label", "Entity types");
        h.element("a", "All", "href", Links.entities(null, 1), "aria-current", type == null ? "page" : null);
        for (EntityType t : EntityType.values()) {
            h.element("a", t.name(), "href", Links.entities(t.name(), 1), "class", "ent-" + t.name(),
                    "aria-current", t == type ? "page" : null);
        }
        h.close("nav");
        if (rows.isEmpty()) {
            h.element("p", "No entities here.", "class", "empty");
        } else {
            h.open("table", "class", "entities").open("thead").open("tr").element("th", "Name").element("th", "Type")
                    .element("th", "Documents").element("th", "Mentions").element("th", "Written as").close("tr")
                    .close("thead").open("tbody");
            for (EntitySummary e : rows.subList(0, Math.min(rows.size(), paging.limit()))) {
                h.open("tr").open("td").element("a", e.name(), "href", Links.entity(e.id())).close("td")
                        .element("td", e.type().name(), "class", "ent-" + e.type().name())
                        .element("td", e.documents(), "class", "num").element("td", e.mentions(), "class", "num")
                        .element("td", variants(e.surfaceForms()), "class", "variants").close("tr");
            }
            h.close("tbody").close("table");
        }
        String typeName = type == null ? null : type.name();
        pager(h, page, rows.size() > paging.limit(), p -> Links.entities(typeName, p));
        send(ctx, layout.page("Entities", "entities", h));
    }

    private static String variants(List<String> forms) {
        if (forms.size() <= MAX_VARIANTS_LISTED) return String.join(", ", forms);
        return String.join(", ", forms.subList(0, MAX_VARIANTS_LISTED)) + " and " + (forms.size() - MAX_VARIANTS_LISTED) + " more";
    }
}
