package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EventType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Rule (lead11g): an offensive or a military operation its actor launches on another state's territory, named by
 * the state or by a place the knowledge base ties to one, is aimed at that state; on the actor's own territory or in
 * a place of no known state it has no target (and, as any attack without one, is not coded).
 */
class OffensivesOnTerritoryTest {
    private static Set<String> assaults(String language, String text) {
        return pairs(events(language, text), EventType.ASSAULT);
    }

    @Test
    void anOffensiveOnAnotherStatesTerritoryIsAimedAtIt() {
        assertEquals(Set.of("Q43|Q858"), assaults("en", "Turkey launched a military operation in northern Syria on Wednesday."));
        assertEquals(Set.of("Q159|Q212"), assaults("en", "Russia launched a ground offensive in Ukraine's Kharkiv region."));
        assertEquals(Set.of("Q43|Q858"), assaults("fr", "La Turquie a lancé une offensive terrestre en Syrie."));
    }

    @Test
    void anOffensiveAtHomeHasNoTarget() {
        assertTrue(assaults("en", "Ethiopia launched a military offensive in the Amhara region.").isEmpty());
        assertTrue(assaults("en", "Ethiopia launched a military operation in Ethiopia's north.").isEmpty());
    }
}
