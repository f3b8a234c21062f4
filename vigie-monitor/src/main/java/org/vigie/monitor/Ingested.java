package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.stories.Relation;

import java.util.Objects;

/**
 * A document the monitor brought in that was analysed and stored: the analysed document, the story it joined
 * (null if stories are not assigned) and how it relates to it ({@code COPY} and {@code EDIT} are republications,
 * which do not count as independent sources).
 */
public record Ingested(Document document, String storyId, Relation relation) {
    public Ingested {
        Objects.requireNonNull(document, "document");
    }

    public boolean independent() {
        return relation != Relation.COPY && relation != Relation.EDIT;
    }
}
