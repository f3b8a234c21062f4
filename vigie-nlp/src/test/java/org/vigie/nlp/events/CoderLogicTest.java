package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Coder logic as PETRARCH's unit tests exercise it (compound actors, agents, possessives, clauses), each rule with
 * sentences of our own.
 */
class CoderLogicTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ECUADOR = "Q736", GERMANY = "Q183",
            SERBIA = "Q403", RUSSIA = "Q159", MEXICO = "Q96", CUBA = "Q241", HAITI = "Q790", BRAZIL = "Q155",
            KENYA = "Q114", GHANA = "Q117", SPAIN = "Q29", NORWAY = "Q20", SWEDEN = "Q34", TURKEY = "Q43", GREECE = "Q41", ITALY = "Q38", FRANCE = "Q142", FINLAND = "Q33", TOGO = "Q945", EGYPT = "Q79", ISRAEL = "Q801", JORDAN = "Q810";

    @Test
    void eachPartyOfACoordinatedObjectIsATarget() {
        List<Event> es = events("en", "Chile condemned Peru, Bolivia and Ecuador on Tuesday.");
        assertTrue(targets(es, CHILE).containsAll(Set.of(PERU, BOLIVIA, ECUADOR)), es.toString());
        es = events("en", "Germany has accused Serbia and Russia of breaking the truce.");
        assertTrue(targets(es, GERMANY).containsAll(Set.of(SERBIA, RUSSIA)), es.toString());
        es = events("en", "Mexico will send food aid to Cuba and to Haiti, its foreign ministry said.");
        assertTrue(targets(es, MEXICO).contains(CUBA), es.toString());
        es = events("en", "Chile threatened Peru and Bolivia with sanctions.");
        assertTrue(targets(es, CHILE).containsAll(Set.of(PERU, BOLIVIA)), es.toString());
        es = events("en", "Mexico sent food aid to Cuba and Haiti last week.");
        assertTrue(targets(es, MEXICO).containsAll(Set.of(CUBA, HAITI)), es.toString());
    }

    @Test
    void eachPartyOfACoordinatedSubjectActsOnEachPartyOfACoordinatedObject() {
        List<Event> es = events("en", "Chile and Brazil condemned Peru and Bolivia on Friday.");
        assertTrue(targets(es, CHILE).containsAll(Set.of(PERU, BOLIVIA)), es.toString());
        assertTrue(targets(es, BRAZIL).containsAll(Set.of(PERU, BOLIVIA)), es.toString());
        es = events("en", "Germany and Mexico have criticised Serbia, Russia and Cuba.");
        assertTrue(targets(es, MEXICO).containsAll(Set.of(SERBIA, RUSSIA, CUBA)), es.toString());
        es = events("en", "Kenya and Haiti will accuse Chile and Peru of lying.");
        assertTrue(targets(es, HAITI).containsAll(Set.of(CHILE, PERU)), es.toString());
        es = events("en", "Chile and Brazil condemned Peru, Bolivia's neighbour.");
        assertEquals(Set.of(PERU), targets(es, BRAZIL), es.toString());
    }

    @Test
    void bothPartiesOfBetweenAreTargetsOfAnActOnTheirRelationsButAMediatorMeetsOne() {
        List<Event> es = events("en", "Chile welcomed the restoration of ties between Peru and Bolivia.");
        assertEquals(Set.of(PERU, BOLIVIA), targets(es, CHILE), es.toString());
        es = events("en", "Norway offered to mediate between Peru and Chile.");
        assertEquals(1, targets(es, NORWAY).size(), es.toString());
    }

    @Test
    void anAppositionAPossessiveOrANewClauseAfterTheObjectAddsNoTarget() {
        List<Event> es = events("en", "Brazil criticised Peru, Bolivia's ally, on Monday.");
        assertEquals(Set.of(PERU), targets(es, BRAZIL), es.toString());
        es = events("en", "Germany accused Serbia and Kenya's envoy left the talks.");
        assertFalse(targets(es, GERMANY).contains(KENYA), es.toString());
        es = events("en", "Germany accused Serbia, and Russia has denied the claim.");
        assertFalse(targets(es, GERMANY).contains(RUSSIA), es.toString());
        es = events("en", "Chile condemned Peru and Bolivia rejected the charge.");
        assertFalse(targets(es, CHILE).contains(BOLIVIA), es.toString());
    }

    @Test
    void adverbsBetweenAPassiveAuxiliaryAndItsParticipleKeepThePassive() {
        List<Event> es = events("en", "Chile was heavily and unjustly criticized over its border dispute with Peru.");
        assertTrue(targets(es, CHILE).isEmpty(), es.toString());
        es = events("en", "Ghana was strongly and repeatedly condemned by Kenya on Friday.");
        assertEquals(Set.of(GHANA), targets(es, KENYA), es.toString());
        es = events("en", "Spain has been bitterly and publicly accused by Mexico of hiding the report.");
        assertEquals(Set.of(SPAIN), targets(es, MEXICO), es.toString());
        es = events("en", "Norway was sharply and publicly denounced by Sweden.");
        assertEquals(Set.of(NORWAY), targets(es, SWEDEN), es.toString());
    }

    @Test
    void adverbsBeforeAnActiveVerbLeaveItsSubjectTheActor() {
        List<Event> es = events("en", "Chile sharply and repeatedly criticized Peru.");
        assertEquals(Set.of(PERU), targets(es, CHILE), es.toString());
    }

    @Test
    void aMeetingThatIsPostponedDidNotTakePlace() {
        for (String text : List.of("Chile and Peru have postponed their meeting after the floods.",
                "Ghana delayed the talks with Kenya by a week.",
                "The talks between Spain and Mexico were postponed.",
                "Norway has rescheduled its planned meeting with Sweden.")) {
            List<Event> es = events("en", text);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CONSULT), text + " " + es);
        }
    }

    @Test
    void aDelayNamedAsANounLeavesTheMeeting() {
        List<Event> es = events("en", "After the delay, the talks between Chile and Peru opened on Monday.");
        assertFalse(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
    }

    @Test
    void aStateNamedThroughOneOfItsBodiesIsAPartyOfACoordinatedSubject() {
        List<Event> es = events("en", "Chile and the government of Peru condemned Bolivia on Monday.");
        assertEquals(Set.of(BOLIVIA), targets(es, CHILE), es.toString());
        assertEquals(Set.of(BOLIVIA), targets(es, PERU), es.toString());
        es = events("en", "Kenya and the army of Ghana have accused Mexico of arming the rebels.");
        assertEquals(Set.of(MEXICO), targets(es, KENYA), es.toString());
        assertEquals(Set.of(MEXICO), targets(es, GHANA), es.toString());
        es = events("en", "Spain, Italy and the parliament of Greece criticised Turkey.");
        assertEquals(Set.of(TURKEY), targets(es, SPAIN), es.toString());
        assertEquals(Set.of(TURKEY), targets(es, GREECE), es.toString());
    }

    @Test
    void aNameAfterAnOfWithoutDeterminerIsNoPartyOfTheSubject() {
        List<Event> es = events("en", "Chile and supporters of Peru condemned Bolivia on Monday.");
        assertFalse(targets(es, CHILE).contains(BOLIVIA) && targets(es, PERU).contains(BOLIVIA), es.toString());
    }

    @Test
    void eachPartyOfACoordinatedSubjectMeetsThePartnerNamedAfterAMeetingNoun() {
        List<Event> es = events("en", "Spain and Italy welcome the resumption of talks with Greece.");
        assertEquals(Set.of(SPAIN + "|" + GREECE, ITALY + "|" + GREECE), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Chile and Peru are preparing for negotiations with Bolivia.");
        assertEquals(Set.of(CHILE + "|" + BOLIVIA, PERU + "|" + BOLIVIA), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Ghana and Kenya expect a meeting with Mexico next week.");
        assertEquals(Set.of(GHANA + "|" + MEXICO, KENYA + "|" + MEXICO), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void eachPartyOfACoordinatedSubjectActsWithThePartnerOfASymmetricVerb() {
        List<Event> es = events("en", "Norway and Sweden signed an agreement with Finland on Monday.");
        assertEquals(Set.of(NORWAY + "|" + FINLAND, SWEDEN + "|" + FINLAND), pairs(es, EventType.AGREE), es.toString());
        es = events("en", "Chile and Peru met with Bolivia on Monday.");
        assertEquals(Set.of(CHILE + "|" + BOLIVIA, PERU + "|" + BOLIVIA), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Ghana and Kenya have held talks with Mexico.");
        assertEquals(Set.of(GHANA + "|" + MEXICO, KENYA + "|" + MEXICO), pairs(es, EventType.CONSULT), es.toString());
    }

    @Test
    void everyPartyOfALongerSubjectListActsWithEveryPartnerAfterWith() {
        List<Event> es = events("en", "Ghana, Kenya and Togo agreed to cooperate with Mexico and Cuba.");
        for (String party : List.of(GHANA, KENYA, TOGO)) assertEquals(Set.of(MEXICO, CUBA), targets(es, party), es.toString());
        es = events("en", "Spain, Italy and Greece held talks with Turkey and Egypt on Monday.");
        for (String party : List.of(SPAIN, ITALY, GREECE)) assertEquals(Set.of(TURKEY, EGYPT), targets(es, party), es.toString());
    }

    @Test
    void withoutAPartnerAfterTheTriggerTheCoordinatedPartiesActWithEachOther() {
        List<Event> es = events("en", "Spain and Italy held talks in Rome on Monday.");
        assertEquals(Set.of(SPAIN + "|" + ITALY), pairs(es, EventType.CONSULT), es.toString());
        es = events("en", "Norway and Sweden signed an agreement on fishing.");
        assertEquals(Set.of(NORWAY + "|" + SWEDEN), pairs(es, EventType.AGREE), es.toString());
    }

    @Test
    void aConjunctOfACoordinatedSubjectMayCarryModifiers() {
        List<Event> es = events("en", "France, the reluctant Germany and a divided Italy condemned Turkey.");
        assertEquals(Set.of(TURKEY), targets(es, FRANCE), es.toString());
        assertEquals(Set.of(TURKEY), targets(es, GERMANY), es.toString());
        assertEquals(Set.of(TURKEY), targets(es, ITALY), es.toString());
        es = events("en", "Chile and an angry Peru have accused Bolivia of lying.");
        assertEquals(Set.of(BOLIVIA), targets(es, CHILE), es.toString());
        es = events("en", "Kenya and neighbouring Ghana criticised Mexico on Monday.");
        assertEquals(Set.of(MEXICO), targets(es, KENYA), es.toString());
    }

    @Test
    void aVerbBeforeANameIsNoModifierOfAConjunct() {
        List<Event> es = events("en", "Chile, which attacked Peru, was condemned by Bolivia.");
        assertFalse(targets(es, PERU).contains(CHILE), es.toString());
        es = events("en", "In Lima, the president Dina Boluarte condemned Chile.");
        assertTrue(targets(es, PERU).isEmpty(), "a title before a person is no modifier " + es);
        es = events("en", "Rebels who attacked Peru and Bolivia were condemned by Chile.");
        assertTrue(targets(es, PERU).isEmpty() && targets(es, BOLIVIA).isEmpty(), es.toString());
    }

    @Test
    void aPartyAddedBetweenCommasByAPhraseOfAccompanimentIsPartOfTheSubject() {
        List<Event> es = events("en", "Norway, together with Sweden, condemned Russia.");
        assertEquals(Set.of(RUSSIA), targets(es, NORWAY), es.toString());
        assertEquals(Set.of(RUSSIA), targets(es, SWEDEN), es.toString());
        es = events("en", "Chile, as well as Peru, criticised Bolivia on Monday.");
        assertEquals(Set.of(BOLIVIA), targets(es, CHILE), es.toString());
        assertEquals(Set.of(BOLIVIA), targets(es, PERU), es.toString());
        es = events("en", "Israel and Jordan, along with Egypt, signed the accord.");
        Set<String> agree = pairs(es, EventType.AGREE);
        assertTrue(agree.stream().anyMatch(p -> p.contains(EGYPT)), es.toString());
    }

    @Test
    void aNameInAnotherCommaPhraseIsNoPartyOfTheSubject() {
        List<Event> es = events("en", "Norway, angry with Sweden, condemned Russia.");
        assertFalse(targets(es, SWEDEN).contains(RUSSIA), es.toString());
    }

    @Test
    void eachPartyOfACoordinatedPassiveAgentActsOnTheSubject() {
        List<Event> es = events("en", "Chile has been accused by Peru and Bolivia of spying.");
        assertEquals(Set.of(CHILE), targets(es, PERU), es.toString());
        assertEquals(Set.of(CHILE), targets(es, BOLIVIA), es.toString());
        es = events("en", "Ghana's proposal was rejected by Kenya, Togo and Mexico.");
        for (String party : List.of(KENYA, TOGO, MEXICO)) assertEquals(Set.of(GHANA), targets(es, party), es.toString());
        es = events("en", "Spain was sharply criticised by Italy and Greece on Monday.");
        assertEquals(Set.of(SPAIN), targets(es, GREECE), es.toString());
        es = events("en", "Chile was condemned by Peru and Bolivia rejected the charge.");
        assertFalse(targets(es, BOLIVIA).contains(CHILE), es.toString());
        es = events("en", "Chile has apologised to Peru over the islands, claimed by Chile and Bolivia.");
        assertFalse(targets(es, BOLIVIA).contains(PERU), "the agent of another participle " + es);
    }

    @Test
    void eachPartyOfACoordinatedPassiveSubjectIsActedUpon() {
        List<Event> es = events("en", "Chile and Peru were condemned by Bolivia.");
        assertEquals(Set.of(CHILE, PERU), targets(es, BOLIVIA), es.toString());
        es = events("en", "Norway, Sweden and Finland have been criticised by Russia.");
        assertEquals(Set.of(NORWAY, SWEDEN, FINLAND), targets(es, RUSSIA), es.toString());
        es = events("en", "Ghana and Kenya were accused by Togo of harbouring rebels.");
        assertEquals(Set.of(GHANA, KENYA), targets(es, TOGO), es.toString());
    }

    @Test
    void coordinatedStatesQualifyingOneAgentNounAreEachAParty() {
        List<Event> es = events("en", "The Chilean and Peruvian governments condemned Bolivia.");
        assertEquals(Set.of(BOLIVIA), targets(es, CHILE), es.toString());
        assertEquals(Set.of(BOLIVIA), targets(es, PERU), es.toString());
        es = events("en", "Chile's and Peru's foreign ministers criticised Bolivia on Monday.");
        assertEquals(Set.of(BOLIVIA), targets(es, CHILE), es.toString());
        assertEquals(Set.of(BOLIVIA), targets(es, PERU), es.toString());
        es = events("en", "Kenyan and Ghanaian officials have accused Togo of smuggling.");
        assertEquals(Set.of(TOGO), targets(es, KENYA), es.toString());
        assertEquals(Set.of(TOGO), targets(es, GHANA), es.toString());
    }

    @Test
    void aStateBeforeAnAgentNounWithoutCoordinationIsTheOnlyParty() {
        List<Event> es = events("en", "Chile said Peruvian officials criticised Bolivia.");
        assertFalse(targets(es, CHILE).contains(BOLIVIA), es.toString());
    }

    @Test
    void condemningAnActReportedEarlierInTheSentenceTargetsItsActor() {
        List<Event> es = events("en", "After Peru attacked Bolivia, Chile condemned the attack.");
        assertEquals(Set.of(PERU), targets(es, CHILE), es.toString());
        es = events("en", "Ghana shelled a village in Togo on Monday and Kenya denounced the attack.");
        assertEquals(Set.of(GHANA), targets(es, KENYA), es.toString());
        es = events("en", "Italy bombed a port in Greece, and Spain has condemned this bombing.");
        assertEquals(Set.of(ITALY), targets(es, SPAIN), es.toString());
    }

    @Test
    void condemningAnActWithNoEarlierReportLeavesNoTarget() {
        List<Event> es = events("en", "Chile condemned the attack on Monday.");
        assertTrue(targets(es, CHILE).isEmpty(), es.toString());
    }

    @Test
    void partiesOfACoordinatedSubjectActingOnEachOtherActBothWays() {
        List<Event> es = events("en", "Chile and Peru accused each other of violating the truce.");
        assertEquals(Set.of(PERU), targets(es, CHILE), es.toString());
        assertEquals(Set.of(CHILE), targets(es, PERU), es.toString());
        es = events("en", "Ghana, Kenya and Togo have criticised one another.");
        assertEquals(Set.of(KENYA, TOGO), targets(es, GHANA), es.toString());
        es = events("en", "Spain and Italy threatened each other with sanctions on Monday.");
        assertEquals(Set.of(ITALY), targets(es, SPAIN), es.toString());
        assertEquals(Set.of(SPAIN), targets(es, ITALY), es.toString());
    }

    @Test
    void aSingleSubjectWithAReciprocalWordGetsNoPartner() {
        List<Event> es = events("en", "Chile accused rebels who attacked each other of lying.");
        assertTrue(es.stream().noneMatch(e -> e.actor2() != null && e.actor1() != null && e.actor2().entity().equals(CHILE)), es.toString());
    }

    @Test
    void aFloatingQuantifierOrAnAdverbBetweenACoordinatedSubjectAndItsVerbKeepsEveryParty() {
        List<Event> es = events("en", "Chile, Peru, and Bolivia have all condemned Ecuador.");
        for (String party : List.of(CHILE, PERU, BOLIVIA)) assertEquals(Set.of(ECUADOR), targets(es, party), es.toString());
        es = events("en", "Chile and Peru have strongly condemned Bolivia.");
        assertTrue(targets(es, CHILE).contains(BOLIVIA) && targets(es, PERU).contains(BOLIVIA), es.toString());
        es = events("en", "Ghana and Kenya each criticised Togo on Monday.");
        assertEquals(Set.of(TOGO), targets(es, GHANA), es.toString());
    }

    @Test
    void aQuantifierAfterAnObjectIsNoSubjectParty() {
        List<Event> es = events("en", "Chile said Peru all but condemned Bolivia.");
        assertFalse(targets(es, CHILE).contains(BOLIVIA), es.toString());
    }

    @Test
    void aSubjectNegatedByNeitherNorActsInNoneOfItsParties() {
        for (String text : List.of("Neither Chile nor Peru condemned Bolivia.", "Neither Ghana nor Kenya has criticised Togo.",
                "Neither Spain nor Italy threatened Greece on Monday.")) {
            List<Event> es = events("en", text);
            assertTrue(es.stream().allMatch(Event::negated), text + " " + es);
        }
    }

    @Test
    void aNameNegatedInAnAsideBeforeTheVerbLeavesTheVerbAffirmed() {
        List<Event> es = events("en", "Chile, not Peru, condemned Bolivia.");
        assertTrue(es.stream().anyMatch(e -> e.actor1().entity().equals(CHILE) && !e.negated()), es.toString());
        es = events("en", "Chile did not condemn Bolivia.");
        assertTrue(es.stream().allMatch(Event::negated), es.toString());
    }

    private static Set<String> targets(List<Event> es, String actor) {
        Set<String> out = new HashSet<>();
        for (Event e : es) if (e.actor1() != null && e.actor1().entity().equals(actor) && e.actor2() != null) out.add(e.actor2().entity());
        return out;
    }
}
