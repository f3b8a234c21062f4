package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Lexicon phrases are read into the same forms as the text tokenizer gives. */
class PhraseMatcherTest {
    @Test
    void anElidedWordIsOneFormAsInText() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("refusé l'", "refusal");
        m.add("d'", "of");
        assertEquals(2, m.longestAt(List.of("refuse", "l'", "offre"), 0, 3).orElseThrow().end());
        assertEquals("of", m.longestAt(List.of("d'", "armes"), 0, 2).orElseThrow().value());
    }

    @Test
    void anAbbreviationStaysOneForm() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("gén.", "title");
        assertTrue(m.longestAt(List.of("gen."), 0, 1).isPresent());
        assertTrue(m.longestAt(List.of("gen"), 0, 1).isEmpty());
    }
}
