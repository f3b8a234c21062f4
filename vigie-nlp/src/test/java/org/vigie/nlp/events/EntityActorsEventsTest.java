package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Actors the entity layer gives the events since ent11: non-governmental bodies named by a common noun, a people
 * named by its plural demonym after a preposition, a known state's armed forces named in French.
 */
class EntityActorsEventsTest {
    private static final String KENYA = "Q114", UGANDA = "Q1036", BOLIVIA = "Q750";

    @Test
    void aRightsGroupReportingAGrievanceAccusesWhomTheClauseNames() {
        List<Event> es = events("en", "Ugandan police are beating detainees in the north, a human rights group charged on Tuesday.");
        assertTrue(pairs(es, EventType.ACCUSE).contains("vigie:group:rights-groups|" + UGANDA), es.toString());
    }

    @Test
    void bodiesNamedByACommonNounActInEitherOrderAndLanguage() {
        List<Event> en = events("en", "Aid agencies in Kenya condemned the expulsion of the camp's doctors.");
        assertTrue(pairs(en, EventType.ACCUSE).stream().anyMatch(p -> p.startsWith("vigie:group:" + KENYA + ":aid-agencies|")), en.toString());
        List<Event> fr = events("fr", "Des ONG kényanes ont dénoncé mardi l'expulsion des médecins du camp.");
        assertTrue(pairs(fr, EventType.ACCUSE).stream().anyMatch(p -> p.startsWith("vigie:group:" + KENYA + ":ngos|")), fr.toString());
    }

    @Test
    void aPeopleNamedByItsPluralDemonymAfterAPrepositionIsThatStatesActor() {
        List<Event> en = events("en", "Thousands of Kenyans from across the country protested on Saturday against the new tax.");
        assertTrue(pairs(en, EventType.PROTEST).stream().anyMatch(p -> p.startsWith(KENYA)), en.toString());
        List<Event> fr = events("fr", "Des milliers de Kényans venus de tout le pays ont manifesté samedi contre la taxe.");
        assertTrue(pairs(fr, EventType.PROTEST).stream().anyMatch(p -> p.startsWith(KENYA)), fr.toString());
    }

    @Test
    void theFrenchArmedForcesOfAKnownStateActAsThatState() {
        List<Event> es = events("fr", "Les forces armées boliviennes ont arrêté trois militants mardi.");
        assertTrue(es.stream().anyMatch(e -> e.actor1().entity().equals(BOLIVIA)), es.toString());
    }

    @Test
    void bodiesActAsSubjectsOfOtherVerbsAndTenses() {
        List<Event> urged = events("en", "Rights groups urged Kenya to release the detained activists.");
        assertEquals(java.util.Set.of("vigie:group:rights-groups|" + KENYA), pairs(urged, EventType.REQUEST), urged.toString());
        List<Event> fr = events("fr", "Une association de défense des droits de l'homme a condamné l'arrestation de l'opposant ougandais.");
        assertTrue(pairs(fr, EventType.ACCUSE).contains("vigie:group:rights-groups|" + UGANDA), fr.toString());
        List<Event> placed = events("en", "A watchdog in Kenya has criticised the electoral commission.");
        assertFalse(placed.isEmpty());
        assertTrue(placed.stream().allMatch(e -> e.actor1().entity().equals("vigie:group:" + KENYA + ":watchdogs")), placed.toString());
    }
}
