package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.vigie.core.json.CodePointIndex;
import org.vigie.core.model.Span;
import org.vigie.store.DocumentStore;
import org.vigie.store.EntityDetail;
import org.vigie.store.search.FacetCount;
import org.vigie.store.search.SearchFacet;
import org.vigie.store.search.SearchHit;
import org.vigie.store.search.SearchIndex;
import org.vigie.store.search.SearchQuery;
import org.vigie.store.search.SearchQueryException;
import org.vigie.store.search.SearchResult;
import org.vigie.store.search.Snippet;

import java.util.List;
import java.util.Map;

/**
 * {@code /search} (HTML) and {@code /api/search} (JSON) over a {@link SearchIndex}. Without an index both answer
 * 503 with a page or error saying how to get one.
 */
final class SearchHandlers {
    static final int PAGE_SIZE = 20;
    static final int FACET_VALUES = 10;
    static final String UNAVAILABLE = "search is not available: this server was started without a search index. "
            + "Open the store as an IndexedDocumentStore (as 'vigie serve' does) to search it.";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final DocumentStore store;
    private final SearchIndex indexOrNull;
    private final ServerOptions options;
    private final Layout layout;

    SearchHandlers(DocumentStore store, SearchIndex indexOrNull, ServerOptions options, Layout layout) {
        this.store = store;
        this.indexOrNull = indexOrNull;
        this.options = options;
        this.layout = layout;
    }

    void page(Context ctx) {
        if (indexOrNull == null) {
            Html h = new Html().element("h1", "Search unavailable").element("p", UNAVAILABLE, "class", "error-message");
            ctx.status(503);
            HtmlPages.send(ctx, layout.page("Search", "search", h));
            return;
        }
        SearchParams params = SearchParams.read(ctx);
        int size = Math.min(PAGE_SIZE, options.pageSize());
        int offset = Paging.ofPage(params.page(), size).offset();
        String title = params.q().isBlank() ? "Search" : "Search: " + params.q();
        SearchResult result;
        try {
            result = run(params.query(offset, size, FACET_VALUES, 2));
        } catch (BadRequestResponse e) {
            // The query form stays on the page, filled in, so that the query can be corrected where it was typed.
            ctx.status(400);
            HtmlPages.send(ctx, layout.page(title, "search", SearchPage.refused(params, e.getMessage())));
            return;
        }
        HtmlPages.send(ctx, layout.page(title, "search", SearchPage.render(params, result, offset, size, this::entityName)));
    }

    void api(Context ctx) {
        if (indexOrNull == null) throw new HttpResponseException(503, UNAVAILABLE);
        SearchParams params = SearchParams.read(ctx);
        Paging paging = Paging.api(ctx, options);
        int offset = paging.offset();
        String page = ctx.queryParam("page");
        if (page != null && !page.isBlank()) {
            if (ctx.queryParam("offset") != null) throw new BadRequestResponse("give either page or offset, not both");
            long o = (long) (params.page() - 1) * paging.limit();
            if (o > Integer.MAX_VALUE) throw new BadRequestResponse("page " + params.page() + " is out of range");
            offset = (int) o;
        }
        int facets = facetLimit(ctx);
        SearchResult result = run(params.query(offset, paging.limit(), facets, 2));
        send(ctx, params, offset, paging.limit(), result);
    }

    private static int facetLimit(Context ctx) {
        String raw = ctx.queryParam("facets");
        if (raw == null || raw.isBlank()) return FACET_VALUES;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 0 && n <= SearchQuery.MAX_FACET_LIMIT) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestResponse("facets must be a whole number between 0 and " + SearchQuery.MAX_FACET_LIMIT + ", not '" + raw + "'");
    }

    private SearchResult run(SearchQuery query) {
        try {
            return indexOrNull.search(query);
        } catch (SearchQueryException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private String entityName(String id) {
        return store.entity(id).map(EntityDetail::summary).map(e -> e.name()).orElse(id);
    }

    /** Highlight offsets are written in code points, like every offset of the JSON API. */
    private static void send(Context ctx, SearchParams params, int offset, int limit, SearchResult r) {
        ObjectNode o = F.objectNode();
        ObjectNode query = o.putObject("query");
        query.put("q", params.q());
        ObjectNode filters = query.putObject("filters");
        for (Map.Entry<SearchFacet, List<String>> e : params.filters().entrySet()) {
            ArrayNode values = filters.putArray(e.getKey().key());
            e.getValue().forEach(values::add);
        }
        query.put("from", params.fromOrNull() == null ? null : params.fromOrNull().toString());
        query.put("to", params.toOrNull() == null ? null : params.toOrNull().toString());
        query.put("sort", params.sort().jsonName());
        o.put("offset", offset);
        o.put("limit", limit);
        o.put("total", r.total());
        o.put("tookMs", r.tookMillis());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("title", h.title().orElse(null));
            hit.put("published", h.published().orElse(null));
            hit.put("language", h.language());
            if (Float.isFinite(h.score())) hit.put("score", h.score()); else hit.putNull("score");
            hit.put("href", Links.document(h.id()));
            ArrayNode snippets = hit.putArray("snippets");
            for (Snippet s : h.snippets()) {
                ObjectNode sn = snippets.addObject();
                sn.put("text", s.text());
                CodePointIndex cp = new CodePointIndex(s.text());
                ArrayNode marks = sn.putArray("highlights");
                for (Span m : s.highlights()) marks.addObject().put("start", cp.toCodePoint(m.start())).put("end", cp.toCodePoint(m.end()));
            }
        }
        ObjectNode facets = o.putObject("facets");
        for (Map.Entry<SearchFacet, List<FacetCount>> e : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey().key());
            for (FacetCount c : e.getValue()) values.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count());
        }
        ApiHandlers.send(ctx, o);
    }
}
