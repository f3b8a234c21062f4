package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead11b): an attack reported by "the government in X" (a word of state-institutions.txt before the seat of
 * government) is that state's accusation of the attacker, as when the state or its capital reports it; officials or
 * sources placed in a city only source the report.
 */
class GovernmentSeatSpeakersTest {
    private static Set<String> accusations(String text) {
        return pairs(events("en", text), EventType.ACCUSE);
    }

    @Test
    void theGovernmentInACapitalAccusesForItsState() {
        assertEquals(Set.of("Q212|Q159"), accusations("Russian missiles struck a dam near Kherson, the government in Kyiv said."));
        assertEquals(Set.of("Q1049|vigie:rapid-support-forces"),
                accusations("The Rapid Support Forces shelled a market in Omdurman, the government in Khartoum said."));
        assertEquals(Set.of("Q974|vigie:m23"), accusations("M23 fighters attacked a camp near Goma, the government in Kinshasa said."));
    }

    @Test
    void officialsInACityOnlySourceTheReport() {
        assertTrue(accusations("Russian missiles struck a dam near Kherson, aid officials in Kyiv said.").isEmpty());
    }
}
