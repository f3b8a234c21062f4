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
 * English conflict events in wire style (assaults, coercion, threats, accusations, protests, withdrawals) whose
 * actors or very existence the grammar around the trigger settles: reduced relatives, charges, one act told by two
 * words, forces led by a state, places that are no targets.
 */
class EnglishWireConflictEventsTest {
    private static final String CHILE = "Q298", PERU = "Q419";

    @Test
    void aParticipleOfAccusationAfterANounIsNoAccusation() {
        List<Event> es = events("en", "Chile arrested two Peruvian sailors accused of smuggling.");
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.COERCE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), es.toString());
        List<Event> charged = events("en", "A court in Lima jailed a Chilean officer charged with espionage.");
        assertTrue(pairs(charged, EventType.ACCUSE).isEmpty(), charged.toString());
    }

    @Test
    void aPassiveAccusationWithItsAgentIsStillTheAgentsAccusation() {
        List<Event> es = events("en", "Chile was accused by Peru of smuggling weapons.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
    }

    @Test
    void theActAnAccusationChargesIsNoEventOfItsOwn() {
        List<Event> es = events("en", "Peru accused Chile of violating the truce near the border.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void anActReportedAfterTheChargesClauseStaysAnEvent() {
        List<Event> es = events("en", "Lima accused Chile of shelling a border post, hours after Chilean troops had killed two Peruvian soldiers.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
    }

    @Test
    void tearGasFiredAtACrowdIsOneCoercionAndNoAttack() {
        List<Event> es = events("en", "Chilean police fired tear gas at students in Santiago.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.COERCE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), es.toString());
        List<Event> cannon = events("en", "Peruvian police fired rubber bullets and water cannon at miners in Cusco.");
        assertTrue(pairs(cannon, EventType.ASSAULT).isEmpty(), cannon.toString());
        assertTrue(pairs(cannon, EventType.COERCE).stream().anyMatch(p -> p.startsWith(PERU + "|")), cannon.toString());
    }

    @Test
    void shotsFiredAtPeopleAreStillAnAttack() {
        List<Event> es = events("en", "Chilean troops fired mortar rounds at Peruvian positions.");
        assertFalse(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }
    @Test
    void aStrikeOnTargetsInAnotherStateIsAimedAtThatState() {
        List<Event> es = events("en", "Chile struck targets in Peru on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> home = events("en", "Chilean jets struck targets in Chile on Monday.");
        assertEquals(Set.of(CHILE + "|-"), pairs(home, EventType.ASSAULT), home.toString());
    }

    @Test
    void aCoalitionLedByAStateActsAsThatState() {
        List<Event> es = events("en", "A Chilean-led coalition struck targets in Peru on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
    }

    @Test
    void troopsInAClauseAStatesOfficialReportsAreThatStatesForces() {
        List<Event> es = events("en", "Peru's interior minister said troops had killed two leaders of the Shining Path in a raid.");
        assertTrue(pairs(es, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(PERU + "|")), es.toString());
        List<Event> chief = events("en", "The Chilean army chief said soldiers shelled rebel camps on Monday.");
        assertTrue(pairs(chief, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(CHILE + "|")), chief.toString());
        assertTrue(pairs(chief, EventType.ACCUSE).isEmpty(), chief.toString());
    }

    @Test
    void forcesOfAnotherStateReportedByAStateAreStillAccused() {
        List<Event> es = events("en", "Chile said Peruvian soldiers shelled a border post on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ACCUSE), es.toString());
    }
    @Test
    void aWithdrawalFromAPlaceNamesNoTarget() {
        List<Event> es = events("en", "Peru withdrew its forces from the frontier with Chile on Monday.");
        assertEquals(Set.of(PERU + "|-"), pairs(es, EventType.RETREAT), es.toString());
        List<Event> plain = events("en", "Peru withdrew its forces from Chile on Monday.");
        assertEquals(Set.of(PERU + "|-"), pairs(plain, EventType.RETREAT), plain.toString());
    }

    @Test
    void talksInATrailingPhraseAreTheMainSubjectsNotTheNearestNames() {
        List<Event> es = events("en", "Chile withdrew its troops from the border with Bolivia after talks with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.CONSULT), es.toString());
    }
    @Test
    void aThreatToCloseAStraitAimsAtNoNamedActor() {
        List<Event> es = events("en", "Chile threatened to close the Gulf of Arauco if the talks failed.");
        assertEquals(Set.of(CHILE + "|-"), pairs(es, EventType.THREATEN), es.toString());
        List<Event> state = events("en", "Chile threatened Peru with sanctions.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(state, EventType.THREATEN), state.toString());
    }

    @Test
    void protestersDoNotActAgainstTheStateTheyProtestIn() {
        List<Event> es = events("en", "Members of the Chilean Socialist Party protested outside parliament in Santiago on Monday against the new pension law.");
        List<Event> protests = es.stream().filter(e -> e.type() == EventType.PROTEST).toList();
        assertEquals(1, protests.size(), es.toString());
        assertNull(protests.get(0).actor2(), es.toString());
        assertFalse(protests.get(0).actor1().entity().equals(CHILE), es.toString());
    }

    @Test
    void aProtestAtAStatesEmbassyOrAgainstAStateStillTargetsIt() {
        List<Event> embassy = events("en", "Supporters of the Green Party protested outside the Chilean embassy in Lima.");
        assertTrue(pairs(embassy, EventType.PROTEST).stream().anyMatch(p -> p.endsWith("|" + CHILE)), embassy.toString());
        List<Event> against = events("en", "Peruvian fishermen protested in Lima against Chile.");
        assertTrue(pairs(against, EventType.PROTEST).stream().anyMatch(p -> p.endsWith("|" + CHILE)), against.toString());
    }
    @Test
    void aStateNamedOnItsOwnStillActsWhenAHeldCompoundNamesItToo() {
        List<Event> es = events("en", "Chile on Monday demanded a meeting of the U.N. Security Council to discuss Bolivia's advance into the Chilean-held Atacama region.");
        assertTrue(pairs(es, EventType.REQUEST).stream().anyMatch(p -> p.startsWith(CHILE + "|")), es.toString());
    }

    @Test
    void aDemandForPlacesAStateHoldsIsAimedAtTheHolderUnlessItIsTheDemander() {
        List<Event> held = events("en", "Peru demanded the return of the Chilean-held islands.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(held, EventType.REQUEST), held.toString());
        List<Event> own = events("en", "Peru demanded the return of the Peruvian-held islands from Chile.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(own, EventType.REQUEST), own.toString());
    }
    @Test
    void aPrisonerExchangeIsEachPartysReleaseTowardTheOther() {
        Set<String> both = Set.of(CHILE + "|" + PERU, PERU + "|" + CHILE);
        List<Event> pair = events("en", "Chile and Peru exchanged prisoners on Monday.");
        assertEquals(both, pairs(pair, EventType.RETREAT), pair.toString());
        List<Event> with = events("en", "Peru exchanged prisoners with Chile on Monday.");
        assertEquals(both, pairs(with, EventType.RETREAT), with.toString());
        List<Event> release = events("en", "Chile released two Peruvian fishermen.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(release, EventType.RETREAT), release.toString());
    }
    @Test
    void forcesLedByAStateActAsThatState() {
        List<Event> es = events("en", "Chilean-led forces attacked Peru on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> rebels = events("en", "Chilean-led rebels attacked Peru on Monday.");
        assertTrue(pairs(rebels, EventType.ASSAULT).stream().noneMatch(p -> p.startsWith(CHILE + "|")), rebels.toString());
    }
    @Test
    void anActCoordinatedAfterTheChargeIsTheAccusersOwn() {
        List<Event> es = events("en", "Peru accused Chile of spying and expelled two Chilean diplomats.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.SANCTION), es.toString());
        List<Event> gerunds = events("en", "Peru accused Chile of shelling and killing civilians near the border.");
        assertTrue(pairs(gerunds, EventType.ASSAULT).isEmpty(), gerunds.toString());
    }
}
