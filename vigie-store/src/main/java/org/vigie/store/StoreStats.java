package org.vigie.store;

/** Totals over the whole store; {@code stories} counts story clusters. */
public record StoreStats(long documents, long entities, long quotes, long quantities, long events, long stories) {
}
