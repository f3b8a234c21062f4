package org.vigie.store;

import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * A name the analyses gave an engine id ({@code vigie:<slug>}) rather than a knowledge-base id, aggregated across the
 * store: name and type as first stored, mentions, surface forms (most used first), the documents naming it, and the
 * earliest and latest publication date of those documents (when none has one, the times they were stored; null
 * when neither is known).
 */
public record UnlinkedName(String id, String name, EntityType type, int mentions, List<String> surfaces,
                           Set<String> documents, String firstSeen, String lastSeen) {
    public UnlinkedName {
        surfaces = List.copyOf(surfaces);
        documents = Set.copyOf(documents);
    }
}
