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
 * English acts of force, sanctions and mobilisation whose type their object settles (aid cut, measures lifted,
 * people expelled, forces strengthened), and actors an ethnic qualifier or a "-led" compound changes.
 */
class EnglishForceEventsTest {
    private static final String CHILE = "Q298", PERU = "Q419", SPAIN = "Q29", USA = "Q30", UN = "Q1065";

    @Test
    void aidCutIsASanctionAgainstTheOneWhoGotItNotAnAid() {
        List<Event> es = events("en", "The United Nations on Monday cut food aid to Peru.");
        assertEquals(Set.of(UN + "|" + PERU), pairs(es, EventType.SANCTION), es.toString());
        assertTrue(pairs(es, EventType.AID).isEmpty(), es.toString());
        List<Event> reduced = events("en", "Spain reduced military assistance to Peru on Monday.");
        assertEquals(Set.of(SPAIN + "|" + PERU), pairs(reduced, EventType.SANCTION), reduced.toString());
    }

    @Test
    void sanctionsLiftedAreARetreatTowardTheirTargetAndNoSanction() {
        List<Event> es = events("en", "Chile lifted its sanctions against Peru on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.RETREAT), es.toString());
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
    }

    @Test
    void aCurfewLiftedIsNoCurfewImposed() {
        List<Event> es = events("en", "Peru lifted the curfew in the capital on Monday.");
        assertTrue(pairs(es, EventType.COERCE).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.RETREAT).stream().anyMatch(p -> p.startsWith(PERU + "|")), es.toString());
    }

    @Test
    void restrictionsCancelledAreAConcessionNotASanction() {
        List<Event> es = events("en", "The Chilean Supreme Court cancelled restrictions on the use of the Spanish language.");
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.CONCEDE).isEmpty(), es.toString());
    }

    @Test
    void expellingPeopleIsCoercionAndExpellingDiplomatsASanction() {
        List<Event> people = events("en", "Chile expelled hundreds of Peruvian migrants on Monday.");
        assertTrue(pairs(people, EventType.SANCTION).isEmpty(), people.toString());
        assertTrue(pairs(people, EventType.COERCE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), people.toString());
        List<Event> envoys = events("en", "Chile expelled two Peruvian diplomats on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(envoys, EventType.SANCTION), envoys.toString());
        assertTrue(pairs(envoys, EventType.COERCE).isEmpty(), envoys.toString());
    }

    @Test
    void forcingAnAgencyOutOfTheCountryExpelsIt() {
        List<Event> es = events("en", "Chile forced the UN refugee agency out of the country on Monday.");
        assertEquals(Set.of(CHILE + "|" + UN), pairs(es, EventType.SANCTION), es.toString());
    }

    @Test
    void forcesStrengthenedAreAMobilisation() {
        List<Event> border = events("en", "Chile has strengthened its forces along the border with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(border, EventType.MOBILIZE), border.toString());
        List<Event> north = events("en", "Peru bolstered its troops in the north on Monday.");
        assertTrue(pairs(north, EventType.MOBILIZE).stream().anyMatch(p -> p.startsWith(PERU + "|")), north.toString());
        List<Event> economy = events("en", "Peru has strengthened its economy this year.");
        assertTrue(pairs(economy, EventType.MOBILIZE).isEmpty(), economy.toString());
    }

    @Test
    void mobilisingCiviliansIsNoShowOfForce() {
        List<Event> es = events("en", "Chile has mobilized lobby groups in Spain to support its claims.");
        assertTrue(pairs(es, EventType.MOBILIZE).isEmpty(), es.toString());
        List<Event> reservists = events("en", "Chile mobilized its reservists on Monday.");
        assertFalse(pairs(reservists, EventType.MOBILIZE).isEmpty(), reservists.toString());
    }

    @Test
    void anActNounQualifyingTroopsIsNoAct() {
        List<Event> es = events("en", "The United States sped up the withdrawal of its invasion forces from Peru on Monday.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void ethnicPeopleAreResidentsOfWhereTheyLiveNotTheStateOfTheirName() {
        List<Event> es = events("en", "Chilean troops killed four ethnic Peruvians in a firefight in northern Chile on Monday.");
        assertEquals(Set.of(CHILE + "|vigie:group:" + CHILE + ":residents"), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> demand = events("en", "Ethnic Peruvians in southern Chile are demanding autonomy from the Chilean government.");
        assertTrue(demand.stream().noneMatch(e -> e.actor1().entity().equals(PERU)), demand.toString());
        assertTrue(pairs(demand, EventType.REQUEST).stream().anyMatch(p -> p.startsWith("vigie:group:" + CHILE + ":")), demand.toString());
    }

    @Test
    void aStateNamedPlainlyBesideAnEthnicGroupStaysItself() {
        List<Event> es = events("en", "Peru on Friday condemned Chile's repression of ethnic Peruvian protests in Arica.");
        assertTrue(pairs(es, EventType.ACCUSE).contains(PERU + "|" + CHILE), es.toString());
    }

    @Test
    void aStateLeadingAGroupIsItsState() {
        List<Event> es = events("en", "Spanish-led forces shelled Peruvian rebel camps on Monday.");
        // (forces a state leads act as that state, as its own troops do)
        assertTrue(pairs(es, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith(SPAIN + "|")), es.toString());
        List<Event> war = events("en", "Chile refused to join the US-led war against Peru.");
        assertEquals(Set.of(CHILE + "|" + USA), pairs(war, EventType.REJECT), war.toString());
    }

    @Test
    void theOneASeizureTakesFromIsItsTarget() {
        List<Event> es = events("en", "Chilean police confiscated rifles from Peruvian smugglers on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.COERCE), es.toString());
    }

    @Test
    void goodsSeizedEarlierDescribeTheGoodsAndNameNoSeizer() {
        List<Event> es = events("en", "The rebels said they would return the trucks seized last month from United Nations peacekeepers.");
        assertTrue(pairs(es, EventType.COERCE).isEmpty(), es.toString());
    }

    @Test
    void anAttackOnUnnamedVictimsIsStillAnAttack() {
        List<Event> es = events("en", "Two Peruvian suicide bombers killed 20 people in Santiago on Sunday.");
        assertTrue(pairs(es, EventType.ASSAULT).stream().anyMatch(p -> p.startsWith("vigie:group:" + PERU + ":bombers|")), es.toString());
        List<Event> storm = events("en", "The storm killed 20 people in Chile on Sunday.");
        assertTrue(pairs(storm, EventType.ASSAULT).isEmpty(), storm.toString());
    }

    @Test
    void aDemonymRightBeforeAGroupNounNamesItsStateWhereverTheGroupIs() {
        List<Event> es = events("en", "Chile said it would cut all aid to Peruvian rebels in Bolivia.");
        // the rebels are Peru's side: the state itself, or its group of rebels
        Set<String> p = pairs(es, EventType.SANCTION);
        assertTrue(p.equals(Set.of(CHILE + "|vigie:group:" + PERU + ":rebels")) || p.equals(Set.of(CHILE + "|" + PERU)), es.toString());
    }

    @Test
    void armedGroupsOfTheActorsOwnStateAreTheTargetNotTheActor() {
        List<Event> es = events("en", "Chilean police in Arica confiscated rifles from Chilean armed groups on Monday.");
        assertEquals(Set.of(CHILE + "|vigie:group:" + CHILE + ":armed-groups"), pairs(es, EventType.COERCE), es.toString());
    }

    @Test
    void aGroupOfNoStateThatAStatesPoliceCoerceAtHomeIsOfThatState() {
        List<Event> es = events("en", "Peruvian police arrested twelve protesters on Friday.");
        assertEquals(Set.of(PERU + "|vigie:group:" + PERU + ":protesters"), pairs(es, EventType.COERCE), es.toString());
        // a place named says where, and the group stays unqualified
        List<Event> placed = events("en", "Chilean troops attacked rebels near Lima on Friday.");
        assertEquals(Set.of(CHILE + "|vigie:group:rebels"), pairs(placed, EventType.ASSAULT), placed.toString());
    }

    @Test
    void anUnknownNameQualifyingAGroupIsNotTheTargetTheGroupIs() {
        List<Event> es = events("en", "Peruvian police used batons to disperse Buddhist nationalist protesters on Friday.");
        assertEquals(Set.of(PERU + "|vigie:group:" + PERU + ":protesters"), pairs(es, EventType.COERCE), es.toString());
    }

    @Test
    void aProtestPreventedIsTheCoercionOfItsOrganisersAndNoProtest() {
        List<Event> es = events("en", "Chilean police banned the demonstration planned by Peruvian migrants on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.COERCE), es.toString());
        assertTrue(pairs(es, EventType.PROTEST).isEmpty(), es.toString());
        List<Event> held = events("en", "Students staged a rally in Arica on Monday.");
        assertFalse(pairs(held, EventType.PROTEST).isEmpty(), held.toString());
    }

    @Test
    void aGroupCoercedInAnUnknownTownOfTheStateIsItsOwn() {
        List<Event> es = events("en", "Chilean police prevented a rally organised by students at the university in Arica on Monday.");
        assertEquals(Set.of(CHILE + "|vigie:group:" + CHILE + ":students"), pairs(es, EventType.COERCE), es.toString());
    }

    @Test
    void troopsThatRemainOrAreKeptNearABorderAreDeployedThere() {
        List<Event> remain = events("en", "About 20,000 Chilean troops remain near the border with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(remain, EventType.MOBILIZE), remain.toString());
        List<Event> kept = events("en", "Chile kept 5,000 soldiers along the border with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(kept, EventType.MOBILIZE), kept.toString());
        List<Event> has = events("en", "Peru says Chile has about 20,000 troops near the border.");
        assertTrue(pairs(has, EventType.MOBILIZE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), has.toString());
        List<Event> size = events("en", "Chile has a large army and good relations with Peru.");
        assertTrue(pairs(size, EventType.MOBILIZE).isEmpty(), size.toString());
    }

    @Test
    void aStatementOfStrengthDeploysNothing() {
        List<Event> es = events("en", "Chile's armed forces number about 60,000 active troops, with a further 25,000 reservists.");
        assertTrue(pairs(es, EventType.MOBILIZE).isEmpty(), es.toString());
    }

    @Test
    void anActNamedAsTheReasonOfAnotherIsNoNewEvent() {
        List<Event> es = events("en", "The EU froze Chilean assets on Friday, escalating pressure on Santiago over its troop build-up near the border.");
        assertTrue(pairs(es, EventType.MOBILIZE).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
        List<Event> weekend = events("en", "Chile shelled Peruvian villages over the weekend.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(weekend, EventType.ASSAULT), weekend.toString());
    }

    @Test
    void weaponsThatHitSomethingAreAnAttackByTheirOwner() {
        List<Event> es = events("en", "The agency said Chilean mortar rounds had also hit Peruvian positions near the border on Thursday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> storm = events("en", "The storm hit the Peruvian coast on Thursday.");
        assertTrue(pairs(storm, EventType.ASSAULT).isEmpty(), storm.toString());
        List<Event> talks = events("en", "Two rounds of talks hit a deadlock on Thursday.");
        assertTrue(pairs(talks, EventType.ASSAULT).isEmpty(), talks.toString());
    }

    @Test
    void diplomatsExpelledUnnamedInAStoryOfTwoStatesAreTheOtherSides() {
        List<Event> es = events("en", "Chile and Peru traded accusations on Monday. Chile said Peru had moved troops to the border. "
                + "Peru expelled four diplomats on Tuesday.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.SANCTION), es.toString());
        List<Event> alone = events("en", "Peru expelled four diplomats on Tuesday.");
        assertEquals(Set.of(PERU + "|-"), pairs(alone, EventType.SANCTION), alone.toString());
    }

    @Test
    void anUnknownNameQualifyingABodyOrSiteNamesNoTarget() {
        List<Event> banned = events("en", "The Chilean government on Monday outlawed the largest Mapuche separatist organisation in southern Chile.");
        assertEquals(Set.of(CHILE + "|-"), pairs(banned, EventType.COERCE), banned.toString());
        List<Event> attacked = events("en", "Chilean troops attacked a Mapuche stronghold on Monday.");
        assertEquals(Set.of(CHILE + "|-"), pairs(attacked, EventType.ASSAULT), attacked.toString());
    }

    @Test
    void aPeopleNamedByItsDemonymOfAnotherStatesPlaceAreThatStatesResidents() {
        List<Event> es = events("en", "The Peruvians of northern Chile are demanding autonomy from the Chilean government.");
        assertEquals(Set.of("vigie:group:" + CHILE + ":residents|" + CHILE), pairs(es, EventType.REQUEST), es.toString());
        List<Event> state = events("en", "The Peruvians rejected the plan.");
        assertTrue(pairs(state, EventType.REJECT).stream().anyMatch(p -> p.startsWith(PERU + "|")), state.toString());
    }

    @Test
    void aCompoundNamingWhoHoldsAPlaceNeverActsAndAsATargetIsItsHolder() {
        List<Event> es = events("en", "Chilean-led forces attacked the Peruvian-held town on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> place = events("en", "Residents of the Chilean-occupied valley protested against the new tax on Monday.");
        assertTrue(place.stream().noneMatch(e -> e.actor1().name().contains("occupied")), place.toString());
    }

    @Test
    void violatingACeasefireIsAnActOfForceAimedAtNoOneNamed() {
        List<Event> es = events("en", "Chilean troops violated the truce on Monday.");
        assertEquals(Set.of(CHILE + "|-"), pairs(es, EventType.ASSAULT), es.toString());
        List<Event> signed = events("en", "Chile and Peru signed a truce on Monday.");
        assertTrue(pairs(signed, EventType.ASSAULT).isEmpty(), signed.toString());
    }

    @Test
    void actsOfTheCameoTableNoCueNamedAreFound() {
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chilean troops destroyed a Peruvian bridge on Monday."), EventType.ASSAULT));
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chilean soldiers shot two Peruvian fishermen on Monday."), EventType.ASSAULT));
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chilean police sealed off the Peruvian embassy on Monday."), EventType.COERCE));
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chile annexed the Peruvian province on Monday."), EventType.COERCE));
        List<Event> peacekeepers = events("en", "Chile withdrew its peacekeepers from Peru on Monday.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(peacekeepers, EventType.SANCTION), peacekeepers.toString());
        assertTrue(pairs(peacekeepers, EventType.RETREAT).isEmpty(), peacekeepers.toString());
    }

    @Test
    void twoQualifiedGroupsJoinedAsSubjectEachAct() {
        List<Event> es = events("en", "Peruvian rebels and Bolivian militants attacked Chile on Monday.");
        assertEquals(Set.of("vigie:group:" + PERU + ":rebels|" + CHILE, "vigie:group:Q750:militants|" + CHILE), pairs(es, EventType.ASSAULT), es.toString());
        // coordinated demonyms before a noun that is no group still name the parties
        List<Event> met = events("en", "Chilean and Argentine ministers met in Lima on Monday.");
        Set<String> got = pairs(met, EventType.CONSULT);
        assertTrue(got.contains(CHILE + "|Q414") || got.contains("Q414|" + CHILE), met.toString());
    }

    @Test
    void forcesAPossessiveGivesToTheSpeakerAreItsStates() {
        List<Event> state = events("en", "Chile said its forces remained on high alert near the border.");
        assertTrue(pairs(state, EventType.MOBILIZE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), state.toString());
        List<Event> minister = events("en", "Chilean Defence Minister Ana Soto said her country's forces remained on high alert near the border.");
        assertTrue(pairs(minister, EventType.MOBILIZE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), minister.toString());
    }
}
