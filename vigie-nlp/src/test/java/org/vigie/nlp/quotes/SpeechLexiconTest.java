package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SpeechLexiconTest {
    private final SpeechLexicon english = SpeechLexicon.of("en").orElseThrow();
    private final SpeechLexicon french = SpeechLexicon.of("fr").orElseThrow();

    @Test
    void negationParticlesComeFromEachLanguagesCueTable() {
        assertTrue(english.isNegation("not"));
        assertTrue(english.isNegation("n't"));
        assertTrue(french.isNegation("ne"));
        assertTrue(french.isNegation("jamais"));
        assertFalse(english.isNegation("pas"), "French particles are not English ones");
        assertFalse(french.isNegation("dit"));
    }

    @Test
    void aNegationParticleIsNoSpeechCue() {
        assertFalse(french.is("plus", SpeechLexicon.Kind.NEG), "kept apart from the cue kinds, like question words");
    }
}
