package org.vigie.store.search;

import java.util.Objects;

/**
 * One value of a facet and how many matching documents have it. {@code value} is what a filter takes; {@code label}
 * is what to show (the entity's name for an entity id, else the value itself).
 */
public record FacetCount(String value, String label, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
