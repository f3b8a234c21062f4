package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead11): with no target named, an act of force whose clause names a state by a common noun ("across the
 * country", "in the north of the nation") is aimed at the state the story sets against the actor: the other side of
 * a two-state story, else the one other state the text names. The actor's own country is never its target.
 */
class CountryNounTargetsTest {
    private static final String RUSSIA = "Q159", UKRAINE = "Q212", ETHIOPIA = "Q115", ERITREA = "Q986", SERBIA = "Q403";

    private static Set<String> of(EventType type, String text) {
        return pairs(events("en", text), type);
    }

    @Test
    void theCountryStruckIsTheOtherStateTheSentenceNames() {
        assertEquals(Set.of(RUSSIA + "|" + UKRAINE),
                of(EventType.ASSAULT, "Russian drones hit substations across the country overnight, Ukraine's grid operator said."));
        assertEquals(Set.of(ETHIOPIA + "|" + ERITREA),
                of(EventType.ASSAULT, "Ethiopia shelled border posts in the north of the country, the Eritrean information minister said."));
        assertEquals(Set.of(RUSSIA + "|" + UKRAINE),
                of(EventType.ASSAULT, "Moscow fired cruise missiles at railway depots across the entire country, Ukraine's military said."));
    }

    @Test
    void theCountryIsTheOtherSideOfATwoStateStory() {
        String story = "Serbia and Kosovo traded accusations on Monday. Kosovo said Serbia was arming militants. "
                + "Serbia denied it. Serbian troops later shelled villages in the east of the country.";
        assertTrue(of(EventType.ASSAULT, story).contains(SERBIA + "|Q1246"));
    }

    @Test
    void theActorsOwnCountryOrAnUnclearOneIsNoTarget() {
        assertTrue(of(EventType.ASSAULT, "The Ethiopian army shelled rebel positions across the country.").stream()
                .noneMatch(p -> p.endsWith("|" + ETHIOPIA)), "the actor's own country");
        assertTrue(of(EventType.ASSAULT, "Ethiopia shelled towns across the country, Eritrea and Sudan said.").stream()
                .noneMatch(p -> p.endsWith("|" + ERITREA) || p.endsWith("|Q1049")), "two other states: unclear");
    }
}
