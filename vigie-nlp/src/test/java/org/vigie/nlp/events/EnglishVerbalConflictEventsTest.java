package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/** English demands, rejections, accusations, protests and threats: who acts, and toward whom. */
class EnglishVerbalConflictEventsTest {
    private static final String PERU = "Q419", CHILE = "Q298", SPAIN = "Q29", MOROCCO = "Q1028", CANADA = "Q16",
            ITALY = "Q38", EGYPT = "Q79";

    @Test
    void forceAnnouncedWithAFutureModalIsAThreatNotTheAct() {
        List<Event> es = events("en", "Peru will impose a curfew in the border provinces.");
        assertEquals(Set.of(PERU + "|-"), pairs(es, EventType.THREATEN), es.toString());
        assertTrue(pairs(es, EventType.COERCE).isEmpty(), es.toString());
        List<Event> reported = events("en", "Chile announced on Sunday that it will extend the night-time curfew in the north.");
        assertEquals(Set.of(CHILE + "|-"), pairs(reported, EventType.THREATEN), reported.toString());
        List<Event> attack = events("en", "Chile said it would attack Peru.");
        assertTrue(pairs(attack, EventType.THREATEN).contains(CHILE + "|" + PERU), attack.toString());
        assertTrue(pairs(attack, EventType.ASSAULT).isEmpty(), attack.toString());
    }

    @Test
    void aFutureBeforeAnActOfNoForceStaysWhatItWas() {
        List<Event> es = events("en", "Chile imposed a curfew in the border provinces.");
        assertEquals(Set.of(CHILE + "|-"), pairs(es, EventType.COERCE), es.toString());
        assertTrue(pairs(events("en", "Chile said it would withdraw its troops from Peru."), EventType.THREATEN).isEmpty());
    }

    @Test
    void aDemandedActNamesTheOneAskedBeforeThePlace() {
        List<Event> es = events("en", "Canada demanded the withdrawal of the Spanish troops from Morocco.");
        assertEquals(Set.of(CANADA + "|" + SPAIN), pairs(es, EventType.REQUEST), es.toString());
        List<Event> bare = events("en", "Canada demanded the withdrawal of Spanish troops from Morocco.");
        assertEquals(Set.of(CANADA + "|" + SPAIN), pairs(bare, EventType.REQUEST), bare.toString());
    }

    @Test
    void aRejectedProposalQualifiedByAStateIsThatStates() {
        List<Event> es = events("en", "Canada rejected a Spanish plan for talks with Morocco.");
        assertEquals(Set.of(CANADA + "|" + SPAIN), pairs(es, EventType.REJECT), es.toString());
        List<Event> opposed = events("en", "Canada is opposed to Spanish mediation in its talks with Morocco.");
        assertEquals(Set.of(CANADA + "|" + SPAIN), pairs(opposed, EventType.REJECT), opposed.toString());
    }

    @Test
    void aRenewedCallOnSomeoneIsADemandAndWhatItAsksIsNotDone() {
        List<Event> es = events("en", "Italy renewed its call on Egypt to release the detained journalists.");
        assertEquals(Set.of(ITALY + "|" + EGYPT), pairs(es, EventType.REQUEST), es.toString());
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
        List<Event> demand = events("en", "Italy repeated its demand that Egypt free the detained journalists.");
        assertEquals(Set.of(ITALY + "|" + EGYPT), pairs(demand, EventType.REQUEST), demand.toString());
        assertTrue(pairs(demand, EventType.RETREAT).isEmpty(), demand.toString());
    }

    @Test
    void pressureOnSomeoneToActIsADemand() {
        List<Event> es = events("en", "Spanish officials have been pressuring the government of Morocco to reopen the border.");
        assertEquals(Set.of(SPAIN + "|" + MOROCCO), pairs(es, EventType.REQUEST), es.toString());
        assertEquals(Set.of(CANADA + "|" + PERU), pairs(events("en", "Canada is pushing hard for Peru to back its plan."), EventType.REQUEST));
    }

    @Test
    void pushingForSomethingWithNoOneAskedIsNoDemand() {
        List<Event> es = events("en", "The Canadian envoy arrived in Lima on a trip aimed at pushing for a truce.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void aGrievanceReportedAfterTheClauseIsTheReportersAccusationOfWhomTheClauseNames() {
        List<Event> es = events("en", "The Chilean police are mistreating migrants from Peru, Spain charged on Monday.");
        assertEquals(Set.of(SPAIN + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
        List<Event> protest = events("en", "Chilean authorities are failing to protect refugees from Peru, Spain protested on Friday.");
        assertEquals(Set.of(SPAIN + "|" + CHILE), pairs(protest, EventType.ACCUSE), protest.toString());
        assertTrue(pairs(protest, EventType.PROTEST).isEmpty(), protest.toString());
    }

    @Test
    void aGrievanceReportedByNoNamedActorIsNoOnesEvent() {
        // (a rights group is a group actor since ent11: an eyewitness is still no one's)
        List<Event> es = events("en", "The Chilean police are mistreating migrants from Peru, an eyewitness charged on Monday.");
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.PROTEST).isEmpty(), es.toString());
    }

    @Test
    void aProtestVerbOpeningTheSentenceIsStillAProtest() {
        List<Event> es = events("en", "Thousands of Chilean students protested in Santiago on Monday, blocking the main avenues.");
        assertFalse(pairs(es, EventType.PROTEST).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.ACCUSE).isEmpty(), es.toString());
    }

    @Test
    void anObligationPutOnTheOneAddressedIsADemandToItAndItsActIsNotDone() {
        List<Event> es = events("en", "Spain issued a firm reminder on Monday to Morocco that it must cooperate fully with the auditors.");
        assertEquals(Set.of(SPAIN + "|" + MOROCCO), pairs(es, EventType.REQUEST), es.toString());
        assertTrue(pairs(es, EventType.COOPERATE).isEmpty(), es.toString());
        List<Event> lift = events("en", "The Spanish government declared on Tuesday that Morocco must lift its tariffs on fish.");
        assertEquals(Set.of(SPAIN + "|" + MOROCCO), pairs(lift, EventType.REQUEST), lift.toString());
        assertTrue(pairs(lift, EventType.RETREAT).isEmpty(), lift.toString());
    }

    @Test
    void aSpeakerNamedOnlyByTheStateAdjectiveOfItsTitleSpeaksForThatState() {
        List<Event> es = events("en", "A senior Spanish minister said that Morocco must hand over the suspects.");
        assertEquals(Set.of(SPAIN + "|" + MOROCCO), pairs(es, EventType.REQUEST), es.toString());
        List<Event> again = events("en", "A senior Spanish minister reiterated that Morocco must hand over the suspects.");
        assertEquals(Set.of(SPAIN + "|" + MOROCCO), pairs(again, EventType.REQUEST), again.toString());
    }

    @Test
    void aSpeakerObligingItselfMakesNoDemand() {
        List<Event> es = events("en", "Spain said that it must protect its fishermen.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void unnamedProtestersAreThePeopleOfThePlaceTheyProtestIn() {
        List<Event> es = events("en", "Thousands of people blocked streets in Peru in defiance of the Chilean government.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.PROTEST), es.toString());
        List<Event> bare = events("en", "Thousands of people blocked streets in Peru in defiance of Chilean authorities.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(bare, EventType.PROTEST), bare.toString());
    }

    @Test
    void whoeverDidWhatIsProtestedIsTheTargetNotTheProtester() {
        List<Event> es = events("en", "Thousands of people marched in Peru to protest the new tariffs imposed by Chile.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.PROTEST), es.toString());
    }

    @Test
    void aThreatenedMeasureIsItsAnnouncersEvenWithFightingBetweenOthersNamedAfter() {
        List<Event> es = events("en", "Peru announced that it is prepared to impose martial law as fighting raged between the Chilean army and Spanish volunteers.");
        assertFalse(pairs(es, EventType.THREATEN).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.THREATEN).stream().allMatch(p -> p.startsWith(PERU + "|")), es.toString());
    }

    @Test
    void theActAProtestIsAboutIsNotTheProtestersOwn() {
        List<Event> es = events("en", "Peruvian lawmakers staged a walkout to protest the visit of the Chilean president.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        assertEquals(Set.of("vigie:group:" + PERU + ":lawmakers|" + CHILE), pairs(es, EventType.PROTEST), es.toString());
    }

    @Test
    void callingUponRulingOutAndLashingOutAreDemandsRejectionsAndAccusations() {
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chile called upon Peru to free the fishermen."), EventType.REQUEST));
        List<Event> ruled = events("en", "Chile ruled out talks with Peru.");
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(ruled, EventType.REJECT), ruled.toString());
        assertTrue(pairs(ruled, EventType.CONSULT).isEmpty(), ruled.toString());
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(events("en", "Peru lashed out at Chile over the border incident."), EventType.ACCUSE));
    }

    @Test
    void aThreatIsAimedAtTheTargetOfWhatItThreatensOrAtWhoeverItsConditionNames() {
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chile threatened to expel the ambassador of Peru."), EventType.THREATEN));
        assertEquals(Set.of(CHILE + "|" + PERU),
                pairs(events("en", "Chile warned that it would respond with force if Peru crossed the river."), EventType.THREATEN));
    }

    @Test
    void aComplaintOrAProtestLodgedWithAGovernmentIsAnAccusationNotADemonstration() {
        List<Event> es = events("en", "Peru lodged a formal protest with Chile over the incident.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.ACCUSE), es.toString());
        assertTrue(pairs(es, EventType.PROTEST).isEmpty(), es.toString());
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(events("en", "Peru filed a complaint against Chile at the United Nations."), EventType.ACCUSE));
    }

    @Test
    void aWarningOfWhatMayHappenThreatensNoOne() {
        assertTrue(pairs(events("en", "Chile warned of heavy rain in the south on Monday."), EventType.THREATEN).isEmpty());
        assertTrue(pairs(events("en", "The Chilean central bank warned that prices would rise."), EventType.THREATEN).isEmpty());
        assertEquals(Set.of(CHILE + "|" + PERU), pairs(events("en", "Chile warned Peru against any incursion."), EventType.THREATEN));
    }

    @Test
    void aGroupOfPeopleDuringAProtestIsItsProtesterButStateAgentsAreNot() {
        List<Event> es = events("en", "Peruvian students threw stones during demonstrations against the raids by the Chilean army.");
        assertEquals(Set.of("vigie:group:" + PERU + ":students|" + CHILE), pairs(es, EventType.PROTEST), es.toString());
        List<Event> police = events("en", "Peruvian police fired tear gas during a demonstration against the Chilean tariffs.");
        assertTrue(pairs(police, EventType.PROTEST).isEmpty(), police.toString());
    }

    @Test
    void whatFollowsAProtestVerbIsWhatIsProtestedNotTheProtester() {
        List<Event> es = events("en", "Thousands of people marched in Peru to protest the Chilean tariffs.");
        assertTrue(pairs(es, EventType.PROTEST).stream().noneMatch(p -> p.startsWith(CHILE + "|")), es.toString());
    }

    @Test
    void protestersNamedByTheirPeopleAreThatPeoplesState() {
        List<Event> es = events("en", "Thousands of Peruvians gathered on Monday for a rally in Lima to protest the tariffs imposed by Chile.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(es, EventType.PROTEST), es.toString());
    }

    @Test
    void aPeoplePlacedInAnotherStateActsAsPeopleOfThatState() {
        List<Event> es = events("en", "Ethnic Peruvians in northern Chile are demanding autonomy from the Chilean government.");
        // Chile's people: its residents' group, toward its own government
        assertEquals(Set.of("vigie:group:" + CHILE + ":residents|" + CHILE), pairs(es, EventType.REQUEST), es.toString());
        List<Event> home = events("en", "Peruvians demanded an apology from Chile.");
        assertEquals(Set.of(PERU + "|" + CHILE), pairs(home, EventType.REQUEST), home.toString());
    }

    @Test
    void walkoutsStrikesAndHungerStrikesAreProtests() {
        assertFalse(pairs(events("en", "Peruvian dockers are on strike against the Chilean port operator."), EventType.PROTEST).isEmpty());
        assertFalse(pairs(events("en", "Peruvian lawmakers staged a walkout in protest at the Chilean remarks."), EventType.PROTEST).isEmpty());
        assertFalse(pairs(events("en", "Twelve Peruvian students have been on hunger strike since May."), EventType.PROTEST).isEmpty());
    }

    @Test
    void aSanctionAnnouncedOnAConditionIsAThreatAndWithoutOneTheSanction() {
        List<Event> es = events("en", "Spain may halt its mediation between Chile and Peru if the fighting goes on.");
        assertFalse(pairs(es, EventType.THREATEN).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
        List<Event> plain = events("en", "Spain said it would suspend its aid to Peru.");
        assertTrue(pairs(plain, EventType.THREATEN).isEmpty(), plain.toString());
    }

    @Test
    void theAccuserOfAPassiveCanComeLastAfterACommaAndALongCharge() {
        List<Event> es = events("en",
                "The former mayor of Lima has been accused of diverting millions of dollars of public money, much of it sent abroad, by Chile.");
        assertTrue(pairs(es, EventType.ACCUSE).stream().anyMatch(p -> p.startsWith(CHILE + "|")), es.toString());
    }
}
