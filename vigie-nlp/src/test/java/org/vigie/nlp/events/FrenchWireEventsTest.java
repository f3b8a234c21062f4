package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/** French cues of the second wire-style round: imposed sanctions, vetoes and blocks, planned visits, tear gas, counts. */
class FrenchWireEventsTest {
    private static final String CANADA = "Q16", CHILE = "Q298", PERU = "Q419", JAPAN = "Q17";

    @Test
    void sanctionsImposedOnAStatesOfficialsAreASanctionOfThatState() {
        List<Event> fr = events("fr", "Le Canada a imposé des sanctions à deux ministres péruviens.");
        assertEquals(Set.of(CANADA + "|" + PERU), pairs(fr, EventType.SANCTION), fr.toString());
        List<Event> plural = events("fr", "Le Chili et le Canada imposent des sanctions au Pérou.");
        assertTrue(pairs(plural, EventType.SANCTION).contains(CANADA + "|" + PERU), plural.toString());
    }

    @Test
    void aVetoOrABlockOnAPlanIsARejection() {
        List<Event> veto = events("fr", "Le Japon a opposé son veto à la résolution présentée par le Chili.");
        assertEquals(1, veto.stream().filter(e -> e.type() == EventType.REJECT && e.actor1().entity().equals(JAPAN)).count(), veto.toString());
        List<Event> block = events("fr", "Le Pérou a bloqué l'adoption du budget commun avec le Chili.");
        assertTrue(block.stream().anyMatch(e -> e.type() == EventType.REJECT && e.actor1().entity().equals(PERU)), block.toString());
    }

    @Test
    void aBlockedRoadIsNoRejection() {
        List<Event> road = events("fr", "Des agriculteurs péruviens ont bloqué la route près de Lima.");
        assertTrue(road.stream().noneMatch(e -> e.type() == EventType.REJECT), road.toString());
    }

    @Test
    void aVisitAnnouncedWithAModalIsAVisit() {
        List<Event> fr = events("fr", "Le président chilien Gabriel Boric doit se rendre au Pérou la semaine prochaine.");
        assertTrue(fr.stream().anyMatch(e -> e.type() == EventType.CONSULT && "visit".equals(e.mode())), fr.toString());
    }

    @Test
    void tearGasFiredAtProtestersIsCoercionNotAnAttack() {
        List<Event> fr = events("fr", "La police chilienne a tiré des gaz lacrymogènes sur des étudiants à Santiago.");
        assertTrue(fr.stream().anyMatch(e -> e.type() == EventType.COERCE && e.actor1().entity().equals(CHILE)), fr.toString());
        assertTrue(fr.stream().noneMatch(e -> e.type() == EventType.ASSAULT), fr.toString());
    }

    @Test
    void hundredsWrittenInWordsCountTroopsSent() {
        List<Event> fr = events("fr", "Le Chili enverra trois cents soldats à la frontière nord, a annoncé le gouvernement.");
        assertEquals(Set.of(CHILE), fr.stream().filter(e -> e.type() == EventType.MOBILIZE).map(e -> e.actor1().entity())
                .collect(java.util.stream.Collectors.toSet()), fr.toString());
    }
}
