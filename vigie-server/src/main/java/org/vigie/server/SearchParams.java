package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.vigie.store.search.SearchFacet;
import org.vigie.store.search.SearchQuery;
import org.vigie.store.search.SearchQueryException;
import org.vigie.store.search.SearchSort;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search parameters of a request ({@code q, lang, source, entity, type, event, story, from, to, sort, page}),
 * checked at the edge so that a bad value is a 400 naming the parameter, and the links that change them.
 * {@code sortOrNull} is null when the request did not choose: relevance with a text, newest first without.
 */
record SearchParams(String q, Map<SearchFacet, List<String>> filters, LocalDate fromOrNull, LocalDate toOrNull,
                    SearchSort sortOrNull, int page) {
    /** The filter parameters, in the order the page shows them. */
    static final Map<String, SearchFacet> FILTERS = filterParams();

    SearchParams {
        EnumMap<SearchFacet, List<String>> copy = new EnumMap<>(SearchFacet.class);
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) copy.put(k, List.copyOf(v));
        });
        filters = Collections.unmodifiableMap(copy);
    }

    private static Map<String, SearchFacet> filterParams() {
        Map<String, SearchFacet> m = new LinkedHashMap<>();
        m.put("lang", SearchFacet.LANGUAGE);
        m.put("source", SearchFacet.SOURCE);
        m.put("entity", SearchFacet.ENTITY);
        m.put("type", SearchFacet.ENTITY_TYPE);
        m.put("event", SearchFacet.EVENT_TYPE);
        m.put("story", SearchFacet.STORY);
        return Collections.unmodifiableMap(m);
    }

    static String param(SearchFacet facet) {
        for (Map.Entry<String, SearchFacet> e : FILTERS.entrySet()) {
            if (e.getValue() == facet) return e.getKey();
        }
        throw new IllegalArgumentException("no parameter filters on " + facet);
    }

    static SearchParams read(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q;
        if (q.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new BadRequestResponse("q is " + q.length() + " characters long; at most " + SearchQuery.MAX_TEXT_LENGTH
                    + " are allowed");
        }
        Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
        for (Map.Entry<String, SearchFacet> e : FILTERS.entrySet()) {
            List<String> values = new ArrayList<>();
            for (String v : ctx.queryParams(e.getKey())) {
                if (v != null && !v.isBlank() && !values.contains(v.strip())) values.add(v.strip());
            }
            filters.put(e.getValue(), values);
        }
        String sort = ctx.queryParam("sort");
        SearchSort order = null;
        if (sort != null && !sort.isBlank()) {
            try {
                order = SearchSort.parse(sort);
            } catch (SearchQueryException ex) {
                throw new BadRequestResponse(ex.getMessage());
            }
        }
        return new SearchParams(q, filters, date(ctx, "from"), date(ctx, "to"), order, Paging.page(ctx));
    }

    private static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date written YYYY-MM-DD, not '" + raw + "'");
        }
    }

    SearchSort sort() {
        return sortOrNull != null ? sortOrNull : q.isBlank() ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    /** The index query for one page; a value the index refuses is a 400 with its message. */
    SearchQuery query(int offset, int limit, int facetLimit, int snippets) {
        try {
            SearchQuery query = new SearchQuery(q, Map.of(), Optional.ofNullable(fromOrNull), Optional.ofNullable(toOrNull),
                    sort(), offset, limit, facetLimit, snippets);
            for (Map.Entry<SearchFacet, List<String>> e : filters.entrySet()) {
                query = query.withFilter(e.getKey(), e.getValue().toArray(String[]::new));
            }
            return query;
        } catch (SearchQueryException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    List<String> values(SearchFacet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    boolean hasFilters() {
        return !filters.isEmpty() || fromOrNull != null || toOrNull != null;
    }

    SearchParams withFilter(SearchFacet facet, String value) {
        Map<SearchFacet, List<String>> f = new EnumMap<>(SearchFacet.class);
        f.putAll(filters);
        List<String> values = new ArrayList<>(values(facet));
        if (!values.contains(value)) values.add(value);
        f.put(facet, values);
        return new SearchParams(q, f, fromOrNull, toOrNull, sortOrNull, 1);
    }

    SearchParams without(SearchFacet facet, String value) {
        Map<SearchFacet, List<String>> f = new EnumMap<>(SearchFacet.class);
        f.putAll(filters);
        List<String> values = new ArrayList<>(values(facet));
        values.remove(value);
        f.put(facet, values);
        return new SearchParams(q, f, fromOrNull, toOrNull, sortOrNull, 1);
    }

    SearchParams withDates(LocalDate from, LocalDate to) {
        return new SearchParams(q, filters, from, to, sortOrNull, 1);
    }

    /** The dates of a month facet value ({@code 2022-03}). */
    SearchParams withMonth(String month) {
        try {
            YearMonth m = YearMonth.parse(month);
            return withDates(m.atDay(1), m.atEndOfMonth());
        } catch (DateTimeParseException e) {
            return this;
        }
    }

    SearchParams withPage(int newPage) {
        return new SearchParams(q, filters, fromOrNull, toOrNull, sortOrNull, newPage);
    }

    /** The page's URL, with only the parameters that differ from the defaults. */
    String url() {
        StringBuilder sb = new StringBuilder("/search");
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) parts.add("q=" + Links.encode(q));
        for (Map.Entry<String, SearchFacet> e : FILTERS.entrySet()) {
            for (String v : values(e.getValue())) parts.add(e.getKey() + "=" + Links.encode(v));
        }
        if (fromOrNull != null) parts.add("from=" + fromOrNull);
        if (toOrNull != null) parts.add("to=" + toOrNull);
        if (sortOrNull != null) parts.add("sort=" + sortOrNull.jsonName());
        if (page > 1) parts.add("page=" + page);
        if (!parts.isEmpty()) sb.append('?').append(String.join("&", parts));
        return sb.toString();
    }
}
