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
    void moneyDonatedIsAidToTheOneNamedAfterTo() {
        List<Event> es = events("en", "Norway donated 30 million dollars to Chad last year.");
        assertEquals(Set.of(NORWAY + "|" + CHAD), pairs(es, EventType.AID), es.toString());
    }

    @Test
    void aContributionToSomethingOtherThanMoneyTroopsOrArmsIsNoAid() {
        List<Event> es = events("en", "Mexico contributed to the collapse of the talks.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void troopsAnnouncedAsDispatchedAreADeployment() {
        List<Event> es = events("en", "Canada will dispatch 500 soldiers to the mission, its defence minister announced.");
        assertEquals(Set.of(CANADA + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
        assertTrue(pairs(es, EventType.THREATEN).isEmpty(), es.toString());
    }

    @Test
    void signingACooperationAgreementIsAnAgreementAndNoCooperation() {
        List<Event> es = events("en", "Ghana signed an energy cooperation treaty with Chad.");
        assertTrue(pairs(es, EventType.AGREE).contains(GHANA + "|" + CHAD), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
    }

    @Test
    void twoStatesExchangingPrisonersEachReleaseTowardTheOther() {
        List<Event> es = events("en", "Under the deal, Peru and Bolivia swapped prisoners last week.");
        assertEquals(Set.of(PERU + "|" + BOLIVIA, BOLIVIA + "|" + PERU), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void anExchangeWithANamedPartnerGoesBothWays() {
        List<Event> es = events("en", "Syria exchanged prisoners with Jordan.");
        assertEquals(Set.of(SYRIA + "|" + JORDAN, JORDAN + "|" + SYRIA), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void aMissileTestIsAShowOfForceAndNoAttack() {
        List<Event> es = events("en", "Iran test-launched a cruise missile on Monday.");
        assertEquals(Set.of(IRAN + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void anyWeaponLaunchedAtAPartyIsAnAttackAndWeaponsFiredIntoTheSeaAreAShowOfForce() {
        List<Event> es = events("en", "Iran launched a dozen drones at Jordan overnight.");
        assertEquals(Set.of(IRAN + "|" + JORDAN), pairs(es, EventType.ASSAULT), es.toString());
        es = events("en", "Syria launched two rockets against Jordan on Sunday.");
        assertEquals(Set.of(SYRIA + "|" + JORDAN), pairs(es, EventType.ASSAULT), es.toString());
        es = events("en", "Iran fired three missiles into the sea off its coast on Friday.");
        assertEquals(Set.of(IRAN + "|-"), pairs(es, EventType.MOBILIZE), es.toString());
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        es = events("en", "Iran fired a missile on Monday into the sea.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), "a date's \"on\" aims at no one: " + es);
        es = events("en", "Jordan launched a new drone at a defence fair in Amman.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void aBareCabinetInWhatAnOfficialReportsIsTheOfficialsState() {
        List<Event> es = events("en", "The Chilean interior minister stated that the cabinet had requested documents from Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aBareCabinetWithNoOneReportingGivesNoActor() {
        List<Event> es = events("en", "The cabinet had requested documents from Peru.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void aMeetingNounAfterAPrepositionInAnotherActsClauseIsNoMeeting() {
        List<Event> es = events("en", "Mexico criticised Canada for delays at the negotiations.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void aVisitNamingItsVisitorInAnotherActsClauseIsAVisit() {
        List<Event> es = events("en", "Peru and Chile signed a fisheries accord during a visit by the Chilean foreign minister to Lima.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CONSULT && e.actor1().entity().equals(CHILE)), es.toString());
    }

    @Test
    void negotiationsWithAPartnerAfterAnActAreTheMeetingOfTheClauseSubject() {
        List<Event> es = events("en", "Bolivia withdrew its border guards from the frontier with Peru following negotiations with Chile.");
        assertEquals(Set.of(BOLIVIA + "|" + CHILE), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void aPermissionRefusedToANamedActorIsARejectionOfItAndNoVisit() {
        List<Event> es = events("en", "Syria has never allowed Jordan's inspectors near the site.");
        assertEquals(Set.of(SYRIA + "|" + JORDAN), pairs(es, EventType.REJECT), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.REJECT && e.negated()), es.toString());
    }

    @Test
    void aVisitRefusedIsNoVisit() {
        List<Event> es = events("en", "Peru would not let a Chilean minister visit its naval base.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void aWithdrawalFromABorderHasNoTargetAndAPartnerInALaterClauseIsNone() {
        List<Event> es = events("en", "Peru pulled back its soldiers from the frontier with Bolivia following negotiations with Chile.");
        assertEquals(Set.of(PERU + "|-"), pairs(es, EventType.RETREAT), es.toString());
    }
}
