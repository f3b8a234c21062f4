package org.vigie.eval.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class WrittenEventsTest {
    @Test
    void aSentenceKeepsTheGoldEventsThatFollowItAndASentenceWithoutThemHasNone() {
        var sentences = WrittenEvents.parse(List.of("# header", "Chile met Peru.", "= CONSULT/meeting | Chile | Peru",
                "Prices rose.", "Bolivia did not withdraw.", "= RETREAT | Bolivia | - | negated"));
        assertEquals(3, sentences.size());
        assertEquals(List.of(new WrittenEvents.Gold("CONSULT", "meeting", "Chile", "Peru", false)), sentences.get(0).events());
        assertEquals(List.of(), sentences.get(1).events());
        assertEquals(new WrittenEvents.Gold("RETREAT", null, "Bolivia", null, true), sentences.get(2).events().get(0));
    }

    @Test
    void malformedGoldLinesAreRejectedWithTheLine() {
        assertThrows(IllegalArgumentException.class, () -> WrittenEvents.parse(List.of("= AID | A | B")));
        assertThrows(IllegalArgumentException.class, () -> WrittenEvents.parse(List.of("X.", "= HELP | A | B")));
        assertThrows(IllegalArgumentException.class, () -> WrittenEvents.parse(List.of("X.", "= AID | A")));
        assertThrows(IllegalArgumentException.class, () -> WrittenEvents.parse(List.of("X.", "= AID | A | B | maybe")));
    }

    @Test
    void actorsMatchWithoutCaseOrAccentsAndSymmetricTypesInEitherOrder() {
        var meeting = new WrittenEvents.Gold("CONSULT", null, "Pérou", "Chile", false);
        var predicted = new WrittenEvents.Predicted("CONSULT", null, Set.of("chile"), Set.of("perou", "peru"), false, "x");
        assertTrue(WrittenEvents.matches(meeting, predicted));
        var aid = new WrittenEvents.Gold("AID", null, "Pérou", "Chile", false);
        assertFalse(WrittenEvents.matches(aid, new WrittenEvents.Predicted("AID", null, Set.of("chile"), Set.of("perou"), false, "x")));
        var alone = new WrittenEvents.Gold("MOBILIZE", null, "Chile", null, false);
        assertFalse(WrittenEvents.matches(alone, new WrittenEvents.Predicted("MOBILIZE", null, Set.of("chile"), Set.of("peru"), false, "x")));
        assertTrue(WrittenEvents.matches(alone, new WrittenEvents.Predicted("MOBILIZE", null, Set.of("chile"), null, false, "x")));
    }

    @Test
    void eachPredictedEventFindsAtMostOneGoldEventAndTheRestAreErrors() {
        var gold = List.of(new WrittenEvents.Gold("ACCUSE", null, "Chile", "Peru", false),
                new WrittenEvents.Gold("ACCUSE", null, "Chile", "Peru", false),
                new WrittenEvents.Gold("SANCTION", "expel", "Chile", "Peru", false));
        var predicted = List.of(new WrittenEvents.Predicted("ACCUSE", null, Set.of("chile"), Set.of("peru"), false, "a"),
                new WrittenEvents.Predicted("THREATEN", null, Set.of("chile"), Set.of("peru"), false, "t"));
        var tally = new WrittenEvents.Tally();
        Map<String, WrittenEvents.Tally> byType = new HashMap<>();
        List<String> errors = new ArrayList<>();
        WrittenEvents.score(gold, predicted, tally, byType, errors);
        assertEquals(1, tally.tp);
        assertEquals(0.5, tally.prf().precision(), 1e-9);
        assertEquals(1 / 3.0, tally.prf().recall(), 1e-9);
        assertEquals(3, errors.size());
        assertEquals(2, byType.get("ACCUSE").gold);
        assertEquals(1, byType.get("THREATEN").pred);
    }

    @Test
    void theWrittenSetsParse() {
        for (String name : WrittenEvents.SETS) {
            for (String set : List.of(name, name + "-test")) {
                var sentences = WrittenEvents.read(set);
                assertTrue(sentences.size() >= 20, set);
                assertTrue(sentences.stream().anyMatch(s -> s.events().isEmpty()), set);
            }
        }
    }
}
