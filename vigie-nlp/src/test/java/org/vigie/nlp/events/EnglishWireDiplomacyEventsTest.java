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
 * Diplomacy and cooperation in wire-style English: announced contributions and deployments are the acts, a
 * cooperation agreement signed is an agreement, an exchange of prisoners is a release both
 * ways, a missile test is a show of force.
 */
class EnglishWireDiplomacyEventsTest {
    private static final String CANADA = "Q16", GHANA = "Q117", CHILE = "Q298", CHAD = "Q657", MEXICO = "Q96",
            PERU = "Q419", SYRIA = "Q858", JORDAN = "Q810", BOLIVIA = "Q750", NORWAY = "Q20", IRAN = "Q794";

    @Test
    void moneyAnnouncedAsAContributionIsAidToTheOneNamedAfterTo() {
        List<Event> es = events("en", "Norway said it would donate 30 million dollars to Chad.");
        assertEquals(Set.of(NORWAY + "|" + CHAD), pairs(es, EventType.AID), es.toString());
    }

    @Test
    void aContributionToSomethingOtherThanMoneyTroopsOrArmsIsNoAid() {
        List<Event> es = events("en", "Mexico contributed to the collapse of the talks.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void troopsAnnouncedAsSentAreADeployment() {
        List<Event> es = events("en", "Canada said it would send five hundred soldiers to the region.");
        assertEquals(Set.of(CANADA + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
        assertTrue(pairs(es, EventType.THREATEN).isEmpty(), es.toString());
    }

    @Test
    void signingACooperationAgreementIsAnAgreementAndNoCooperation() {
        List<Event> es = events("en", "Ghana and Chad signed a security cooperation agreement in March.");
        assertTrue(pairs(es, EventType.AGREE).contains(GHANA + "|" + CHAD), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
    }

    @Test
    void twoStatesExchangingPrisonersEachReleaseTowardTheOther() {
        List<Event> es = events("en", "Peru and Bolivia exchanged prisoners at the frontier.");
        assertEquals(Set.of(PERU + "|" + BOLIVIA, BOLIVIA + "|" + PERU), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void anExchangeWithANamedPartnerGoesBothWays() {
        List<Event> es = events("en", "Syria exchanged prisoners with Jordan.");
        assertEquals(Set.of(SYRIA + "|" + JORDAN, JORDAN + "|" + SYRIA), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void aMissileTestIsAShowOfForceAndNoAttack() {
        List<Event> es = events("en", "Iran test-fired a new cruise missile on Monday.");
        assertEquals(Set.of(IRAN + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void aBareGovernmentInWhatAnOfficialReportsIsTheOfficialsState() {
        List<Event> es = events("en", "Chile's foreign minister said the government had asked Peru for an explanation.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aBareGovernmentWithNoOneReportingGivesNoActor() {
        List<Event> es = events("en", "The government asked Peru for an explanation.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void aMeetingNounAfterAPrepositionInAnotherActsObjectIsNoMeeting() {
        List<Event> es = events("en", "The Mexican president praised Canada's part in the negotiations.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void talksWithAPartnerAfterAnActAreTheMeetingOfTheClauseSubject() {
        List<Event> es = events("en", "Bolivia withdrew its police from the frontier with Peru after talks with Chile.");
        assertEquals(Set.of(BOLIVIA + "|" + CHILE), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void aPermissionRefusedToANamedActorIsARejectionOfItAndNoVisit() {
        List<Event> es = events("en", "Syria did not allow the Jordanian delegation to enter the camp.");
        assertEquals(Set.of(SYRIA + "|" + JORDAN), pairs(es, EventType.REJECT), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.REJECT && e.negated()), es.toString());
    }

    @Test
    void aVisitRefusedIsNoVisit() {
        List<Event> es = events("en", "Peru would not let the Chilean minister visit the port.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void aWithdrawalFromABorderHasNoTargetAndAPartnerInALaterClauseIsNone() {
        List<Event> es = events("en", "Peru pulled back its soldiers from the frontier with Bolivia after talks with Chile.");
        assertEquals(Set.of(PERU + "|-"), pairs(es, EventType.RETREAT), es.toString());
    }
}
