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
 * English cooperative acts as PLOVER codes them: intents announced with "will"/"would" are agreements, an agreement
 * is aimed at the one its act benefits, restrictions lifted are concessions, a withdrawal happens where it leaves.
 */
class EnglishCooperationEventsTest {
    private static final String CANADA = "Q16", GHANA = "Q117", SPAIN = "Q29", CHILE = "Q298", EGYPT = "Q79",
            UN = "Q1065", EU = "Q458", CHAD = "Q657", MEXICO = "Q96", CUBA = "Q241", SERBIA = "Q403", GERMANY = "Q183",
            BRAZIL = "Q155", PERU = "Q419", SYRIA = "Q858", JORDAN = "Q810", ARAB_LEAGUE = "Q7172", BOLIVIA = "Q750",
            NORWAY = "Q20", KENYA = "Q114";

    @Test
    void supportAnnouncedWithWillIsAnAgreementToSupport() {
        List<Event> es = events("en", "Canada will support Ghana's bid for a seat on the council.");
        assertEquals(Set.of(CANADA + "|" + GHANA), pairs(es, EventType.AGREE), es.toString());
        assertTrue(pairs(es, EventType.SUPPORT).isEmpty(), es.toString());
    }

    @Test
    void aDeliveryAnnouncedWithWillStaysAid() {
        List<Event> es = events("en", "Spain will supply rifles to Chile.");
        assertEquals(Set.of(SPAIN + "|" + CHILE), pairs(es, EventType.AID), es.toString());
        assertTrue(pairs(es, EventType.AGREE).isEmpty(), es.toString());
    }

    @Test
    void aPermissionReportedWithWouldIsAnAgreementTowardThoseLetIn() {
        List<Event> es = events("en", "Egypt said it would allow the return of United Nations monitors.");
        assertEquals(Set.of(EGYPT + "|" + UN), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void anAgreementToGiveAidIsAimedAtTheOneAided() {
        List<Event> es = events("en", "The European Union agreed on Friday to provide 40 million euros of aid for Chad.");
        assertEquals(Set.of(EU + "|" + CHAD), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void anAgreementToLiftCurbsIsAimedAtTheStateTheyHit() {
        List<Event> es = events("en", "Mexico agreed to lift restrictions on grain sales to Cuba.");
        assertEquals(Set.of(MEXICO + "|" + CUBA), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void anAgreementWithNoOneBenefitingNamedHasNoSecondActor() {
        List<Event> es = events("en", "Mexico agreed to build a research centre in its capital.");
        assertEquals(Set.of(MEXICO + "|-"), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void aCurfewLiftedIsEasedWhereItWasLifted() {
        // the CAMEO2PLOVER table codes an eased curfew RETREAT (0813); restrictions on freedoms lifted are CONCEDE
        List<Event> es = events("en", "Serbia lifted a night curfew in Montenegro on Sunday.");
        List<Event> eased = es.stream().filter(e -> e.type() == EventType.RETREAT).toList();
        assertEquals(1, eased.size(), es.toString());
        assertEquals(SERBIA, eased.get(0).actor1().entity());
        assertEquals("Montenegro", eased.get(0).location().name());
        assertTrue(pairs(es, EventType.CONCEDE).isEmpty() && pairs(es, EventType.COERCE).isEmpty(), es.toString());
    }

    @Test
    void restrictionsRelaxedAreAConcessionAndNoSanction() {
        List<Event> es = events("en", "Canada relaxed restrictions on imports from Chile.");
        assertEquals(Set.of(CANADA + "|" + CHILE), pairs(es, EventType.CONCEDE), es.toString());
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
    }

    @Test
    void restrictionsCancelledAreAConcessionEvenAfterAVerbOfSanction() {
        List<Event> es = events("en", "A Mexican court cancelled restrictions on the use of the Spanish language.");
        assertEquals(1, pairs(es, EventType.CONCEDE).size(), es.toString());
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
    }

    @Test
    void restrictionsImposedAreNoConcession() {
        List<Event> es = events("en", "Canada imposed restrictions on imports from Chile.");
        assertTrue(pairs(es, EventType.CONCEDE).isEmpty(), es.toString());
        assertEquals(Set.of(CANADA + "|" + CHILE), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void aWordOfRestrictionAloneIsNoEvent() {
        List<Event> es = events("en", "Canada discussed restrictions on imports with Chile.");
        assertTrue(pairs(es, EventType.CONCEDE).isEmpty(), es.toString());
    }

    @Test
    void aWithdrawalHappensInThePlaceItLeaves() {
        List<Event> es = events("en", "Germany accelerated the withdrawal of its troops from Mali on Tuesday.");
        List<Event> retreats = es.stream().filter(e -> e.type() == EventType.RETREAT).toList();
        assertEquals(1, retreats.size(), es.toString());
        assertEquals(GERMANY, retreats.get(0).actor1().entity());
        assertEquals("Mali", retreats.get(0).location().name());
    }

    @Test
    void compensationPaidIsAimedAtThoseItIsPaidTo() {
        List<Event> es = events("en", "Brazil paid compensation to 40 Chilean farmers for land they lost.");
        assertEquals(Set.of(BRAZIL + "|" + CHILE), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void aTriggerWordInsideAnOrganisationNameIsNoAct() {
        List<Event> es = events("en", "The Asia-Pacific Economic Cooperation forum agreed to build a research centre in Lima.");
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
    }

    @Test
    void theSameWordInLowerCaseStillIsCooperation() {
        List<Event> es = events("en", "Peru and Chile began closer cooperation on fisheries on Monday.");
        assertFalse(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).stream().allMatch(p -> p.contains(PERU) && p.contains(CHILE)), es.toString());
    }

    @Test
    void aMediatorMeetsThePartiesItMediatesBetween() {
        List<Event> es = events("en", "The Arab League chief undertook a mediation mission between Syria and Jordan.");
        Set<String> consult = pairs(es, EventType.CONSULT);
        assertEquals(1, consult.size(), es.toString());
        String pair = consult.iterator().next();
        assertTrue(pair.startsWith(ARAB_LEAGUE + "|") && (pair.endsWith(SYRIA) || pair.endsWith(JORDAN)), es.toString());
    }

    @Test
    void mediatingWithNoPartyNamedIsNoMeeting() {
        List<Event> es = events("en", "The Norwegian envoy, who is mediating in the crisis, arrived on Monday.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void helpAfterAnIntentionIsAnAgreementToHelp() {
        List<Event> es = events("en", "Norway is willing to send equipment to help protect Kenya against floods.");
        assertEquals(Set.of(NORWAY + "|" + KENYA), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void helpAsThePurposeOfAnotherActIsNoAidOfItsOwn() {
        List<Event> es = events("en", "Peru would not allow Spain to help Chile.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
        es = events("en", "Norway sent lobbyists to Peru to help support the claims of Bolivia against Chile.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void aCooperationSomeoneMustGiveIsOnlyDemanded() {
        List<Event> es = events("en", "Peru reminded Chile that it must cooperate fully with the United Nations inspectors.");
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
        es = events("en", "Peru said that Chile must be ready to mediate between Bolivia and Jordan.");
        assertTrue(pairs(es, EventType.AGREE).isEmpty() && pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.REQUEST).contains(PERU + "|" + CHILE), es.toString());
    }

    @Test
    void readinessToMediateIsAnAgreementToMeet() {
        List<Event> es = events("en", "Chile is ready to mediate between Bolivia and Jordan.");
        assertTrue(pairs(es, EventType.AGREE).contains(CHILE + "|" + BOLIVIA), es.toString());
    }

    @Test
    void personsReleasedFromARestrictionNamedFurtherOnAreAReleaseNoConcession() {
        List<Event> es = events("en", "Peru released two activists detained under martial law.");
        assertTrue(pairs(es, EventType.CONCEDE).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.RETREAT).stream().anyMatch(p -> p.startsWith(PERU + "|")), es.toString());
    }

    @Test
    void anOfferToSomeoneIsAnAgreementTowardThem() {
        List<Event> es = events("en", "Japan has offered its engineers to the new government of Peru.");
        assertEquals(Set.of("Q17|" + PERU), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void helpOfferedIsTheHelpItself() {
        List<Event> es = events("en", "The Peruvian president welcomed the accord and offered logistical help.");
        assertTrue(pairs(es, EventType.AGREE).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void anOfferToNoOneIsNoEventAndItsContentNoActOfItsOwn() {
        List<Event> es = events("en", "A Chilean official offered concessions last week, a senator said.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AGREE || e.type() == EventType.CONCEDE), es.toString());
        assertTrue(events("en", "Peru offered condolences to the families.").isEmpty());
    }

    @Test
    void anOfferToActIsTheIntentOfThatActAlone() {
        List<Event> es = events("en", "Norway offered to mediate between Peru and Chile.");
        assertEquals(Set.of(NORWAY + "|" + PERU), pairs(es, EventType.AGREE), es.toString());
    }
}
