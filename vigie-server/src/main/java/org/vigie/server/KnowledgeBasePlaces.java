package org.vigie.server;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.Coordinates;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.store.EntitySummary;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Places located with the engine's knowledge base: a place by its own coordinates, a country at its capital, and an
 * entity the knowledge base does not know by id by the first place of the same name that has coordinates.
 */
public final class KnowledgeBasePlaces implements PlaceLocator {
    private final Supplier<KnowledgeBase> knowledgeBase;

    public KnowledgeBasePlaces(KnowledgeBase kb) {
        Objects.requireNonNull(kb, "kb");
        this.knowledgeBase = () -> kb;
    }

    private KnowledgeBasePlaces(Supplier<KnowledgeBase> knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** The locator over the shared knowledge base, loaded when the first place is located rather than at startup. */
    public static KnowledgeBasePlaces shared() {
        return new KnowledgeBasePlaces(KnowledgeBase::get);
    }

    @Override
    public Optional<Point> locate(EntitySummary place) {
        KnowledgeBase kb = knowledgeBase.get();
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
