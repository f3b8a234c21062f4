package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.nlp.lang.LanguagePack;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The function words the event rules read come from each language's resources, not from code. */
class EventFunctionWordsTest {
    private static final List<String> LISTS = List.of("infinitive-marks.txt", "genitive-prepositions.txt",
            "agent-prepositions.txt", "conjunctions.txt", "speaker-place-prepositions.txt");

    @Test
    void everyLanguageWithEventCuesHasTheFunctionWordsItsRulesRead() {
        for (String language : List.of("en", "fr")) {
            assertFalse(LanguagePack.of(language).table("event-cues.tsv").isEmpty(), language);
            for (String file : LISTS) assertFalse(LanguagePack.of(language).words(file).isEmpty(), language + "/" + file);
        }
    }

    @Test
    void wordListsAreReadNormalisedAsTokenFormsAre() {
        assertTrue(ScanPart.words("fr", "speaker-place-prepositions.txt").contains("a"), "accent removed like token forms");
        assertTrue(ScanPart.words("fr", "infinitive-marks.txt").contains("d'"));
        assertFalse(ScanPart.words("en", "infinitive-marks.txt").contains("de"), "each language reads its own list");
    }
}
