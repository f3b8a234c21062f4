package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead12): a warning is a threat only when it is aimed at someone, in French as in English: "a averti que le
 * risque de conflit était réel" warns of a danger, "a averti Moscou qu'elle paierait" threatens Russia.
 */
class WarningTargetsTest {
    private static final String FRANCE = "Q142", RUSSIA = "Q159", IRAN = "Q794", ISRAEL = "Q801";

    @Test
    void aWarningOfADangerIsNoThreat() {
        assertTrue(pairs(events("fr", "La France a averti que la situation humanitaire restait très grave."), EventType.THREATEN).isEmpty());
        assertTrue(pairs(events("fr", "Le ministre israélien avait mis en garde contre une dégradation rapide de la sécurité."),
                EventType.THREATEN).isEmpty());
        assertTrue(pairs(events("en", "France warned that the humanitarian situation remained very serious."), EventType.THREATEN).isEmpty());
    }

    @Test
    void aWarningAimedAtAStateIsAThreat() {
        assertEquals(Set.of(FRANCE + "|" + RUSSIA),
                pairs(events("fr", "La France a averti la Russie qu'elle paierait un prix très élevé."), EventType.THREATEN));
        assertEquals(Set.of(ISRAEL + "|" + IRAN),
                pairs(events("fr", "Israël avertit l'Iran qu'il ripostera à toute nouvelle attaque."), EventType.THREATEN));
    }
}
