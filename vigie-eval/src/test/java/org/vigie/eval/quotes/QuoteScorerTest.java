package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuoteScorerTest {
    private static final String TEXT = "Vasko said that \"the talks failed.\" Orlin added nothing. Marescu spoke.";

    private static Span span(String part) {
        int i = TEXT.indexOf(part);
        return new Span(i, i + part.length());
    }

    @Test
    void marksEdgePunctuationAndALeadingThatDoNotBreakAnExactMatch() {
        QuoteScorer s = new QuoteScorer();
        List<QuoteScorer.Item> gold = List.of(new QuoteScorer.Item(span("that \"the talks failed.\""), false, span("said"), span("Vasko"), "v", true));
        List<QuoteScorer.Item> pred = List.of(new QuoteScorer.Item(span("the talks failed"), true, span("said"), span("Vasko"), "v", true));
        s.add(TEXT, gold, pred, e -> { });
        assertEquals(1.0, s.exactF1(), 1e-9);
        assertEquals(1.0, s.speakerAccuracy(), 1e-9);
        assertEquals(1.0, s.sourceAccuracy(), 1e-9);
        assertEquals(1.0, s.cueF1(), 1e-9);
    }

    @Test
    void overlapPairsOneToOneAndCountsMissesAndSpuriousQuotes() {
        QuoteScorer s = new QuoteScorer();
        List<QuoteScorer.Item> gold = List.of(
                new QuoteScorer.Item(span("the talks failed"), true, null, null, "v", true),
                new QuoteScorer.Item(span("Marescu spoke"), false, null, null, null, false));
        List<QuoteScorer.Item> pred = List.of(
                new QuoteScorer.Item(span("talks failed"), true, null, null, "o", true),
                new QuoteScorer.Item(span("the talks"), true, null, null, "v", true),
                new QuoteScorer.Item(span("Orlin added nothing"), false, null, null, null, true));
        List<String> errors = new ArrayList<>();
        s.add(TEXT, gold, pred, errors::add);
        assertEquals(0.0, s.exactF1(), 1e-9);
        // one of three predictions overlaps a gold quote, one of two gold quotes is found
        assertEquals(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.overlapF1(), 1e-9);
        assertEquals(0.0, s.speakerAccuracy(), 1e-9, "the larger overlap, with the wrong speaker, is paired");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("missed reported")));
        assertEquals(2, errors.stream().filter(e -> e.startsWith("spurious")).count());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("speaker accuracy"));
    }

    @Test
    void bratLinesBecomeRelationsWithDiscontinuousContent() {
        String text = "He said the plan, which failed, was bad.";
        List<PolnearReader.Relation> r = PolnearReader.parse(text, List.of(
                "T1\tSource 0 2\tHe", "T2\tCue 3 7\tsaid", "T3\tContent 8 16;32 39\tthe plan was bad",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1", "T9\tDiscard 0 1\tH"));
        assertEquals(1, r.size());
        assertEquals(new Span(8, 39), r.get(0).contentHull());
        assertEquals(new Span(0, 2), r.get(0).sourceHull());
        assertEquals(2, r.get(0).content().size());
    }

    @Test
    void piecesOfAFoundGoldQuoteAreNeitherHitsNorSpuriousWhenPartsAreMerged() {
        String text = "\"We stay,\" Vasko said, \"and we fight.\" Orlin left.";
        Span first = new Span(text.indexOf("We stay"), text.indexOf("We stay") + "We stay,".length());
        Span second = new Span(text.indexOf("and we"), text.indexOf("and we") + "and we fight.".length());
        Span hull = new Span(first.start(), second.end());
        QuoteScorer.Item gold = new QuoteScorer.Item(hull, List.of(first, second), true, null, null, "v", true, true);
        List<QuoteScorer.Item> pred = List.of(
                new QuoteScorer.Item(first, true, null, null, "v", true),
                new QuoteScorer.Item(second, true, null, null, "v", true));
        QuoteScorer merged = new QuoteScorer(true);
        merged.add(text, List.of(gold), pred, e -> { });
        assertEquals(1, merged.predictedCount(), "the second piece is a part, not a prediction of its own");
        assertEquals(1.0, merged.overlapF1(), 1e-9);
        QuoteScorer strict = new QuoteScorer();
        List<String> errors = new ArrayList<>();
        strict.add(text, List.of(gold), pred, errors::add);
        assertEquals(2, strict.predictedCount());
        assertEquals(1, errors.stream().filter(e -> e.startsWith("spurious")).count());
        // the hull's "Vasko said" is not gold content: characters are counted over the parts, pieces included
        assertEquals(1.0, merged.charF1(), 1e-9);
        assertEquals(1, merged.partsMerged());
        assertEquals(1.0, merged.exactF1(), 1e-9, "both pieces together are exactly the gold parts");
        assertTrue(strict.charF1() < 1.0);
    }

    @Test
    void anUncountedGoldQuoteHidesItsPredictionFromTheSubScore() {
        QuoteScorer s = new QuoteScorer(true);
        List<QuoteScorer.Item> gold = List.of(
                new QuoteScorer.Item(span("the talks failed"), false, span("said"), null, null, false),
                new QuoteScorer.Item(span("Marescu spoke"), false, null, null, null, false).uncounted());
        List<QuoteScorer.Item> pred = List.of(
                new QuoteScorer.Item(span("the talks failed"), false, span("said"), null, null, true),
                new QuoteScorer.Item(span("Marescu spoke"), false, null, null, null, true),
                new QuoteScorer.Item(span("Orlin added nothing"), false, null, null, null, true));
        s.add(TEXT, gold, pred, e -> { });
        assertEquals(1, s.goldCount());
        assertEquals(2, s.predictedCount(), "the prediction paired with the uncounted quote is left out");
        assertEquals(2 * 0.5 * 1.0 / 1.5, s.overlapF1(), 1e-9);
    }

    @Test
    void speechCuesAreToldFromBeliefAndFindingCues() {
        for (String cue : List.of("said", "told", "according to", "has repeatedly argued", "testified", "replies", ":", "tweeted"))
            assertTrue(SpeechActs.isSpeech(cue), cue);
        for (String cue : List.of("believes", "wants", "shows", "found", "is expected", "seems"))
            assertFalse(SpeechActs.isSpeech(cue), cue);
    }
}
