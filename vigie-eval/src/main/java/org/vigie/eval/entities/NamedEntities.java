package org.vigie.eval.entities;

import org.vigie.core.model.Entity;
import org.vigie.nlp.entities.GroupActors;

/**
 * Which entities entity scoring counts: named entities only. Group entities ({@code vigie:group:}, "Syrian rebels",
 * "les manifestants") exist so that events can have groups as actors; the gold annotates no such entity, and they
 * are not named entities (demo/GUIDELINES.md, "Conventions").
 */
public final class NamedEntities {
    private NamedEntities() {
    }

    public static boolean scored(Entity e) {
        return !GroupActors.isGroup(e.id());
    }
}
