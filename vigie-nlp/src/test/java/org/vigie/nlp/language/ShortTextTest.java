package org.vigie.nlp.language;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A one-sentence document full of names gets the language of its grammar words, not of its names' n-grams; a text the
 * detector is sure of, in a language without a word list, stays its own.
 */
class ShortTextTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language"));

    private static String language(String text) {
        return PIPELINE.run(Document.ofText(text)).language().orElse("und");
    }

    @Test
    void namesDoNotOutweighTheGrammarOfAShortSentence() {
        assertEquals("en", language("Police detained demonstrators in Tbilisi."));
        assertEquals("en", language("Russia shelled Kharkiv on Sunday, Ukraine's energy minister said."));
        assertEquals("it", language("Tajani vola a Kiev per incontrare Kuleba."));
    }

    @Test
    void aSureVerdictInALanguageWithoutWordsStays() {
        assertEquals("nb", language("Regjeringen la fram statsbudsjettet for neste år i dag."));
    }

    @Test
    void longTextsAreLeftToTheDetector() {
        assertEquals("fr", language("Le gouvernement a présenté mardi un projet de loi sur la défense, qui prévoit une hausse "
                + "importante des crédits militaires pour les cinq prochaines années, selon le ministre des Armées."));
    }
}
