package org.vigie.store.search;

/**
 * A search request that cannot be run as given: a syntax error in the query text, a bad filter value, a date range
 * that ends before it starts, paging out of bounds. The message says what is wrong in words a user can act on;
 * servers answer it with a 400.
 */
public class SearchQueryException extends IllegalArgumentException {
    public SearchQueryException(String message) {
        super(message);
    }
}
