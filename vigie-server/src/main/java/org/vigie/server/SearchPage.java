package org.vigie.server;

import org.vigie.core.model.Span;
import org.vigie.store.search.FacetCount;
import org.vigie.store.search.SearchFacet;
import org.vigie.store.search.SearchHit;
import org.vigie.store.search.SearchResult;
import org.vigie.store.search.SearchSort;
import org.vigie.store.search.Snippet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The search page: the query form, the active filters (each removable), the facets (each value a link adding it as
 * a filter), the hits with their snippets and the pager. Snippet matches are rendered from offsets, every piece of
 * text escaped by {@link Html}.
 */
final class SearchPage {
    private static final Map<SearchFacet, String> FACET_TITLES = Map.of(
            SearchFacet.LANGUAGE, "Language", SearchFacet.SOURCE, "Source", SearchFacet.ENTITY, "Entity",
            SearchFacet.ENTITY_TYPE, "Entity type", SearchFacet.EVENT_TYPE, "Event type", SearchFacet.STORY, "Story",
            SearchFacet.MONTH, "Month");

    private SearchPage() {
    }

    static Html render(SearchParams p, SearchResult r, int offset, int pageSize, Function<String, String> entityName) {
        Html h = new Html().element("h1", "Search");
        form(h, p);
        activeFilters(h, p, r, entityName);
        h.element("p", r.total() + (r.total() == 1 ? " result" : " results") + " · " + r.tookMillis() + " ms", "class", "stats");
        h.open("div", "class", "search-body");
        h.open("div", "class", "hits-column");
        if (r.hits().isEmpty()) {
            h.element("p", r.total() == 0 ? "No document matches." : "No results on this page.", "class", "empty");
        } else {
            h.open("ol", "class", "hits", "start", String.valueOf(offset + 1));
            for (SearchHit hit : r.hits()) hit(h, hit);
            h.close("ol");
        }
        pager(h, p, offset + pageSize < r.total());
        h.close("div");
        facets(h, p, r);
        h.close("div");
        return h;
    }

    /** The form, filled in, and why the search could not run. */
    static Html refused(SearchParams p, String message) {
        Html h = new Html().element("h1", "Search");
        form(h, p);
        h.element("p", message, "class", "error-message");
        return h;
    }

    private static void pager(Html h, SearchParams p, boolean hasNext) {
        if (p.page() == 1 && !hasNext) return;
        h.open("nav", "class", "pager", "aria-label", "Pages");
        if (p.page() > 1) h.element("a", "← Previous", "href", p.withPage(p.page() - 1).url(), "rel", "prev");
        h.element("span", "page " + p.page(), "class", "page");
        if (hasNext) h.element("a", "Next →", "href", p.withPage(p.page() + 1).url(), "rel", "next");
        h.close("nav");
    }

    private static void form(Html h, SearchParams p) {
        h.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
        h.empty("input", "type", "search", "name", "q", "value", p.q(), "maxlength", "1000", "aria-label", "Search the documents",
                "placeholder", "words, \"exact phrase\", OR, -exclude");
        // A new query keeps the filters chosen so far.
        for (Map.Entry<String, SearchFacet> e : SearchParams.FILTERS.entrySet()) {
            for (String v : p.values(e.getValue())) h.empty("input", "type", "hidden", "name", e.getKey(), "value", v);
        }
        h.open("label").text("From ").empty("input", "type", "date", "name", "from", "value", date(p.fromOrNull())).close("label");
        h.open("label").text("To ").empty("input", "type", "date", "name", "to", "value", date(p.toOrNull())).close("label");
        h.open("select", "name", "sort", "aria-label", "Order");
        option(h, "", "Best order", p.sortOrNull() == null);
        option(h, "relevance", "Relevance", p.sortOrNull() == SearchSort.RELEVANCE);
        option(h, "newest", "Newest first", p.sortOrNull() == SearchSort.NEWEST);
        option(h, "oldest", "Oldest first", p.sortOrNull() == SearchSort.OLDEST);
        h.close("select");
        h.element("button", "Search", "type", "submit");
        h.close("form");
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.element("option", label, "value", value, "selected", selected ? "selected" : null);
    }

    private static void activeFilters(Html h, SearchParams p, SearchResult r, Function<String, String> entityName) {
        if (!p.hasFilters()) return;
        h.open("ul", "class", "active-filters", "aria-label", "Filters");
        for (Map.Entry<String, SearchFacet> e : SearchParams.FILTERS.entrySet()) {
            SearchFacet facet = e.getValue();
            for (String v : p.values(facet)) {
                String label = facet == SearchFacet.ENTITY ? entityLabel(r, v, entityName) : v;
                h.open("li").text(FACET_TITLES.get(facet) + ": " + label + " ")
                        .element("a", "×", "href", p.without(facet, v).url(), "title", "Remove this filter", "class", "remove")
                        .close("li");
            }
        }
        if (p.fromOrNull() != null || p.toOrNull() != null) {
            String range = (p.fromOrNull() == null ? "…" : p.fromOrNull().toString()) + " – "
                    + (p.toOrNull() == null ? "…" : p.toOrNull().toString());
            h.open("li").text("Published: " + range + " ")
                    .element("a", "×", "href", p.withDates(null, null).url(), "title", "Remove the dates", "class", "remove")
                    .close("li");
        }
        h.close("ul");
    }

    private static String entityLabel(SearchResult r, String id, Function<String, String> entityName) {
        for (FacetCount c : r.facet(SearchFacet.ENTITY)) {
            if (c.value().equals(id)) return c.label();
        }
        return entityName.apply(id);
    }

    private static void hit(Html h, SearchHit hit) {
        h.open("li", "class", "hit");
        String title = hit.title().filter(t -> !t.isBlank()).orElse("(untitled)");
        h.element("a", title, "href", Links.document(hit.id()), "class", "hit-title");
        h.element("span", hit.published().orElse("undated") + " · " + hit.language(), "class", "meta");
        for (Snippet s : hit.snippets()) snippet(h, s);
        h.close("li");
    }

    /** The snippet's text with each highlight as a {@code mark}; both escaped. */
    static void snippet(Html h, Snippet s) {
        h.open("p", "class", "snippet");
        int at = 0;
        for (Span m : s.highlights()) {
            h.text(s.text().substring(at, m.start()));
            h.element("mark", s.text().substring(m.start(), m.end()));
            at = m.end();
        }
        h.text(s.text().substring(at));
        h.close("p");
    }

    private static void facets(Html h, SearchParams p, SearchResult r) {
        if (r.facets().isEmpty()) return;
        h.open("aside", "class", "facets", "aria-label", "Refine");
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetCount> values = r.facet(facet);
            if (values.isEmpty()) continue;
            h.open("section", "class", "facet").element("h2", FACET_TITLES.get(facet)).open("ul");
            for (FacetCount c : values) {
                h.open("li");
                boolean active = facet != SearchFacet.MONTH && p.values(facet).contains(c.value());
                if (active) {
                    h.element("span", c.label(), "class", "active", "aria-current", "true");
                } else {
                    String href = facet == SearchFacet.MONTH ? p.withMonth(c.value()).url() : p.withFilter(facet, c.value()).url();
                    h.element("a", c.label(), "href", href, "title", facet == SearchFacet.ENTITY ? c.value() : null);
                }
                h.element("span", c.count(), "class", "count");
                h.close("li");
            }
            h.close("ul").close("section");
        }
        h.close("aside");
    }
}
