package org.vigie.eval;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a gold reference and a system reference name the same entity of one document: the same id, the
 * same name, or entities that share a mention. Ids of entities the knowledge base does not know are made from the
 * name the system chose ({@code vigie:lessarie} for a French text), so comparing ids alone would count a right
 * speaker or claimant as wrong.
 */
public final class EntityMatcher {
    private final Map<String, Set<Span>> goldMentions = new HashMap<>();
    private final Map<String, Set<Span>> systemMentions = new HashMap<>();

    public EntityMatcher(Document gold, Document system) {
        for (Entity e : gold.layerOrEmpty(LayerKind.ENTITIES)) goldMentions.put(e.id(), new HashSet<>(e.mentions()));
        for (Entity e : system.layerOrEmpty(LayerKind.ENTITIES)) systemMentions.put(e.id(), new HashSet<>(e.mentions()));
    }

    public boolean same(EntityRef gold, EntityRef system) {
        if (gold == null || system == null) return gold == system;
        if (gold.entity().equals(system.entity())) return true;
        if (LanguagePack.normalize(gold.name()).equals(LanguagePack.normalize(system.name()))) return true;
        Set<Span> g = goldMentions.getOrDefault(gold.entity(), Set.of());
        for (Span s : systemMentions.getOrDefault(system.entity(), Set.of())) if (g.contains(s)) return true;
        return false;
    }
}
