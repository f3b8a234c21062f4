package org.vigie.store;

import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * An entity the user confirmed: its stable id, name, type and variants, the store names ({@code vigie:} ids of
 * earlier analyses) it groups, and when it was confirmed (ISO instant).
 */
public record UserEntity(String id, String name, EntityType type, List<String> variants, List<String> members,
                         String confirmedAt) {
    public UserEntity {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        variants = List.copyOf(variants);
        members = List.copyOf(members);
        Objects.requireNonNull(confirmedAt);
        for (String v : variants) {
            if (v.contains("\n") || v.isBlank()) throw new IllegalArgumentException("bad variant '" + v + "'");
        }
    }
}
