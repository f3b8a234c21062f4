package org.vigie.store;

import org.vigie.core.model.EntityType;

import java.util.List;

/**
 * An entity across the store: the name and type it was first stored with, how many documents and mentions
 * refer to it, and the distinct surface forms seen (most used first).
 */
public record EntitySummary(String id, String name, EntityType type, int documents, int mentions,
                            List<String> surfaceForms) {
    public EntitySummary {
        surfaceForms = List.copyOf(surfaceForms);
    }
}
