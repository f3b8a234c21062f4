package org.vigie.store.search;

import java.util.Locale;

/** The order of search hits. Documents without a publication date come last in both date orders. */
public enum SearchSort {
    /** Best match first; ties in index order. */
    RELEVANCE,
    /** Most recently published first. */
    NEWEST,
    /** Earliest published first. */
    OLDEST;

    /** Reads {@code relevance}, {@code newest} (or {@code date}) and {@code oldest}, in any case. */
    public static SearchSort parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "relevance" -> RELEVANCE;
            case "newest", "date" -> NEWEST;
            case "oldest" -> OLDEST;
            default -> throw new SearchQueryException("sort must be relevance, newest (or date) or oldest, not '" + name + "'");
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
