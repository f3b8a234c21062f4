package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * English force, threats and refusals, third round: refusals in quotes whose block the language detector hesitates
 * on, attacks named by a noun as the subject of a damaging verb, attacks repelled, warnings of a conditional
 * measure, and abducted people named by a common noun. Every rule with sentences that vary the verb, the tense, the
 * actors or the construction, and one where it must not fire.
 */
class EnglishForceRoundThreeTest {
    private static final String CHILE = "Q298", PERU = "Q419", BOLIVIA = "Q750", ARGENTINA = "Q414";
    private static final Pipeline DETECTED = DefaultPipeline.create(List.of("blocks", "language"));

    private static String detected(String text) {
        return DETECTED.run(Document.ofText(text)).language().orElse("");
    }

    @Test
    void aShortEnglishBlockTheDetectorHesitatesOnIsSettledByItsFunctionWords() {
        // names tip the character n-grams towards Danish; "we", "will", "in" are English grammar
        assertEquals("en", detected("\"We will never sign under pressure,\" Danish Minister Kjetil Solberg told reporters in Odense."));
        assertEquals("en", detected("\"We will not fight under fire,\" Ukrainian Minister Oleksandr Kravchenko told reporters in Lviv."));
        assertEquals("en", detected("Norwegian Prime Minister Jonas Gahr Støre will not attend the summit in Oslo."));
        // a Norwegian sentence has no English grammar words to tip it
        assertEquals("nb", detected("Vi vil ikke forhandle under press, sa statsministeren i Oslo."));
    }
}
