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
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ECUADOR = "Q736", KENYA = "Q114",
            GHANA = "Q117", NORWAY = "Q20", SWEDEN = "Q34";

    @Test
    void aNounOfAnActAfterAWordOfWhatAlreadyHappenedOnlyDatesTheReportedAct() {
        List<Event> es = events("en", "Chile and Peru signed a fisheries accord on Tuesday, two days after the talks in Lima.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "Bolivia recalled its ambassador from Ecuador on Friday, a week after Ecuador's raid on a border post.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        es = events("en", "Kenya has kept 3,000 troops on the border since last year's Ghanaian invasion.");
        assertTrue(pairs(es, EventType.ASSAULT).isEmpty(), es.toString());
        es = events("en", "Peru expelled two Chilean diplomats following their meeting with Bolivian rebels.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
        es = events("en", "Following the meeting between the Norwegian and Swedish envoys, Norway pledged more aid to Kenya.");
        assertTrue(pairs(es, EventType.CONSULT).isEmpty(), es.toString());
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
}
