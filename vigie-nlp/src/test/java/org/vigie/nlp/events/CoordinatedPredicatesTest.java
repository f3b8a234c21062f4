package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;

/**
 * Who acts in a coordination of predicates and inside a reported clause: a verb after "and"/"et" with no subject of
 * its own is the act of its coordination's first verb's actor, never of that verb's object nor of the speaker of a
 * clause around it. Sentences of our own.
 */
class CoordinatedPredicatesTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ECUADOR = "Q736", KENYA = "Q114", UGANDA = "Q1036", GERMANY = "Q183";

    @Test
    void aVerbAfterAndWithNoSubjectSharesTheSubjectOfTheFirstVerb() {
        List<Event> es = events("en", "Chile shelled the harbour of Callao and later seized three Peruvian trawlers.");
        assertEquals(Set.of(CHILE), actors(es, EventType.COERCE), es.toString());
        es = events("en", "Kenya condemned the raid on Garissa and seized two Somali boats.");
        assertEquals(Set.of(KENYA), actors(es, EventType.COERCE), es.toString());
        es = events("fr", "La Bolivie a bombardé Arica et a saisi deux navires chiliens.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
        es = events("fr", "La Bolivie a attaqué Tacna et saisi trois bateaux péruviens.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
    }

    @Test
    void insideAReportedClauseTheSharedSubjectIsTheClausesOwnNeverTheSpeaker() {
        List<Event> es = events("en", "Ecuador said that Peruvian soldiers had shelled Zarumilla and seized a bridge.");
        assertEquals(Set.of(PERU), actors(es, EventType.COERCE), es.toString());
        es = events("en", "Bolivia alleged that Chile had bombed Arica and then seized the port.");
        assertFalse(actors(es, EventType.COERCE).contains(BOLIVIA), es.toString());
        es = events("fr", "Le Pérou a affirmé que le Chili avait bombardé Tacna et saisi le port.");
        assertEquals(Set.of(CHILE), actors(es, EventType.COERCE), es.toString());
        // the clause's subject is no actor: the seizure has no actor, and is not the speaker's
        es = events("en", "Peru claimed that armed men had attacked Arica and seized the port.");
        assertTrue(actors(es, EventType.COERCE).isEmpty(), es.toString());
    }

    @Test
    void aVerbWithASubjectOfItsOwnOrAPassiveSharesNothing() {
        List<Event> es = events("en", "Chile shelled the port and Peru seized two ships.");
        assertEquals(Set.of(PERU), actors(es, EventType.COERCE), es.toString());
        es = events("en", "The port of Callao was shelled and seized on Monday.");
        assertTrue(actors(es, EventType.COERCE).isEmpty(), es.toString());
        es = events("fr", "Le Chili a bombardé le port et la Bolivie a saisi deux navires.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
    }

    @Test
    void aNameOpeningACoordinatedClauseIsItsSubjectNotTheObjectOfTheVerbBefore() {
        List<Event> es = events("en", "Ecuador bombed the bridge near Tulcan and Peru later expelled two diplomats.");
        assertFalse(targets(es, EventType.ASSAULT).contains(PERU), es.toString());
        es = events("en", "Kenya condemned the attack and Uganda has recalled its envoy.");
        assertFalse(targets(es, EventType.ACCUSE).contains(UGANDA), es.toString());
        es = events("fr", "La Bolivie a critiqué la décision et le Chili a expulsé deux diplomates.");
        assertFalse(targets(es, EventType.ACCUSE).contains(CHILE), es.toString());
        // no verb after the name: it is a second object
        es = events("en", "Chile attacked the port and Peru's embassy.");
        assertEquals(Set.of(PERU), targets(es, EventType.ASSAULT), es.toString());
        es = events("en", "Chile accused Peru and Bolivia of lying.");
        assertEquals(Set.of(PERU, BOLIVIA), targets(es, EventType.ACCUSE), es.toString());
    }

    @Test
    void troopsAPossessiveGivesToTheSpeakerAreTheSpeakersStates() {
        List<Event> es = events("en", "Chile said its troops attacked Peru.");
        assertEquals(Set.of(CHILE), actors(es, EventType.ASSAULT), es.toString());
        es = events("en", "Kenya said on Monday that its soldiers had shelled a Somali camp.");
        assertEquals(Set.of(KENYA), actors(es, EventType.ASSAULT), es.toString());
        es = events("fr", "La Bolivie affirme que ses troupes ont bombardé Tacna.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.ASSAULT), es.toString());
        // no speaker before the possessive: nobody to give the troops to
        es = events("en", "Its troops attacked Peru.");
        assertTrue(actors(es, EventType.ASSAULT).isEmpty(), es.toString());
    }

    @Test
    void frenchSeizuresBySEmparerOrPrendreLeControleShareTheSubjectToo() {
        List<Event> es = events("fr", "Le Chili a affirmé que les soldats boliviens avaient attaqué Arica et s'étaient emparés du port.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
        es = events("fr", "La Bolivie s'est emparée de deux navires péruviens.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
        es = events("fr", "La Bolivie a bombardé Tacna et pris le contrôle du pont.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.COERCE), es.toString());
        // taking the floor is no seizure
        es = events("fr", "Le ministre bolivien a pris la parole devant le Parlement.");
        assertTrue(actors(es, EventType.COERCE).isEmpty(), es.toString());
    }

    @Test
    void aStatesNameInAnotherLanguageIsNoPlaceAdjectiveEvenWhenLongerThanItsEnglishName() {
        // "L'Équateur a ... Tumbes": the French name is longer than "Ecuador" but is the state itself, whose
        // subject a coordinated verb shares, not a demonym placing people in Tumbes
        List<Event> es = events("fr", "L'Équateur a bombardé Tumbes et saisi le pont.");
        assertEquals(Set.of(ECUADOR), actors(es, EventType.COERCE), es.toString());
        es = events("fr", "L'Allemagne a critiqué la Pologne et a expulsé deux diplomates polonais.");
        assertEquals(Set.of(GERMANY), actors(es, EventType.SANCTION), es.toString());
        es = events("fr", "L'Angleterre a attaqué la France et saisi deux navires.");
        assertFalse(actors(es, EventType.COERCE).contains("Q142"), es.toString());
        // a demonym derived from the name stays an adjective
        es = events("en", "Spanish troops attacked Morocco.");
        assertEquals(Set.of("Q29"), actors(es, EventType.ASSAULT), es.toString());
    }

    @Test
    void eachVerbOfAListOfPredicatesClosedByAndSharesTheFirstSubject() {
        List<Event> es = events("en", "Bolivia bombed Arica, shelled Tacna and seized two ships.");
        assertEquals(Set.of(BOLIVIA), actors(es, EventType.ASSAULT), es.toString());
        es = events("en", "Kenya shelled the camp near Mandera, expelled two Somali envoys and closed the border.");
        assertEquals(Set.of(KENYA), actors(es, EventType.SANCTION), es.toString());
        es = events("en", "Chile, which had attacked Arica, later seized two Peruvian ships.");
        assertEquals(Set.of(CHILE), actors(es, EventType.COERCE), es.toString());
        // no closing conjunction and verb: a name after the comma opens its own clause
        es = events("en", "Chile attacked Peru, Bolivia condemned the raid.");
        assertFalse(actors(es, EventType.ACCUSE).contains(CHILE), es.toString());
    }

    @Test
    void aNameInsideAParticipleModifyingTheSubjectIsNotTheSubject() {
        List<Event> es = events("en", "Peruvian rebels backed by Chile attacked Bolivia.");
        assertEquals(Set.of("vigie:group:" + PERU + ":rebels"), actors(es, EventType.ASSAULT), es.toString());
        es = events("en", "Protesters supported by Kenya stormed the Ugandan embassy.");
        Set<String> stormers = actors(es, EventType.ASSAULT);
        assertTrue(!stormers.isEmpty() && !stormers.contains(KENYA), es.toString());
        es = events("en", "Ecuadorian rebels trained in Peru attacked a Bolivian convoy.");
        assertFalse(actors(es, EventType.ASSAULT).contains(PERU), es.toString());
        // a passive's agent stays the actor
        es = events("en", "Chile was attacked by Peru on Monday.");
        assertEquals(Set.of(PERU), actors(es, EventType.ASSAULT), es.toString());
    }

    private static Set<String> targets(List<Event> es, EventType type) {
        Set<String> out = new HashSet<>();
        for (Event e : es) if (e.type() == type && e.actor2() != null) out.add(e.actor2().entity());
        return out;
    }

    @Test
    void aStatesBodyNamedByItsAdjectiveIsAPartyOfACoordinatedSubject() {
        List<Event> es = events("en", "The Chilean army and Peru agreed to a ceasefire on Sunday.");
        assertTrue(PipelineEvents.pairs(es, EventType.AGREE).stream().anyMatch(p -> p.contains(CHILE) && p.contains(PERU)), es.toString());
        es = events("en", "Kenyan Armed Forces and Uganda signed a border accord.");
        assertTrue(PipelineEvents.pairs(es, EventType.AGREE).stream().anyMatch(p -> p.contains(KENYA) && p.contains(UGANDA)), es.toString());
        es = events("en", "The Bolivian government and Chile met in Lima on Monday.");
        assertTrue(PipelineEvents.pairs(es, EventType.CONSULT).stream().anyMatch(p -> p.contains(BOLIVIA) && p.contains(CHILE)), es.toString());
        // an adjective before a noun that names no body of the state ("the Chilean wine and Peru") is no party
        es = events("en", "Exports of Chilean wine and Peru agreed to a tariff cut.");
        assertTrue(PipelineEvents.pairs(es, EventType.AGREE).stream().noneMatch(p -> p.contains(CHILE) && p.contains(PERU)), es.toString());
    }

    private static Set<String> actors(List<Event> es, EventType type) {
        Set<String> out = new HashSet<>();
        for (Event e : es) if (e.type() == type && e.actor1() != null) out.add(e.actor1().entity());
        return out;
    }
}
