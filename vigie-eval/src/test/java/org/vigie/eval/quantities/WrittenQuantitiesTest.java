package org.vigie.eval.quantities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.eval.times.Prf;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WrittenQuantitiesTest {
    private static final List<String> SET = List.of(
            "# a comment",
            "",
            "Some 300 tanks and 300 guns, Anna Berg said; 12 percent more.",
            "Q 300 tanks | 300 | tank | ~ | - | Anna Berg / Berg",
            "Q 300 #2 | 300 | gun | - | - | -",
            "Q 12 percent | 12 | percent | - | - | Anna Berg",
            "",
            "Nothing counted in 2024.",
            "",
            "Troops: 60.000 25.000 men.",
            "Q 60.000 25.000 men | - | soldier | ~ | artefact | -");

    @Test
    void goldLinesGiveSpansByOccurrenceValuesFlagsAndAcceptedNames() {
        List<WrittenQuantities.Written> docs = WrittenQuantities.parse(SET);
        assertEquals(3, docs.size());
        WrittenQuantities.Written first = docs.get(0);
        assertEquals(List.of(new Span(5, 14), new Span(19, 22), new Span(45, 55)),
                first.quantities().stream().map(Quantity::span).toList());
        Quantity tanks = first.quantities().get(0);
        assertEquals(300.0, tanks.value());
        assertTrue(tanks.approximate());
        assertEquals("Anna Berg / Berg", tanks.claimedBy().name());
        assertNull(first.quantities().get(1).claimedBy());
        assertTrue(docs.get(1).quantities().isEmpty());
        Quantity damaged = docs.get(2).quantities().get(0);
        assertNull(damaged.value());
        assertTrue(damaged.artefact());
    }

    @Test
    void badGoldLinesAreRejectedWithTheLine() {
        assertThrows(IllegalArgumentException.class, () -> WrittenQuantities.parse(List.of("Ten men.", "Q 11 men | 11 | soldier | - | - | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuantities.parse(List.of("Ten men.", "Q Ten men | ten | soldier | - | - | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuantities.parse(List.of("Ten men.", "Q Ten men | 10 | soldier | about | - | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuantities.parse(List.of("Ten men.", "Q Ten men | 10 | soldier | - | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuantities.parse(List.of("Q Ten men | 10 | soldier | - | - | -")));
    }

    @Test
    void aClaimantIsRightWhenThePredictedEntityAnswersToOneGoldName() {
        WrittenQuantities.Written w = WrittenQuantities.parse(SET).get(0);
        Entity berg = new Entity("vigie:anna-berg", "Anna Berg", EntityType.PER, List.of(new Span(29, 38)));
        Document doc = Document.ofText(w.text()).with(Layers.builder().put(LayerKind.ENTITIES, List.of(berg)).build());
        EntityRef byBerg = EntityRef.of(berg);
        List<Quantity> system = List.of(
                new Quantity(new Span(5, 14), 300.0, "tank", true, false, byBerg),
                new Quantity(new Span(19, 22), 300.0, "tank", false, false, byBerg),
                new Quantity(new Span(45, 47), 12.0, "percent", false, false, null),
                new Quantity(new Span(0, 4), 1.0, null, false, false, null));
        QuantityEvaluator.Score s = QuantityEvaluator.score("t", w.text(), w.quantities(), system, WrittenQuantities.claimants(doc));
        assertEquals(new Prf(2, 4, 3), s.exact());
        assertEquals(new Prf(3, 4, 3), s.overlap());
        assertEquals(3, s.matched());
        assertEquals(2, s.unit());
        assertEquals(1, s.claimant());
        assertEquals(3, s.value());
        assertEquals(3, s.approximate());
    }

    @Test
    void everyWrittenSetParses() {
        for (String language : WrittenQuantities.LANGUAGES) {
            for (String set : List.of(language, language + "-test")) {
                List<WrittenQuantities.Written> docs = WrittenQuantities.read(set);
                assertTrue(docs.size() >= 30, set + " has " + docs.size() + " documents");
                assertTrue(docs.stream().mapToInt(d -> d.quantities().size()).sum() >= 40, set);
            }
        }
    }
}
