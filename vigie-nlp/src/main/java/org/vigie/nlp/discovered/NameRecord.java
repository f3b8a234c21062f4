package org.vigie.nlp.discovered;

import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A name the entity annotator did not find in the knowledge base, as the store aggregates it across documents: its
 * engine id ({@code vigie:<slug>}), name and type, mentions, surface forms (most used first), the documents naming
 * it, and the first and last dates it was seen (ISO dates or instants; null when unknown).
 */
public record NameRecord(String id, String name, EntityType type, int mentions, List<String> surfaces,
                         Set<String> documents, String firstSeen, String lastSeen) {
    public NameRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        surfaces = List.copyOf(surfaces);
        documents = Set.copyOf(documents);
    }
}
