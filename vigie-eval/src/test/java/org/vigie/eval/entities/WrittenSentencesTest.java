package org.vigie.eval.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WrittenSentencesTest {
    @Test
    void marksBecomeMentionsOnTheTextWithoutMarks() {
        WrittenSentences.Sentence s = WrittenSentences.parse("[PER Ana Ruiz] llegó a [GPE Quito] el lunes.");
        assertEquals("Ana Ruiz llegó a Quito el lunes.", s.text());
        assertEquals(List.of(new WrittenSentences.Mention(new Span(0, 8), EntityType.PER),
                new WrittenSentences.Mention(new Span(17, 22), EntityType.GPE)), s.mentions());
    }

    @Test
    void anUnclosedOrUnknownMarkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WrittenSentences.parse("[PER Ana Ruiz llegó."));
        assertThrows(IllegalArgumentException.class, () -> WrittenSentences.parse("[PERSON Ana] llegó."));
    }

    @Test
    void spansAreScoredExactlyWithAndWithoutTypes() {
        var gold = List.of(new WrittenSentences.Mention(new Span(0, 8), EntityType.PER),
                new WrittenSentences.Mention(new Span(17, 22), EntityType.GPE),
                new WrittenSentences.Mention(new Span(30, 35), EntityType.ORG));
        var predicted = List.of(new WrittenSentences.Mention(new Span(0, 8), EntityType.PER),
                new WrittenSentences.Mention(new Span(17, 22), EntityType.LOC),
                new WrittenSentences.Mention(new Span(40, 44), EntityType.ORG));
        WrittenSentences.Scores s = WrittenSentences.score(gold, predicted, WrittenSentences.Scores.empty(), "x".repeat(50), null);
        assertEquals(1, s.typed().tp());
        assertEquals(2, s.typed().fp());
        assertEquals(2, s.typed().fn());
        assertEquals(2, s.untyped().tp());
        assertEquals(1.0, s.perType().get(EntityType.PER).f1());
        assertEquals(0.0, s.perType().get(EntityType.GPE).recall());
        assertEquals(1, s.perType().get(EntityType.LOC).fp());
    }

    @Test
    void everyWrittenSetReadsWithMentions() {
        for (String language : WrittenSentences.LANGUAGES) {
            for (String set : List.of(language, language + "-test")) {
                List<WrittenSentences.Sentence> sentences = WrittenSentences.read(set);
                assertTrue(sentences.size() >= 20, set);
                assertTrue(sentences.stream().allMatch(x -> !x.mentions().isEmpty()), set);
            }
        }
    }
}
