package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead11d): in French, "saisir" a court or an international body is taking a matter to it, not a seizure;
 * seizing goods or arms stays one.
 */
class CourtReferralsTest {
    @Test
    void referringAMatterToACourtIsNoSeizure() {
        assertTrue(pairs(events("fr", "Le Nicaragua a saisi la Cour internationale de justice."), EventType.COERCE).isEmpty());
        assertTrue(pairs(events("fr", "Le Chili a saisi la justice contre la Bolivie."), EventType.COERCE).isEmpty());
        assertTrue(pairs(events("fr", "L'Ukraine a saisi l'ONU après les frappes russes."), EventType.COERCE).isEmpty());
    }

    @Test
    void seizingArmsFromARebelGroupIsStillACoercion() {
        assertFalse(pairs(events("fr", "L'armée colombienne a saisi des armes de l'ELN."), EventType.COERCE).isEmpty());
    }
}
