package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/** Events whose actors are groups ("Syrian rebels", "les manifestants") or coordinated ("X, Y and Z met"). */
class GroupAndCoordinatedActorsTest {
    @Test
    void aGroupSubjectIsTheActorOfItsVerb() {
        List<Event> en = events("en", "Syrian rebels attacked Turkey on Monday.");
        assertEquals(Set.of("vigie:group:Q858:rebels|Q43"), pairs(en, EventType.ASSAULT), en.toString());
        List<Event> fr = events("fr", "Les rebelles syriens ont attaqué la Turquie lundi.");
        assertEquals(Set.of("vigie:group:Q858:rebels|Q43"), pairs(fr, EventType.ASSAULT), fr.toString());
    }

    @Test
    void aGroupNounThatIsAlsoATriggerIsTheGroupNotAnAct() {
        List<Event> en = events("en", "Police arrested 20 protesters in the capital on Monday.");
        assertTrue(en.stream().noneMatch(e -> e.type() == EventType.PROTEST), en.toString());
        assertEquals(Set.of("vigie:group:police|vigie:group:protesters"), pairs(en, EventType.COERCE), en.toString());
    }

    @Test
    void groupsWithCoordinatedQualifiersActEach() {
        List<Event> en = events("en", "German and Italian activists attacked the French embassy on Monday.");
        assertEquals(Set.of("vigie:group:Q183:activists|Q142", "vigie:group:Q38:activists|Q142"), pairs(en, EventType.ASSAULT), en.toString());
        List<Event> fr = events("fr", "Des militants allemands et italiens ont attaqué l'ambassade de France lundi.");
        assertEquals(Set.of("vigie:group:Q183:activists|Q142", "vigie:group:Q38:activists|Q142"), pairs(fr, EventType.ASSAULT), fr.toString());
        // a noun trigger too, the place as location
        List<Event> protest = events("en", "German and Italian activists staged a protest in Paris on Monday.");
        assertEquals(Set.of("vigie:group:Q183:activists|-", "vigie:group:Q38:activists|-"), pairs(protest, EventType.PROTEST), protest.toString());
    }

    @Test
    void aGroupNamedEarlierInTheSentenceIsNotTheSubjectOfALaterVerb() {
        List<Event> en = events("en", "Three civilians were killed when shells hit the outskirts of the town.");
        assertTrue(en.stream().noneMatch(e -> e.actor1() != null && e.actor1().entity().startsWith("vigie:group:")), en.toString());
    }

    @Test
    void aGroupAsThePassiveAgentActsOnTheSubject() {
        List<Event> en = events("en", "Germany was accused by protesters of hiding the report.");
        assertTrue(pairs(en, EventType.ACCUSE).contains("vigie:group:protesters|Q183"), en.toString());
    }

    @Test
    void aNounHeadingThePassiveSubjectIsTheAgentsActAimedAtItsComplement() {
        List<Event> en = events("en", "New evidence against Iran was shown by Germany on Monday.");
        assertEquals(Set.of("Q183|Q794"), pairs(en, EventType.ACCUSE), en.toString());
    }

    @Test
    void theOneReleasedOrArrestedIsNeverTheActorOfTheNoun() {
        List<Event> en = events("en", "The release of Germany's ambassador came on Monday.");
        assertTrue(en.stream().noneMatch(e -> e.type() == EventType.RETREAT), en.toString());
        List<Event> fr = events("fr", "L'arrestation de l'ambassadeur d'Allemagne a eu lieu lundi.");
        assertTrue(fr.stream().noneMatch(e -> e.actor1().entity().equals("Q183")), fr.toString());
    }

    @Test
    void threeStatesMeetingGiveOneMeetingPerPair() {
        List<Event> en = events("en", "Germany, France, and Italy met on Monday.");
        Set<String> got = pairs(en, EventType.CONSULT);
        assertEquals(3, got.size(), en.toString());
        for (String[] p : List.of(new String[]{"Q183", "Q142"}, new String[]{"Q183", "Q38"}, new String[]{"Q142", "Q38"})) {
            assertTrue(got.contains(p[0] + "|" + p[1]) || got.contains(p[1] + "|" + p[0]), got + " lacks " + String.join("-", p));
        }
    }

    @Test
    void coordinatedSubjectsOfAnActWithATargetEachGetTheEvent() {
        List<Event> en = events("en", "Germany and France accused Iran of lying.");
        assertEquals(Set.of("Q183|Q794", "Q142|Q794"), pairs(en, EventType.ACCUSE), en.toString());
        List<Event> fr = events("fr", "L'Allemagne et la France ont accusé l'Iran de mentir.");
        assertEquals(Set.of("Q183|Q794", "Q142|Q794"), pairs(fr, EventType.ACCUSE), fr.toString());
    }
}
