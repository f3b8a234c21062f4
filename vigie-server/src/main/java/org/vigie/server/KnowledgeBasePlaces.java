package org.vigie.server;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.Coordinates;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.store.EntitySummary;

import java.util.Optional;

/**
 * Places located with the engine's knowledge base: a place by its own coordinates, a country at its capital, and an
 * entity the knowledge base does not know by id by the first place of the same name that has coordinates.
 */
public final class KnowledgeBasePlaces implements PlaceLocator {
    private final KnowledgeBase kb;

    public KnowledgeBasePlaces(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The locator over the shared knowledge base. */
    public static KnowledgeBasePlaces shared() {
        return new KnowledgeBasePlaces(KnowledgeBase.get());
    }

    @Override
    public Optional<Point> locate(EntitySummary place) {
        Optional<Coordinates> own = kb.coordinates(place.id());
        if (own.isEmpty()) {
            own = kb.entry(place.id()).filter(e -> "country".equals(e.kind())).flatMap(e -> kb.capital(e.id())).flatMap(KbEntry::coordinates);
        }
        if (own.isEmpty() && kb.entry(place.id()).isEmpty()) {
            own = kb.lookup(place.name()).stream()
                    .filter(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC)
                    .map(KbEntry::coordinates).flatMap(Optional::stream).findFirst();
        }
        return own.map(c -> new Point(c.lat(), c.lon()));
    }
}
