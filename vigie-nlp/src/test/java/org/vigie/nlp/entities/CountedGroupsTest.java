package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Entity;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A word that is a preposition of circumstance elsewhere ("about", "than") measures the group when a count follows
 * it ("more than 40 demonstrators", "about 200 protesters"): the group is an actor; before the noun itself it is
 * still a circumstance ("a debate about students").
 */
class CountedGroupsTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    private static Set<String> groups(String text) {
        Document d = PIPELINE.run(Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en")))));
        return d.entities().stream().map(Entity::id).filter(GroupActors::isGroup).collect(Collectors.toSet());
    }

    @Test
    void anApproximateCountKeepsTheGroup() {
        assertTrue(groups("Police detained more than 40 demonstrators on Sunday.").contains("vigie:group:demonstrators"));
        assertTrue(groups("Soldiers arrested about 200 protesters near the square.").contains("vigie:group:protesters"));
        assertTrue(groups("The army freed fewer than 30 rebels after the talks.").contains("vigie:group:rebels"));
    }

    @Test
    void aPrepositionRightBeforeTheNounIsStillACircumstance() {
        assertFalse(groups("The minister spoke at length about protesters on Sunday.").contains("vigie:group:protesters"));
    }
}
