package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Events no one did in the sentence, by general cause: each rule with three sentences of our own that vary the
 * construction, and one where the event must stay.
 */
class FalseEventsTest {
    private static final String CHILE = "Q298", PERU = "Q419";

    @Test
    void aNounOfAnActAfterAWordOfWhatAlreadyHappenedOnlyDatesTheReportedAct() {
        List<Event> es = events("en", "Chile and Peru signed a fisheries accord on Tuesday, two days after the talks in Lima.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "\"Nothing is settled,\" the Norwegian minister told reporters after the meeting between Chile and Peru.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "Peru expelled two Chilean diplomats following their meeting with Bolivian rebels.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.SANCTION).isEmpty(), es.toString());
    }

    @Test
    void aDefiniteNounOfAnActAfterAPrepositionOfTimeReferenceIsNoEventInFrenchEither() {
        List<Event> es = events("fr", "« Rien n'est réglé », a déclaré le ministre norvégien aux journalistes après la réunion entre le Chili et le Pérou.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("fr", "Le Kenya a fermé sa frontière depuis l'invasion ougandaise de mars.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        // an indefinite noun introduces the act
        es = events("fr", "Le Chili a retiré ses navires du détroit après des discussions avec le Pérou.");
        assertTrue(pairs(es, EventType.CONSULT).contains(CHILE + "|" + PERU), es.toString());
    }

    @Test
    void aMeetingThatIsTheSentencesOwnActStaysWhateverTimeWordFollowsOrPrecedesIt() {
        List<Event> es = events("en", "The talks between Chile and Peru opened in Lima after a week of delays.");
        assertTrue(pairs(es, EventType.CONSULT).contains(CHILE + "|" + PERU), es.toString());
        es = events("en", "Two days after the storm, talks between Chile and Peru resumed in Lima.");
        assertTrue(pairs(es, EventType.CONSULT).contains(CHILE + "|" + PERU), es.toString());
        // a bare or indefinite noun after "after" introduces the act instead of referring back to it
        es = events("en", "Chile pulled its warships back from the strait after talks with Peru.");
        assertTrue(pairs(es, EventType.CONSULT).contains(CHILE + "|" + PERU), es.toString());
    }

    @Test
    void aQuoteOfSeveralSentencesRepeatingADenialJustReportedIsThatDenialNotASecondOne() {
        List<Event> es = events("en", "The Chilean government denied any plan to invade. \"Chile has no intention of attacking anyone. "
                + "These are routine drills,\" Chilean government spokesman Pablo Rojas told reporters in Santiago.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
        es = events("en", "The Peruvian presidency rejected any plan to attack Bolivia. \"Peru threatens nobody. Our troops are "
                + "training. That is all,\" Peruvian presidential spokeswoman Ana Ruiz said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
        // a spokesman the text ties to no state, quoted right after his side's denial
        es = events("en", "The Bolivian army denied any incursion. \"Our soldiers threaten no one. They stayed on our side,\" army spokesman Luis Vega said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
        es = events("en", "Ghana denied sending troops. \"We have no plans to attack Togo. None at all,\" Ghanaian army spokesman Kofi Mensah said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
    }

    @Test
    void aQuotedDenialTheTextHasNotReportedBeforeIsTheSpeakersDenial() {
        List<Event> es = events("en", "\"Kenya will not attack Uganda. We want peace,\" Kenyan Foreign Minister John Otieno said on Friday.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.REJECT).count(), es.toString());
        // a quote inside a sentence of its own speaker is that speaker's own act, whatever was reported before it
        es = events("en", "Peru turned the proposal down. Minister Luis Vega later told reporters that Peru \"will attack no one\".");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.REJECT && e.actor1().name().contains("Vega")), es.toString());
    }

    @Test
    void theDemandAPartyYieldsToIsTheConcessionsObjectNotARequestOfItsOwn() {
        List<Event> es = events("en", "Peru has conceded at last to demands from Chile to reopen the border.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
        assertTrue(pairs(es, EventType.CONCEDE).contains(PERU + "|" + CHILE), es.toString());
        es = events("en", "Bolivia bowed to Ecuador's demands and reopened the crossing.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
        assertFalse(pairs(es, EventType.CONCEDE).isEmpty(), es.toString());
        es = events("en", "Kenya yielded to the demands of Ugandan truckers on Friday.");
        assertTrue(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void aDemandMadeInAClauseOfItsOwnAfterAConcessionStaysARequest() {
        List<Event> es = events("en", "Chile conceded defeat in the vote on Monday, but it demanded that Peru reopen the border.");
        assertFalse(pairs(es, EventType.REQUEST).isEmpty(), es.toString());
    }

    @Test
    void releasingAStatementAReportOrPicturesFreesNoOne() {
        List<Event> es = events("en", "Chile released a statement on Monday criticising Peru.");
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
        es = events("en", "The Kenyan army released a report on the clashes with Uganda on Friday.");
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
        es = events("en", "Norway has released new satellite pictures of Chilean tanks near Peru.");
        assertTrue(pairs(es, EventType.RETREAT).isEmpty(), es.toString());
    }

    @Test
    void releasingPeopleStaysARelease() {
        List<Event> es = events("en", "Chile released the detained Peruvian fishermen on Monday.");
        assertTrue(pairs(es, EventType.RETREAT).contains(CHILE + "|" + PERU), es.toString());
    }
}
