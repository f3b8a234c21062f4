package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * English force, threats and refusals, second round: a speaker's own refusal or threat in a direct quote, and the
 * people a noun trigger qualifies ("aid workers"). Every rule with sentences that vary the verb, the tense, the
 * actors or the construction, and one where it must not fire.
 */
class EnglishForceRoundTwoTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ARGENTINA = "Q414";

    private static boolean actedBy(List<Event> es, EventType type, String... firstActors) {
        for (String a : firstActors) if (pairs(es, type).stream().anyMatch(p -> p.startsWith(a + "|"))) return true;
        return false;
    }

    @Test
    void aSpeakersNegatedFutureActInAQuoteIsARefusalBySpeaker() {
        List<Event> es = events("en", "“We will not negotiate with kidnappers,” Chilean Interior Minister Tomas Rivera told reporters.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
        List<Event> never = events("en", "“I would never meet their generals,” Peruvian President Ana Quispe said on Monday.");
        assertEquals(1, never.stream().filter(e -> e.type() == EventType.REJECT).count(), never.toString());
        List<Event> contracted = events("en", "“We won't withdraw a single soldier,” said Bolivian Defence Minister Luis Mamani.");
        assertEquals(1, contracted.stream().filter(e -> e.type() == EventType.REJECT).count(), contracted.toString());
        assertTrue(pairs(contracted, EventType.RETREAT).isEmpty(), contracted.toString());
    }

    @Test
    void aSpeakersAnnouncedForceInAQuoteIsAThreatBySpeaker() {
        List<Event> es = events("en", "“We will respond with force to any incursion,” Peruvian Defence Minister Jorge Salas said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.THREATEN).count(), es.toString());
        List<Event> strike = events("en", "“If they cross the river, we will hit back,” General Pablo Herrera told the press.");
        assertEquals(1, strike.stream().filter(e -> e.type() == EventType.THREATEN).count(), strike.toString());
        List<Event> sanction = events("en", "Argentine Economy Minister Carla Benitez said: “We shall impose sanctions on their banks.”");
        assertEquals(1, sanction.stream().filter(e -> e.type() == EventType.THREATEN).count(), sanction.toString());
    }

    @Test
    void aQuotedPastActOrAnotherPartysActIsNoStance() {
        List<Event> past = events("en", "“We negotiated for three days,” Chilean Interior Minister Tomas Rivera said.");
        assertTrue(past.stream().noneMatch(e -> e.type() == EventType.REJECT || e.type() == EventType.THREATEN), past.toString());
        List<Event> other = events("en", "“They will respond with force,” Peruvian Defence Minister Jorge Salas said.");
        assertTrue(other.stream().noneMatch(e -> e.type() == EventType.THREATEN), other.toString());
        List<Event> conditional = events("en", "“If we attack, we will lose everything,” Bolivian Senator Rosa Flores said.");
        assertTrue(conditional.stream().noneMatch(e -> e.type() == EventType.THREATEN), conditional.toString());
    }

    @Test
    void aNounTriggerQualifyingAGroupNounNamesPeopleNotAnAct() {
        List<Event> es = events("en", "Gunmen kidnapped three Chilean aid workers near the Peruvian border on Sunday.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ASSAULT), es.toString());
        List<Event> leaders = events("en", "Peruvian police detained two protest activists in Cusco.");
        assertTrue(pairs(leaders, EventType.PROTEST).isEmpty(), leaders.toString());
        assertTrue(actedBy(leaders, EventType.COERCE, PERU), leaders.toString());
        List<Event> abducted = events("en", "Rebels abducted five aid workers in southern Chile, police said.");
        assertTrue(pairs(abducted, EventType.AID).isEmpty(), abducted.toString());
        List<Event> real = events("en", "Chile sent aid to Peru after the floods.");
        assertTrue(actedBy(real, EventType.AID, CHILE), real.toString());
    }
}
