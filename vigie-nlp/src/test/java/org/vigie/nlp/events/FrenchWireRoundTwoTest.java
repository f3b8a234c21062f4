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
 * French wire copy, round two (evfr3): prisoner exchanges, weapons fired into the sea and weapon tests, membership
 * suspensions, the owner of a rejected proposal, visits to a capital, deployments to a border.
 */
class FrenchWireRoundTwoTest {
    private static final String DENMARK = "Q35", NORWAY = "Q20", SWEDEN = "Q34", FINLAND = "Q33", JAPAN = "Q17",
            IRAN = "Q794", MOROCCO = "Q1028", PAKISTAN = "Q843", KENYA = "Q114", SOMALIA = "Q1045", PORTUGAL = "Q45",
            SPAIN = "Q29";

    @Test
    void partiesThatExchangePrisonersEachReleaseTowardTheOther() {
        List<Event> past = events("fr", "Le Danemark et la Norvège ont échangé des prisonniers mardi.");
        assertEquals(Set.of(DENMARK + "|" + NORWAY, NORWAY + "|" + DENMARK), pairs(past, EventType.RETREAT), past.toString());
        List<Event> future = events("fr", "La Suède échangera des détenus avec la Finlande.");
        assertEquals(Set.of(SWEDEN + "|" + FINLAND, FINLAND + "|" + SWEDEN), pairs(future, EventType.RETREAT), future.toString());
        List<Event> noun = events("fr", "Un échange de prisonniers entre la Suède et la Finlande a eu lieu jeudi.");
        assertEquals(Set.of(SWEDEN + "|" + FINLAND, FINLAND + "|" + SWEDEN), pairs(noun, EventType.RETREAT), noun.toString());
    }

    @Test
    void anExchangeOfViewsReleasesNoOne() {
        List<Event> views = events("fr", "Le Danemark et la Norvège ont échangé leurs points de vue sur la pêche.");
        assertTrue(views.stream().noneMatch(e -> e.type() == EventType.RETREAT), views.toString());
    }

    @Test
    void aWeaponTestIsAShowOfForce() {
        List<Event> test = events("fr", "L'Iran a procédé à un tir d'essai d'un nouveau missile lundi.");
        assertEquals(Set.of(IRAN + "|-"), pairs(test, EventType.MOBILIZE), test.toString());
        List<Event> nuclear = events("fr", "Le Pakistan a effectué deux essais nucléaires en mai.");
        assertEquals(Set.of(PAKISTAN + "|-"), pairs(nuclear, EventType.MOBILIZE), nuclear.toString());
        assertTrue(test.stream().noneMatch(e -> e.type() == EventType.ASSAULT), test.toString());
    }

    @Test
    void weaponsFiredIntoTheSeaAreAShowOfForceNotAnAttack() {
        List<Event> past = events("fr", "Le Japon a tiré trois roquettes en mer mercredi.");
        assertEquals(Set.of(JAPAN + "|-"), pairs(past, EventType.MOBILIZE), past.toString());
        List<Event> pluperfect = events("fr", "Selon des experts, l'Iran avait lancé un missile de croisière dans la mer d'Oman.");
        assertEquals(Set.of(IRAN + "|-"), pairs(pluperfect, EventType.MOBILIZE), pluperfect.toString());
        List<Event> future = events("fr", "Le Maroc tirera deux obus au large de ses côtes.");
        assertEquals(Set.of(MOROCCO + "|-"), pairs(future, EventType.MOBILIZE), future.toString());
        assertTrue(past.stream().noneMatch(e -> e.type() == EventType.ASSAULT), past.toString());
    }

    @Test
    void weaponsFiredAtANamedPartyOrAnOffensiveAtSeaStayAttacks() {
        List<Event> target = events("fr", "Le Kenya a tiré des roquettes sur la Somalie en mer.");
        assertEquals(Set.of(KENYA + "|" + SOMALIA), pairs(target, EventType.ASSAULT), target.toString());
        assertTrue(target.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), target.toString());
        List<Event> offensive = events("fr", "Le Portugal a lancé une offensive en mer contre l'Espagne.");
        assertEquals(Set.of(PORTUGAL + "|" + SPAIN), pairs(offensive, EventType.ASSAULT), offensive.toString());
        assertTrue(offensive.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), offensive.toString());
    }
}
