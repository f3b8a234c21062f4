package org.vigie.core.model;

import java.util.Objects;

/**
 * A name, acronym, demonym or role phrase in the text that refers to an entity.
 * {@code entityId} points to the {@link Entity} this mention was grouped into.
 */
public record Mention(Span span, EntityType type, String entityId, double confidence) implements Spanned {
    public Mention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(type);
        Objects.requireNonNull(entityId);
    }
}
