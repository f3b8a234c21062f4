package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Two adjacent letters swapped are one slip, as a letter missed or added: a long surname so misspelt is still its person's. */
class MisspeltPersonNamesTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));
    private static final String MACRON = "Q3052772", SCHOLZ = "Q61053", JOHNSON = "Q180589";

    private static Set<String> people(String language, String text) {
        Document d = PIPELINE.run(Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language)))));
        return d.entities().stream().filter(e -> e.type() == EntityType.PER).map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void aSwapOfTwoLettersInAKnownSurnameLinksWhenTheGivenNameMatches() {
        assertEquals(Set.of(MACRON), people("en", "President Emmanuel Macorn met the press on Monday."));
        assertEquals(Set.of(SCHOLZ), people("fr", "Le chancelier Olaf Schloz est arrivé lundi à Rome."));
        assertEquals(Set.of(JOHNSON), people("en", "Boris Jonhson was greeted at the airport by the mayor."));
    }

    @Test
    void aSwappedSurnameLaterInTheTextJoinsTheCorrectlyWrittenOne() {
        Set<String> p = people("en", "Olaf Scholz flew to Madrid. In Madrid, Olaf Shcolz met the king.");
        assertEquals(Set.of(SCHOLZ), p);
    }

    @Test
    void anotherGivenNameOrAShortSurnameIsNoMisspelling() {
        assertFalse(people("en", "Pierre Macorn arrived in Rome on Monday.").contains(MACRON));
        assertFalse(people("en", "Mark Rtute arrived in Rome on Monday.").contains("vigie:mark-rutte"));
    }

    @Test
    void theDistanceCountsASwapAsOneEdit() {
        assertEquals(1, VariantKey.distance("macorn", "macron", 2));
        assertEquals(2, VariantKey.distance("amcorn", "macron", 2));
        assertEquals(1, VariantKey.distance("scholz", "schloz", 1));
        assertEquals(1, VariantKey.distance("abdc", "abcd", 1));
        assertEquals(3, VariantKey.distance("kitten", "sitting", 3));
    }
}
