package org.vigie.store.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits: {@code total} counts every matching document (exactly); {@code facets} give, for each facet
 * asked for, its most frequent values among all matching documents, most frequent first; {@code tookMillis} is the
 * time the index spent, highlighting included.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<SearchFacet, List<FacetCount>> facets, long tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
        EnumMap<SearchFacet, List<FacetCount>> copy = new EnumMap<>(SearchFacet.class);
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** The counts of one facet, empty when it was not asked for or no matching document has a value. */
    public List<FacetCount> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
