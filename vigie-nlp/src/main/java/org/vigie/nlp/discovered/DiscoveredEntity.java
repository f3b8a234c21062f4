package org.vigie.nlp.discovered;

import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * Names not in the knowledge base that recur across documents, grouped as one entity: its id (the id of its main
 * variant), canonical name, type, how many documents and mentions, first and last seen, and its variants (the
 * grouped names, main one first). {@code split} is true when the user split this variant off its group.
 */
public record DiscoveredEntity(String id, String name, EntityType type, int documents, int mentions, String firstSeen,
                               String lastSeen, List<NameRecord> variants, boolean split) {
    public DiscoveredEntity {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        variants = List.copyOf(variants);
    }

    /** Every distinct surface form of every variant, most used variants first. */
    public List<String> surfaces() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (NameRecord v : variants) {
            all.add(v.name());
            all.addAll(v.surfaces());
        }
        return List.copyOf(all);
    }
}
