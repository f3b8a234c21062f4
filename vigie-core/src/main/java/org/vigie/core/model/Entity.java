package org.vigie.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity with all its mentions in the document. {@code id} is a Wikidata QID when known,
 * else a stable engine id {@code vigie:...}; {@code name} is the canonical English name.
 */
public record Entity(String id, String name, EntityType type, List<Span> mentions) {
    public Entity {
        Objects.requireNonNull(id);
        name = Reading.clean(Objects.requireNonNull(name));
        Objects.requireNonNull(type);
        mentions = List.copyOf(mentions);
    }

    public boolean isWikidata() {
        return id.matches("Q[0-9]+");
    }
}
