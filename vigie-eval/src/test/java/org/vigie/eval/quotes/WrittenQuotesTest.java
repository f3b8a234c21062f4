package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WrittenQuotesTest {
    private static final String TEXT = "«Bajaremos el IVA», dijo Ana Ruiz. Pedro Gil afirmó que el plan es malo.";

    @Test
    void documentsAreParagraphLinesFollowedByTheirGoldQuotes() {
        List<WrittenQuotes.Written> docs = WrittenQuotes.parse(List.of("# header", "", "Primer párrafo.", "Segundo párrafo «sin cita».",
                "= direct | sin cita | -", "", "Otro documento dijo algo.", "= reported | algo | Otro"));
        assertEquals(2, docs.size());
        assertEquals("Primer párrafo.\nSegundo párrafo «sin cita».", docs.get(0).text());
        assertEquals(new WrittenQuotes.Gold("sin cita", true, null), docs.get(0).quotes().get(0));
        assertEquals(new WrittenQuotes.Gold("algo", false, "Otro"), docs.get(1).quotes().get(0));
    }

    @Test
    void badGoldLinesAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> WrittenQuotes.parse(List.of("Texto.", "= quoted | Texto | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuotes.parse(List.of("Texto.", "= direct | otra cosa | -")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuotes.parse(List.of("Texto.", "= direct | Texto |")));
        assertThrows(IllegalArgumentException.class, () -> WrittenQuotes.parse(List.of("= direct | Texto | -")));
    }

    private static Document analysed(List<Quote> quotes) {
        Span ana = span("Ana Ruiz"), pedro = span("Pedro Gil");
        List<Entity> entities = List.of(new Entity("vigie:ana-ruiz", "Ana Ruiz", EntityType.PER, List.of(ana)),
                new Entity("vigie:pedro-gil", "Pedro Gil", EntityType.PER, List.of(pedro)));
        return Document.ofText(TEXT).with(Layers.builder().put(LayerKind.ENTITIES, entities).put(LayerKind.QUOTES, quotes).build());
    }

    private static Span span(String s) {
        int at = TEXT.indexOf(s);
        return new Span(at, at + s.length());
    }

    private static final WrittenQuotes.Written GOLD = new WrittenQuotes.Written(TEXT, List.of(
            new WrittenQuotes.Gold("Bajaremos el IVA", true, "Ana Ruiz"),
            new WrittenQuotes.Gold("el plan es malo", false, "Pedro Gil")));

    @Test
    void aFoundQuoteWithTheRightSpeakerScoresOnBothSpanAndSpeaker() {
        QuoteScorer scorer = new QuoteScorer();
        Document doc = analysed(List.of(
                new Quote(span("Bajaremos el IVA"), true, new EntityRef("vigie:ana-ruiz", "Ana Ruiz"), span("dijo"), "es"),
                new Quote(span("el plan es malo"), false, new EntityRef("vigie:ana-ruiz", "Ana Ruiz"), span("afirmó"), "es")));
        WrittenQuotes.score(GOLD, doc, scorer, e -> { });
        assertEquals(1.0, scorer.exactF1(), 1e-9);
        assertEquals(0.5, scorer.speakerAccuracy(), 1e-9, "the reported quote is Pedro Gil's, not Ana Ruiz's");
    }

    @Test
    void aMissedQuoteAndAPartialOneCountAgainstRecallAndExactMatch() {
        QuoteScorer scorer = new QuoteScorer();
        Document doc = analysed(List.of(new Quote(span("Bajaremos el"), true, null, null, "es")));
        WrittenQuotes.score(GOLD, doc, scorer, e -> { });
        assertEquals(0.0, scorer.exactF1(), 1e-9);
        assertEquals(1.0, scorer.overlapPrecision(), 1e-9);
        assertEquals(0.5, scorer.overlapRecall(), 1e-9);
        assertEquals(0.0, scorer.speakerAccuracy(), 1e-9);
    }

    @Test
    void noSpeakerInTheGoldMatchesNoSpeakerPredicted() {
        QuoteScorer scorer = new QuoteScorer();
        WrittenQuotes.Written gold = new WrittenQuotes.Written(TEXT, List.of(new WrittenQuotes.Gold("Bajaremos el IVA", true, null)));
        WrittenQuotes.score(gold, analysed(List.of(new Quote(span("Bajaremos el IVA"), true, null, null, "es"))), scorer, e -> { });
        assertEquals(1.0, scorer.speakerAccuracy(), 1e-9);
    }

    @Test
    void everyWrittenSetParsesAndTheEvaluationRunsWithoutCorpusData() {
        for (String language : WrittenQuotes.LANGUAGES) {
            assertEquals(20, WrittenQuotes.read(language).size(), language);
            assertEquals(20, WrittenQuotes.read(language + "-test").size(), language + "-test");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, WrittenQuotes.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("es-test") && out.contains("de-test") && out.contains("it-test"), out);
    }
}
