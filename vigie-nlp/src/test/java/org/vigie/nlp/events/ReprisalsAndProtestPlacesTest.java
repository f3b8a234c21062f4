package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rules of branch lead11, with the team's own sentences: announced reprisals are threats; a name in a clause of
 * experience after an event noun is no actor; a protest's place named through a wider place phrase or after
 * "through" is where it is held, and the party aimed at may follow it.
 */
class ReprisalsAndProtestPlacesTest {
    private static final String PAKISTAN = "Q843", AFGHANISTAN = "Q889", ETHIOPIA = "Q115", ERITREA = "Q986",
            VENEZUELA = "Q717", IRAN = "Q794", ISRAEL = "Q801", CHINA = "Q148", SERBIA = "Q403",
            GEORGIA = "Q230";

    private static Set<String> of(EventType type, String language, String text) {
        return pairs(events(language, text), type);
    }

    // Rule: a verb of response right after a modal of the future or a word of intent, or already in the future in
    // French, is a threat toward the one whose act it would answer (CAMEO 13, VOW TO RETALIATE 138).

    @Test
    void anAnnouncedReprisalIsAThreat() {
        assertEquals(Set.of(PAKISTAN + "|" + AFGHANISTAN), of(EventType.THREATEN, "en", "Pakistan said it would respond firmly to any Afghan incursion."));
        assertEquals(Set.of(ETHIOPIA + "|" + ERITREA), of(EventType.THREATEN, "en", "Ethiopia vowed to strike back at Eritrea after the border clash."));
        assertEquals(Set.of(IRAN + "|" + ISRAEL), of(EventType.THREATEN, "en", "Iran warned that it would respond \"decisively\" to any Israeli strike."));
        assertEquals(Set.of(CHINA + "|Q30"), of(EventType.THREATEN, "en", "China warned it would retaliate against new US tariffs."));
    }

    @Test
    void aFrenchReprisalInTheFutureIsAThreat() {
        assertEquals(Set.of(VENEZUELA + "|Q739"), of(EventType.THREATEN, "fr", "Le Venezuela répondrait fermement à toute provocation de la Colombie."));
        assertEquals(Set.of(IRAN + "|" + ISRAEL), of(EventType.THREATEN, "fr", "L'Iran ripostera à toute nouvelle attaque israélienne, a prévenu Téhéran."));
    }

    @Test
    void aResponseGivenOrRefusedIsNoThreat() {
        assertTrue(of(EventType.THREATEN, "en", "Pakistan responded firmly to the Afghan statement.").isEmpty());
        assertTrue(of(EventType.THREATEN, "en", "Venezuela would not respond to the proposal from Guyana.").isEmpty());
        assertTrue(of(EventType.THREATEN, "en", "Eritrea did not respond to questions from Ethiopia.").isEmpty());
    }

    // Rule: the name right after an event noun that opens a clause of experience ("the largest protest the
    // capital has seen") is neither the event's actor nor its target.

    @Test
    void aPlaceInAClauseOfExperienceIsNoActor() {
        assertEquals(Set.of("vigie:group:students|-"), of(EventType.PROTEST, "en", "Students marched on Sunday in the largest protest Serbia has seen in years."));
        assertTrue(of(EventType.PROTEST, "en", "It was the biggest protest Hungary had witnessed since 1989, organisers said.").isEmpty());
        assertTrue(of(EventType.PROTEST, "en", "Students staged the largest rally the Serbian capital has known in a decade.").stream()
                .noneMatch(p -> p.contains(SERBIA)));
    }

    @Test
    void aNameAfterAnEventNounWithAnotherVerbKeepsItsPart() {
        assertTrue(of(EventType.ASSAULT, "en", "The attack Russia launched on Kharkiv killed six people.").contains("Q159|Q212"));
    }

    // Rule: a place after "through", or named through a wider place phrase ("the centre of X", "les rues de X"), is
    // where a protest is held, not its target; a party named later in the clause still is.

    @Test
    void aProtestsPlaceIsNotItsTarget() {
        assertTrue(of(EventType.PROTEST, "en", "Students marched through the centre of Belgrade on Sunday, in the biggest rally the Serbian capital has seen in years.")
                .contains("vigie:group:students|-"));
        assertTrue(of(EventType.PROTEST, "en", "Students marched through Belgrade against the new mining law.").contains("vigie:group:students|-"));
    }

    @Test
    void thePartyAimedAtAfterTheProtestsPlaceIsTheTarget() {
        assertEquals(Set.of("vigie:group:students|" + GEORGIA), of(EventType.PROTEST, "en", "Students marched through Tbilisi on Friday against Georgia's new media law."));
    }
}
