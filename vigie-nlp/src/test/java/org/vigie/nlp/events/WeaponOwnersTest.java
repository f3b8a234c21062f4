package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead11h): in a passive, a state's adjective before the weapon of the agent phrase ("was targeted by Russian
 * drones") names whose weapons they are, the attacker, unless the state only made them ("Iranian-made drones") or the
 * weapon's own participle names another user ("fired by militias").
 */
class WeaponOwnersTest {
    private static Set<String> assaults(String text) {
        return pairs(events("en", text), EventType.ASSAULT);
    }

    @Test
    void aStatesWeaponsInAPassiveAreItsAttack() {
        assertEquals(Set.of("Q159|Q212"), assaults("Kyiv was targeted by dozens of Russian drones overnight."));
        assertEquals(Set.of("Q801|Q822"), assaults("Beirut was struck by Israeli missiles on Tuesday."));
        assertEquals(Set.of("Q794|Q801"), assaults("Israel was targeted by Iranian ballistic missiles, the army said."));
    }

    @Test
    void aMakerIsNoAttacker() {
        assertTrue(assaults("Kyiv was struck by Iranian-made drones overnight.").stream().noneMatch(p -> p.startsWith("Q794|")));
    }
}
