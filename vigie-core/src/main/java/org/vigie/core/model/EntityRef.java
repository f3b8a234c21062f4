package org.vigie.core.model;

import java.util.Objects;

/** A pointer from a quote, quantity or event to an entry of the entities layer: its id and canonical name. */
public record EntityRef(String entity, String name) {
    public EntityRef {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
    }

    public static EntityRef of(Entity e) {
        return new EntityRef(e.id(), e.name());
    }
}
