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
 * Recall of deployments and failed talks (round ev10mob), in English and French: talks that ended without agreement,
 * with their parties named or taken from the story, and with only a host or mediator named. Each rule with sentences
 * that vary the verb, the tense, the actors or the construction, and one where it must not fire.
 */
class MobilizationAndTalksRecallTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", PARAGUAY = "Q733", NORWAY = "Q20";

    private static boolean negatedAgreement(List<Event> events, String pair) {
        return events.stream().anyMatch(e -> e.type() == EventType.AGREE && e.negated()
                && (e.actor1().entity() + "|" + (e.actor2() == null ? "-" : e.actor2().entity())).equals(pair));
    }

    @Test
    void talksThatEndedWithoutAgreementAreAMeetingOfThePartiesNamedInTheSentenceAndANegatedAgreement() {
        List<Event> broke = events("en", "Talks between Bolivia and Paraguay broke up without a deal in Asuncion on Monday.");
        assertEquals(Set.of(BOLIVIA + "|" + PARAGUAY), pairs(broke, EventType.CONSULT), broke.toString());
        assertTrue(negatedAgreement(broke, BOLIVIA + "|" + PARAGUAY), broke.toString());
        List<Event> collapsed = events("en", "The negotiations between Chile and Peru collapsed on Friday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(collapsed, EventType.CONSULT), collapsed.toString());
        assertTrue(negatedAgreement(collapsed, CHILE + "|" + PERU), collapsed.toString());
        List<Event> achevés = events("fr", "Les négociations entre le Chili et le Pérou se sont achevées sans accord vendredi.");
        assertTrue(negatedAgreement(achevés, CHILE + "|" + PERU), achevés.toString());
    }

    @Test
    void talksThatEndedWithoutAgreementAndNameNoPartyAreTheStorysLastPair() {
        List<Event> had = events("en", "Chile and Peru agreed on Sunday to reopen the border crossing. "
                + "Talks in Quito on June 9 had ended without agreement.");
        assertTrue(pairs(had, EventType.CONSULT).contains(CHILE + "|" + PERU), had.toString());
        assertTrue(negatedAgreement(had, CHILE + "|" + PERU), had.toString());
        List<Event> failed = events("en", "Bolivia and Paraguay signed a water-sharing accord on Tuesday. "
                + "Earlier negotiations failed to produce a deal.");
        assertTrue(pairs(failed, EventType.CONSULT).contains(BOLIVIA + "|" + PARAGUAY), failed.toString());
        assertTrue(negatedAgreement(failed, BOLIVIA + "|" + PARAGUAY), failed.toString());
        List<Event> closed = events("en", "Peru and Chile met in Lima on Thursday. The previous round of talks closed without an agreement.");
        assertTrue(negatedAgreement(closed, PERU + "|" + CHILE) || negatedAgreement(closed, CHILE + "|" + PERU), closed.toString());
    }

    @Test
    void talksWithOnlyAHostOrMediatorNamedAreTheirMeetingWithNoAgreementFailedByOneSide() {
        List<Event> hosted = events("en", "Chile and Peru agreed on Sunday to reopen the border crossing. "
                + "Talks hosted by Norway ended without agreement on Tuesday.");
        assertTrue(hosted.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), hosted.toString());
        assertTrue(pairs(hosted, EventType.CONSULT).contains(NORWAY + "|-"), hosted.toString());
        List<Event> organisés = events("fr", "Le Chili et le Pérou ont convenu dimanche de rouvrir la frontière. "
                + "Les pourparlers organisés par la Norvège se sont achevés sans accord mardi.");
        assertTrue(organisés.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), organisés.toString());
        // talks that ended with an agreement are no failure
        List<Event> agreed = events("en", "Talks between Chile and Peru ended with an agreement on fishing quotas.");
        assertTrue(agreed.stream().noneMatch(e -> e.type() == EventType.AGREE && e.negated()), agreed.toString());
    }
}
