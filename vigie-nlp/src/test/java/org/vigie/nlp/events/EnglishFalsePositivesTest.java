package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/** English sentences that used to give events nobody did: rejected claims, weapons as agents, trailing conditions. */
class EnglishFalsePositivesTest {
    private static final String PERU = "Q419", CHILE = "Q298", SPAIN = "Q29", MEXICO = "Q96";

    @Test
    void condemningSomeoneElsesAllegationsIsOneRejectionOfThemAndNoAccusationEitherWay() {
        List<Event> es = events("en", "Peru on Monday condemned as `` baseless '' allegations by Chile that it had armed the smugglers.");
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
        assertEquals(java.util.Set.of(PERU + "|" + CHILE), pairs(es, EventType.REJECT), es.toString());
    }

    @Test
    void condemningAnActIsStillAnAccusation() {
        List<Event> es = events("en", "Peru on Monday condemned the shelling of its border posts by Chile.");
        assertTrue(pairs(es, EventType.ACCUSE).contains(PERU + "|" + CHILE), es.toString());
        assertTrue(pairs(es, EventType.REJECT).isEmpty(), es.toString());
    }

    @Test
    void aMakeNamedOnTheWeaponIsNoAttackerAndTheOneWhoFiredItIs() {
        List<Event> es = events("en", "A Spanish frigate was sunk off the coast by a Mexican torpedo believed to be fired by Chile.");
        assertTrue(pairs(es, EventType.ASSAULT).stream().noneMatch(p -> p.startsWith(MEXICO + "|")), es.toString());
        assertTrue(pairs(es, EventType.ASSAULT).stream().noneMatch(p -> p.endsWith("|" + CHILE)), es.toString());
    }

    @Test
    void anAgentThatIsNoWeaponStaysTheAttacker() {
        List<Event> es = events("en", "A Spanish frigate was attacked by Chile on Monday.");
        assertTrue(pairs(es, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(CHILE + "|")), es.toString());
    }

    @Test
    void whatATrailingConditionSaysIsNoEventEvenFarAfterIt() {
        List<Event> es = events("en",
                "No peace can be built in the region unless the militia is disarmed, or at least kept from buying rockets or from the attacks it launches against Peru.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void aConditionOpeningItsOwnClauseEndsAtItsComma() {
        List<Event> es = events("en", "If talks fail, Chile will decide alone, and Peru attacked Chilean border posts on Monday.");
        assertTrue(pairs(es, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(PERU + "|")), es.toString());
    }

    @Test
    void aPassiveAfterBeWithNoAgentNamesNoActor() {
        assertTrue(pairs(events("en", "Chile said it hoped Peruvian officials would be indicted for fraud."), EventType.ACCUSE).isEmpty());
        assertTrue(pairs(events("en", "Peruvian officials will be accused of fraud."), EventType.ACCUSE).isEmpty());
    }

    @Test
    void aStateSaidToBeOpposedStillRejects() {
        List<Event> es = events("en", "Peru is opposed to Chilean mediation in the dispute.");
        assertFalse(pairs(es, EventType.REJECT).isEmpty(), es.toString());
    }

    @Test
    void anActiveAccusationAfterAModalStillAccuses() {
        List<Event> es = events("en", "Chile will accuse Peru of fraud.");
        assertTrue(pairs(es, EventType.ACCUSE).contains(CHILE + "|" + PERU), es.toString());
    }

    @Test
    void supportOfferedInAParticipleAfterTalksIsTheirContentNotAnEventOfItsOwn() {
        List<Event> es = events("en", "The Spanish foreign minister held talks with the Peruvian president in Lima on Monday, offering further economic support to Peru.");
        assertTrue(pairs(es, EventType.SUPPORT).isEmpty() && pairs(es, EventType.AID).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void supportOfferedWithNoMeetingBeforeIsStillSupport() {
        List<Event> es = events("en", "Spain on Monday offered further economic support to Peru.");
        assertFalse(pairs(es, EventType.SUPPORT).isEmpty() && pairs(es, EventType.AID).isEmpty() && pairs(es, EventType.AGREE).isEmpty(), es.toString());
    }

    @Test
    void anActNamedAsTheTopicOfTalksIsNotDone() {
        List<Event> es = events("en", "Chile and Peru resumed negotiations today on a Chilean troop pullback from the border.");
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void anActAfterTalksAndADateIsStillAnAct() {
        List<Event> es = events("en", "Chile held talks with Peru on Monday and announced a troop pullback from the border.");
        assertFalse(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
    }

    @Test
    void sourcesInAPlaceReportAnAttackWithoutAccusingAnyone() {
        List<Event> es = events("en", "Chilean rebels shelled the town of Tacna on Sunday, relief officials in Lima said.");
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
        assertTrue(pairs(events("en", "Chilean rebels shelled the town of Tacna on Sunday, diplomatic sources in neighbouring Peru said."),
                EventType.ACCUSE).isEmpty());
        List<Event> named = events("en", "Chilean rebels shelled the town of Tacna on Sunday, Peru said.");
        assertFalse(pairs(named, EventType.ACCUSE).isEmpty(), named.toString());
    }

    @Test
    void aDemandInAParticipleAfterAProtestIsTheProtestsAim() {
        List<Event> es = events("en", "Hundreds of Peruvian farmers blocked roads near Lima on Monday demanding that the government lower fuel prices.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.PROTEST).isEmpty(), es.toString());
    }

    @Test
    void aDemandWithNoProtestBeforeIsStillADemand() {
        List<Event> es = events("en", "Peru on Monday demanded that Chile withdraw its troops.");
        assertFalse(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }
}
