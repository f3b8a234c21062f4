package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The models committed under {@code org/vigie/nlp/lang/<code>/ner/} load and tag plain news sentences. */
class ShippedModelsTest {

    private static List<String> names(String language, String... words) {
        NerModel model = NerModel.forLanguage(language).orElseThrow();
        return new NerTagger(model).tagWords(List.of(words));
    }

    @Test
    void theEnglishModelFindsAPersonAnOrganisationAndACity() {
        assertEquals(List.of("B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O"),
                names("en", "Angela", "Merkel", "told", "the", "European", "Commission", "in", "Brussels", "on", "Tuesday", "."));
    }

    @Test
    void theFrenchModelFindsAPersonAndACity() {
        List<String> tags = names("fr", "Le", "président", "Emmanuel", "Macron", "s'", "est", "rendu", "à", "Marseille", "lundi", ".");
        assertEquals(List.of("O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O", "O"), tags);
    }

    @Test
    void manifestsNameTheirLanguageAndTrainingFiles() {
        for (String language : List.of("en", "fr")) {
            Map<String, String> manifest = NerModel.forLanguage(language).orElseThrow().manifest();
            assertEquals(language, manifest.get("language"));
            assertFalse(manifest.getOrDefault("training.files", "").isBlank());
        }
    }

    @Test
    void theShippedModelsUseTheKnowledgeBaseNames() {
        for (String language : List.of("en", "fr")) {
            NerModel model = NerModel.forLanguage(language).orElseThrow();
            assertTrue(model.usesKnowledgeBase(), language);
            assertFalse(model.kbNames().isEmpty(), language);
        }
    }

    @Test
    void theFrenchModelAlsoLooksUpTheActorNamesItWasTrainedWith() {
        NerModel model = NerModel.forLanguage("fr").orElseThrow();
        assertTrue(model.usesActorNames());
        assertSame(ActorNames.shared(), model.actorNames());
        assertFalse(model.actorNames().isEmpty());
    }

    @Test
    void aLanguageWithoutModelHasNone() {
        assertTrue(NerModel.forLanguage("xx").isEmpty());
    }
}
