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
 * French subject pronouns standing for a state named in an earlier sentence (ev14fr).
 * Rule: in French "il"/"elle"/"ils"/"elles" also stand for a state or organisation whose name has the pronoun's
 * gender and number (told by its article, else by the name's ending: countries ending in a mute -e are feminine).
 */
class FrenchPronounsAndFormsTest {
    private static final String ITALY = "Q38", MALI = "Q912", FRANCE = "Q142", NETHERLANDS = "Q55", RUSSIA = "Q159",
            POLAND = "Q36", USA = "Q30", IRAN = "Q794";

    @Test
    void aFeminineStateIsTheAntecedentOfElle() {
        List<Event> e = events("fr", "La Pologne a fermé sa frontière lundi. Elle accuse la Russie d'ingérence.");
        assertEquals(Set.of(POLAND + "|" + RUSSIA), pairs(e, EventType.ACCUSE), e.toString());
        List<Event> elided = events("fr", "L'Italie a convoqué un diplomate mardi. Elle a aussi accusé la Russie d'espionnage.");
        assertEquals(Set.of(ITALY + "|" + RUSSIA), pairs(elided, EventType.ACCUSE), elided.toString());
    }

    @Test
    void aMasculineStateIsTheAntecedentOfIl() {
        List<Event> e = events("fr", "Le Mali a expulsé un diplomate lundi. Il a également accusé la France d'ingérence.");
        assertEquals(Set.of(MALI + "|" + FRANCE), pairs(e, EventType.ACCUSE), e.toString());
    }

    @Test
    void aPluralStateIsTheAntecedentOfIls() {
        List<Event> e = events("fr", "Les Pays-Bas ont convoqué un diplomate. Ils ont accusé la Russie d'espionnage.");
        assertEquals(Set.of(NETHERLANDS + "|" + RUSSIA), pairs(e, EventType.ACCUSE), e.toString());
        List<Event> us = events("fr", "Les États-Unis ont réuni leurs alliés. Ils ont aussi menacé l'Iran de frappes.");
        assertEquals(Set.of(USA + "|" + IRAN), pairs(us, EventType.THREATEN), us.toString());
    }

    @Test
    void aStateOfTheOtherGenderIsNoAntecedent() {
        List<Event> e = events("fr", "Le Mali a expulsé un diplomate lundi. Elle a accusé la France d'ingérence.");
        assertTrue(pairs(e, EventType.ACCUSE).stream().noneMatch(p -> p.startsWith(MALI)), e.toString());
    }
}
