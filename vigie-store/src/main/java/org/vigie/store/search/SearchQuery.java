package org.vigie.store.search;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.EventType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search request. {@code text} uses a small syntax: words (all required), {@code "exact phrases"}, {@code OR}
 * between alternatives, {@code AND} (the default), {@code -word} or {@code NOT word} to exclude, and parentheses; an
 * empty text matches every document. {@code filters} restrict the hits by facet (see {@link SearchFacet} for how
 * several values combine); {@code from} and {@code to} bound the publication date, both inclusive, either may be
 * empty. {@code offset} and {@code limit} choose the page; {@code facetLimit} is how many values each facet lists
 * (0 for no facets); {@code snippets} is how many passages each hit shows.
 *
 * <p>Every check a user's input may fail throws {@link SearchQueryException}.
 */
public record SearchQuery(String text, Map<SearchFacet, Set<String>> filters, Optional<LocalDate> from,
                          Optional<LocalDate> to, SearchSort sort, int offset, int limit, int facetLimit, int snippets) {
    public static final int MAX_TEXT_LENGTH = 1000;
    public static final int MAX_LIMIT = 1000;
    /** Hits beyond this rank cannot be paged to: deep pages cost more than they are worth. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_FACET_LIMIT = 100;
    public static final int MAX_SNIPPETS = 5;
    public static final int MAX_FILTER_VALUES = 20;
    public static final int MAX_FILTER_LENGTH = 300;

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    public SearchQuery {
        text = text == null ? "" : text;
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new SearchQueryException("the query is " + text.length() + " characters long; at most "
                    + MAX_TEXT_LENGTH + " are allowed");
        }
        filters = normalise(filters == null ? Map.of() : filters);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new SearchQueryException("the date range starts (" + from.get() + ") after it ends (" + to.get() + ")");
        }
        if (sort == null) sort = SearchSort.RELEVANCE;
        if (offset < 0) throw new SearchQueryException("offset must be 0 or more, not " + offset);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new SearchQueryException("limit must be between 0 and " + MAX_LIMIT + ", not " + limit);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new SearchQueryException("only the first " + MAX_WINDOW + " hits can be paged through; narrow the query");
        }
        if (facetLimit < 0 || facetLimit > MAX_FACET_LIMIT) {
            throw new SearchQueryException("facetLimit must be between 0 and " + MAX_FACET_LIMIT + ", not " + facetLimit);
        }
        if (snippets < 0 || snippets > MAX_SNIPPETS) {
            throw new SearchQueryException("snippets must be between 0 and " + MAX_SNIPPETS + ", not " + snippets);
        }
    }

    /** A query for {@code text}: no filters, by relevance, the first 10 hits, 10 values per facet, 2 snippets. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Optional.empty(), Optional.empty(), SearchSort.RELEVANCE, 0, 10, 10, 2);
    }

    /** This query with {@code values} added to the filter on {@code facet}. */
    public SearchQuery withFilter(SearchFacet facet, String... values) {
        Map<SearchFacet, Set<String>> f = new EnumMap<>(SearchFacet.class);
        f.putAll(filters);
        Set<String> merged = new LinkedHashSet<>(f.getOrDefault(facet, Set.of()));
        merged.addAll(Arrays.asList(values));
        f.put(facet, merged);
        return new SearchQuery(text, f, from, to, sort, offset, limit, facetLimit, snippets);
    }

    public SearchQuery withDates(LocalDate fromOrNull, LocalDate toOrNull) {
        return new SearchQuery(text, filters, Optional.ofNullable(fromOrNull), Optional.ofNullable(toOrNull), sort, offset,
                limit, facetLimit, snippets);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, from, to, newSort, offset, limit, facetLimit, snippets);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, filters, from, to, sort, newOffset, newLimit, facetLimit, snippets);
    }

    public SearchQuery withFacetLimit(int newFacetLimit) {
        return new SearchQuery(text, filters, from, to, sort, offset, limit, newFacetLimit, snippets);
    }

    public SearchQuery withSnippets(int newSnippets) {
        return new SearchQuery(text, filters, from, to, sort, offset, limit, facetLimit, newSnippets);
    }

    /** The values of one filter, empty when it is not set. */
    public Set<String> filter(SearchFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    private static Map<SearchFacet, Set<String>> normalise(Map<SearchFacet, Set<String>> filters) {
        EnumMap<SearchFacet, Set<String>> out = new EnumMap<>(SearchFacet.class);
        for (Map.Entry<SearchFacet, Set<String>> e : filters.entrySet()) {
            SearchFacet facet = e.getKey();
            Set<String> values = new LinkedHashSet<>();
            for (String raw : e.getValue()) {
                if (raw == null || raw.isBlank()) continue;
                if (raw.length() > MAX_FILTER_LENGTH) {
                    throw new SearchQueryException("a " + facet.key() + " filter value is longer than " + MAX_FILTER_LENGTH
                            + " characters");
                }
                values.add(normalise(facet, raw.strip()));
            }
            if (values.size() > MAX_FILTER_VALUES) {
                throw new SearchQueryException("at most " + MAX_FILTER_VALUES + " " + facet.key() + " filter values are allowed");
            }
            if (!values.isEmpty()) out.put(facet, Collections.unmodifiableSet(values));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String normalise(SearchFacet facet, String value) {
        return switch (facet) {
            case LANGUAGE -> value.toLowerCase(Locale.ROOT);
            case ENTITY_TYPE -> enumName(value, EntityType.values(), "entity type");
            case EVENT_TYPE -> enumName(value, EventType.values(), "event type");
            case MONTH -> {
                if (!MONTH.matcher(value).matches()) {
                    throw new SearchQueryException("a month filter is written YYYY-MM, not '" + value + "'");
                }
                yield value;
            }
            default -> value;
        };
    }

    private static String enumName(String value, Enum<?>[] allowed, String what) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (Enum<?> e : allowed) {
            if (e.name().equals(upper)) return upper;
        }
        throw new SearchQueryException(what + " must be one of " + Arrays.toString(allowed) + ", not '" + value + "'");
    }
}
