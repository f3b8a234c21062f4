package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A place named with its article after a preposition that only places ("in the Gaza Strip") is where, not whom. */
class PlaceAfterArticleTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "published", "entities", "quotes", "times", "events"));

    private static Event only(String text, EventType type) {
        List<Event> events = PIPELINE.run(Document.ofText(text)).layerOrEmpty(LayerKind.EVENTS).stream().filter(e -> e.type() == type).toList();
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0);
    }

    @Test
    void aDemandForSomethingInAPlaceIsNotAddressedToThePlace() {
        for (String text : List.of("Egypt urged a lasting ceasefire in the Gaza Strip on Sunday.",
                "Jordan called for an immediate truce in the West Bank.",
                "The Arab League demanded a halt to the fighting in the Gaza Strip.")) {
            Event e = only(text, EventType.REQUEST);
            assertNull(e.actor2(), text + " -> " + e);
            assertNotNull(e.location(), text + " -> " + e);
        }
    }

    @Test
    void aPlaceWithItsArticleAfterInIsWhereItHappened() {
        Event e = only("Israel reimposed a curfew in the West Bank after the shooting.", EventType.COERCE);
        assertEquals("West Bank", e.location().name(), e.toString());
    }

    @Test
    void aStateNamedWithoutPlacingPrepositionStaysTheTarget() {
        Event e = only("Egypt urged the United States to press for a ceasefire.", EventType.REQUEST);
        assertEquals("United States", e.actor2().name(), e.toString());
    }
}
