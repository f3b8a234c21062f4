package org.vigie.stories;

import java.util.Objects;

/**
 * Where a document stands: its story, its relation in its republication chain and the document it repeats
 * ({@code of}: the original, or the first text in the same language for a copy of a translation; null for an
 * original or a report), with the similarity that placed it.
 */
public record Membership(String documentId, String storyId, Relation relation, String of, double similarity) {
    public Membership {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(relation, "relation");
        if (relation.isRepublication() != (of != null)) {
            throw new IllegalArgumentException(relation + " " + (of == null ? "needs" : "takes no") + " 'of' document");
        }
    }
}
