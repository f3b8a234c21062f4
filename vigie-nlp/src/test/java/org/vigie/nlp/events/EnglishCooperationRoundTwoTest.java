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
 * English cooperation and diplomacy, second round: each rule stated as a general phenomenon and tested on several
 * constructions of our own, with one sentence where it must not fire.
 */
class EnglishCooperationRoundTwoTest {
    private static final String PERU = "Q419", CHILE = "Q298", KENYA = "Q114", GHANA = "Q117", NORWAY = "Q20",
            BRAZIL = "Q155", CANADA = "Q16", SPAIN = "Q29", UN = "Q1065", GERMANY = "Q183", CHAD = "Q657",
            JORDAN = "Q810", SYRIA = "Q858", SOMALIA = "Q1045", SERBIA = "Q403", MEXICO = "Q96", CUBA = "Q241",
            EGYPT = "Q79", EU = "Q458", USA = "Q30";

    // signing any agreement is AGREE (CAMEO 057), whatever it is about

    @Test
    void coordinatedStatesSigningABorderAgreementAgreeWithEachOther() {
        List<Event> es = events("en", "Peru and Chile signed a border agreement in Lima.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void aTradeDealSignedWithAPartnerIsAnAgreementWithIt() {
        List<Event> es = events("en", "Kenya signed a trade deal with Ghana on Friday.");
        assertEquals(Set.of(KENYA + "|" + GHANA), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void aSecurityPactInTheperfectIsAnAgreementAndNoCooperation() {
        List<Event> es = events("en", "Norway and Brazil have signed a security pact.");
        assertEquals(Set.of(NORWAY + "|" + BRAZIL), pairs(es, EventType.AGREE), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
    }

    @Test
    void aDefenceTreatySignedInThePresentIsAnAgreement() {
        List<Event> es = events("en", "Canada signs a defence treaty with Spain.");
        assertEquals(Set.of(CANADA + "|" + SPAIN), pairs(es, EventType.AGREE), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty() && pairs(es, EventType.SUPPORT).isEmpty(), es.toString());
    }

    @Test
    void aDeclarationOrAProtocolSignedByTwoStatesIsAnAgreement() {
        List<Event> es = events("en", "Egypt and Jordan signed a joint declaration on water sharing on Monday.");
        assertEquals(Set.of(EGYPT + "|" + JORDAN), pairs(es, EventType.AGREE), es.toString());
        es = events("en", "Mexico signed a protocol on migration with Cuba in Havana.");
        assertEquals(Set.of(MEXICO + "|" + CUBA), pairs(es, EventType.AGREE), es.toString());
        es = events("en", "Serbia and Somalia have signed a memorandum on trade.");
        assertEquals(Set.of(SERBIA + "|" + SOMALIA), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void receivingAPersonOrADignitaryIsHostingAVisitButReceivingAThingIsNot() {
        List<Event> es = events("en", "Egypt's president received the Jordanian king in Cairo on Monday.");
        assertEquals(Set.of(EGYPT + "|" + JORDAN), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Mexico's president received Cuban President Miguel Diaz-Canel on Friday.");
        assertFalse(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "Serbia will receive the Somali prime minister next week.");
        assertEquals(Set.of(SERBIA + "|" + SOMALIA), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Jordan received military aid from the Egyptian president.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "Chad received the Syrian president's letter on Monday.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void signingSomethingThatIsNoAgreementIsNoAgreement() {
        List<Event> es = events("en", "Canada signed a new budget law on Friday.");
        assertTrue(pairs(es, EventType.AGREE).isEmpty(), es.toString());
    }

    // an aid noun qualifying people or bodies is no gift

    @Test
    void aidWorkersWhoLeaveGiveNothing() {
        List<Event> es = events("en", "UN aid workers left Syria on Monday.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void aidAgenciesAttackedReceiveNoAid() {
        List<Event> es = events("en", "Rebels attacked aid agencies in Chad.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void aidOfficialsQuotedAreNoAid() {
        List<Event> es = events("en", "Aid officials in Kenya warned of a drought.");
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void anAidConvoySentIsStillAid() {
        List<Event> es = events("en", "Germany sent an aid convoy to Chad.");
        assertEquals(Set.of(GERMANY + "|" + CHAD), pairs(es, EventType.AID), es.toString());
    }

    // letting aid in is humanitarian access (CAMEO 0863), toward the place it leads into

    @Test
    void aidTrucksAllowedIntoAStateAreAccessGrantedToIt() {
        List<Event> es = events("en", "Jordan allowed aid trucks into Syria.");
        assertEquals(Set.of(JORDAN + "|" + SYRIA), pairs(es, EventType.RETREAT), es.toString());
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
    }

    @Test
    void aidConvoysBeingAllowedInTheProgressiveAreAccess() {
        List<Event> es = events("en", "Kenya is allowing aid convoys into Somalia.");
        assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void humanitarianAidAllowedThroughIsAccess() {
        List<Event> es = events("en", "Chad allows humanitarian aid through to Somalia.");
        assertEquals(Set.of(CHAD + "|" + SOMALIA), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void aidGivenIsNoAccess() {
        List<Event> es = events("en", "Germany gave aid to Chad.");
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
    }

    // a denied act's object is not the one rejected

    @Test
    void denyingSendingTroopsToAStateRejectsNoOneThere() {
        List<Event> es = events("en", "Serbia denied sending troops to Kenya.");
        assertEquals(Set.of(SERBIA + "|-"), pairs(es, EventType.REJECT), es.toString());
    }

    @Test
    void denyingInThePerfectSellingRiflesHasNoTarget() {
        List<Event> es = events("en", "Chile has denied selling rifles to Peru.");
        assertEquals(Set.of(CHILE + "|-"), pairs(es, EventType.REJECT), es.toString());
    }

    @Test
    void denyingThatItArmedRebelsHasNoTarget() {
        List<Event> es = events("en", "Spain has denied that it armed Kenya's rebels.");
        assertEquals(Set.of(SPAIN + "|-"), pairs(es, EventType.REJECT), es.toString());
    }

    @Test
    void denyingAStatesRequestRejectsThatState() {
        List<Event> es = events("en", "Chile denied Peru's request for talks.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.REJECT), es.toString());
    }

    // the agent of a participle in the object phrase is not the target

    @Test
    void prisonersFreedUnderADealBrokeredByAThirdStateHaveNoTarget() {
        List<Event> es = events("en", "Mexico freed 30 prisoners under an accord brokered by Norway.");
        assertEquals(Set.of(MEXICO + "|-"), pairs(es, EventType.RETREAT), es.toString());
    }

    @Test
    void anAccordDraftedByAnotherStateIsNotAnAgreementWithIt() {
        List<Event> es = events("en", "Brazil signed the accord drafted by Norway.");
        assertEquals(Set.of(BRAZIL + "|-"), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void detaineesReleasedToTheirStateAreReleasedToIt() {
        List<Event> es = events("en", "Canada released two Cuban fishermen to Cuba.");
        assertEquals(Set.of(CANADA + "|" + CUBA), pairs(es, EventType.RETREAT), es.toString());
    }

    // trade and economic measures are SANCTION aimed at the state qualifying their object

    @Test
    void importsOfAStatesGoodsBannedAreAnEmbargoOnThatState() {
        List<Event> es = events("en", "The European Union banned imports of Chilean copper.");
        assertEquals(Set.of(EU + "|" + CHILE), pairs(es, EventType.SANCTION), es.toString());
        assertTrue(pairs(es, EventType.COERCE).isEmpty(), es.toString());
    }

    @Test
    void allImportsBannedInThePerfectAreAnEmbargoOnTheirState() {
        List<Event> es = events("en", "Canada has banned all imports of Peruvian fish since May.");
        assertEquals(Set.of(CANADA + "|" + PERU), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void assetsOfAStatesBanksFrozenAreASanctionOnThatState() {
        List<Event> es = events("en", "Canada froze the assets of Peruvian banks.");
        assertEquals(Set.of(CANADA + "|" + PERU), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void firmsAddedToASanctionsListAreSanctionedByTheOneAddingThem() {
        List<Event> es = events("en", "Spain added 12 Cuban companies to a sanctions list.");
        assertEquals(Set.of(SPAIN + "|" + CUBA), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void banksPutOnABlacklistAreSanctioned() {
        List<Event> es = events("en", "Washington has put two Syrian banks on its terror blacklist.");
        assertEquals(Set.of(USA + "|" + SYRIA), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void firmsPlacedOnAnEntityListAreSanctioned() {
        List<Event> es = events("en", "Germany placed Chilean mining firms on an entity list.");
        assertEquals(Set.of(GERMANY + "|" + CHILE), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void envoysAddedToADelegationAreNoSanction() {
        List<Event> es = events("en", "Canada added two Peruvian envoys to its delegation.");
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
    }

    // the place after a visit noun is the one visited, not the addressee of another act

    @Test
    void aCallForCalmDuringAVisitIsAddressedToNoOneAndTheVisitIsReported() {
        List<Event> es = events("en", "Brazil called for calm during a visit to Peru.");
        assertEquals(Set.of(BRAZIL + "|-"), pairs(es, EventType.REQUEST), es.toString());
        assertEquals(Set.of(BRAZIL + "|" + PERU), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void restraintUrgedOnAVisitIsNotUrgedOnTheHost() {
        List<Event> es = events("en", "Kenya's president urged restraint on a visit to Ghana.");
        assertEquals(Set.of(KENYA + "|-"), pairs(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aDemandNamingItsAddresseeKeepsIt() {
        List<Event> es = events("en", "Spain demanded that Chile free the prisoners.");
        assertEquals(Set.of(SPAIN + "|" + CHILE), pairs(es, EventType.REQUEST), es.toString());
    }

    @Test
    void aVisitByAMinisterToTheCapitalOfANamedStateIsAVisitToThatState() {
        List<Event> es = events("en", "Peru and Chile signed a trade deal during a visit by the Chilean president to Lima.");
        assertTrue(pairs(es, EventType.CONSULT).contains(CHILE + "|" + PERU), es.toString());
    }

    @Test
    void aVisitToACapitalWhoseStateIsNeverNamedIsAVisitToTheStateOfThatCapital() {
        // (ev12dev: the host of a visit is the state the knowledge base places the city in, named or not)
        List<Event> es = events("en", "A visit by the Chilean foreign minister to Lima was cancelled.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void anAccusationMadeDuringTalksStillHasItsSubjectAndTarget() {
        List<Event> es = events("en", "Peru, during talks on Monday, accused Chile of spying.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
    }

    // approving a bid or request endorses its maker (PETRARCH APPROVE * REQUEST 051)

    @Test
    void aBidToJoinApprovedIsSupportForTheCandidate() {
        List<Event> es = events("en", "Kenya approved Ghana's bid to join the African Union.");
        assertEquals(Set.of(KENYA + "|" + GHANA), pairs(es, EventType.SUPPORT), es.toString());
    }

    @Test
    void aCandidacyEndorsedInThePerfectIsSupport() {
        List<Event> es = events("en", "Peru has endorsed Chile's candidacy for the council.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.SUPPORT), es.toString());
    }

    @Test
    void aRequestApprovedByAParliamentIsSupportNotANewRequest() {
        List<Event> es = events("en", "The Peruvian parliament approved Chile's request for a loan.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.SUPPORT), es.toString());
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void aBudgetApprovedIsNoSupport() {
        List<Event> es = events("en", "Canada approved a new budget.");
        assertTrue(pairs(es, EventType.SUPPORT).isEmpty(), es.toString());
    }

    // a state adjective before a named organisation only qualifies it

    @Test
    void talksWithAQualifiedMovementAreTalksWithTheMovement() {
        List<Event> es = events("en", "Peru's envoy held talks with Afghan Taliban officials in Doha.");
        assertEquals(Set.of(PERU + "|vigie:taliban"), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void negotiatorsOfAQualifiedGuerrillaHostedAreTheGuerrillas() {
        List<Event> es = events("en", "Norway hosted Colombian FARC negotiators in Oslo.");
        Set<String> met = pairs(es, EventType.CONSULT);
        assertEquals(1, met.size(), es.toString());
        assertTrue(met.iterator().next().startsWith(NORWAY + "|") && !met.contains(NORWAY + "|Q739"), es.toString());
    }

    @Test
    void officialsQualifiedByTheirStateAloneStandForTheState() {
        List<Event> es = events("en", "Peru's envoy held talks with Afghan officials in Doha.");
        assertEquals(Set.of(PERU + "|Q889"), pairs(es, EventType.CONSULT), es.toString());
    }

    // a relative clause about a person names that person's act

    @Test
    void aPromiseInARelativeClauseIsTheAntecedentsPromise() {
        List<Event> es = events("en", "Peru's president Ana Ruiz spoke with Chilean President Mario Vidal, who promised more wheat.");
        assertTrue(es.stream().filter(e -> e.type() == EventType.AGREE).allMatch(e -> e.actor1().name().equals("Mario Vidal")), es.toString());
        assertFalse(pairs(es, EventType.AGREE).isEmpty(), es.toString());
    }

    @Test
    void restraintUrgedInARelativeClauseIsUrgedByTheAntecedent() {
        List<Event> es = events("en", "Ana Ruiz later met Chilean President Mario Vidal, who urged restraint.");
        List<Event> asked = es.stream().filter(e -> e.type() == EventType.REQUEST).toList();
        assertEquals(1, asked.size(), es.toString());
        assertEquals("Mario Vidal", asked.get(0).actor1().name());
    }

    @Test
    void aDenialInARelativeClauseIsTheAntecedentsDenial() {
        List<Event> es = events("en", "Ana Ruiz met Mario Vidal, who later denied the report.");
        List<Event> denied = es.stream().filter(e -> e.type() == EventType.REJECT).toList();
        assertEquals(1, denied.size(), es.toString());
        assertEquals("Mario Vidal", denied.get(0).actor1().name());
    }

    @Test
    void aMainClauseVerbAfterNoRelativePronounStaysTheSubjects() {
        List<Event> es = events("en", "Ana Ruiz met Mario Vidal and urged restraint.");
        assertTrue(es.stream().filter(e -> e.type() == EventType.REQUEST).allMatch(e -> e.actor1().name().equals("Ana Ruiz")), es.toString());
    }

    @Test
    void aPersonSanctionedIsTheTargetRatherThanTheStateQualifyingHim() {
        List<Event> es = events("en", "The European Union sanctioned Russian banker Ivan Petrov.");
        List<Event> hit = es.stream().filter(e -> e.type() == EventType.SANCTION).toList();
        assertEquals(1, hit.size(), es.toString());
        assertEquals("Ivan Petrov", hit.get(0).actor2().name());
    }

    @Test
    void aQualifiedMovementBlacklistedIsTheTarget() {
        List<Event> es = events("en", "Canada blacklisted the Afghan Taliban on Friday.");
        assertEquals(Set.of(CANADA + "|vigie:taliban"), pairs(es, EventType.SANCTION), es.toString());
    }
}
