package org.vigie.eval;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AnalysisScorerTest {
    private static final String TEXT = "Accueil International\nLe ministre Vasko a dit « non » lundi à Korvan.";

    private static Span span(String s) {
        int i = TEXT.indexOf(s);
        return new Span(i, i + s.length());
    }

    private static Document doc(List<Block> blocks, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times) {
        Layers.Builder b = Layers.builder().put(LayerKind.BLOCKS, blocks).put(LayerKind.ENTITIES, entities)
                .put(LayerKind.QUOTES, quotes).put(LayerKind.TIMES, times);
        List<Mention> mentions = new java.util.ArrayList<>();
        for (Entity e : entities) for (Span s : e.mentions()) mentions.add(new Mention(s, e.type(), e.id(), 1));
        return Document.ofText(TEXT).with(b.put(LayerKind.MENTIONS, mentions).build());
    }

    @Test
    void perfectSystemScoresOne() {
        Entity vasko = new Entity("vigie:teodor-vasko", "Teodor Vasko", EntityType.PER, List.of(span("Vasko")));
        Document gold = doc(List.of(Block.boilerplate(span("Accueil International"), Block.Kind.NAV),
                        Block.body(span("Le ministre Vasko a dit « non » lundi à Korvan."), Block.Kind.PARAGRAPH)),
                List.of(vasko), List.of(new Quote(span("non"), true, EntityRef.of(vasko), span("a dit"), "fr")),
                List.of(new TimeExpression(span("lundi"), "2025-03-03", TimeExpression.Granularity.DAY)));
        AnalysisScorer s = new AnalysisScorer();
        s.add(gold, gold);
        assertEquals(1.0, s.prf().get("blocks.boilerplate").f1());
        assertEquals(1.0, s.prf().get("mentions.typed").f1());
        assertEquals(1.0, s.ratios().get("quotes.speaker").value());
        assertEquals(1.0, s.ratios().get("times.value").value());
        assertEquals(1.0, s.grouping().f1());
        assertTrue(s.errors().isEmpty(), s.errors().toString());
    }

    @Test
    void errorsAreCountedFieldByField() {
        Entity vasko = new Entity("vigie:teodor-vasko", "Teodor Vasko", EntityType.PER, List.of(span("Vasko")));
        Entity korvan = new Entity("vigie:korvan", "Korvan", EntityType.GPE, List.of(span("Korvan")));
        Document gold = doc(List.of(Block.boilerplate(span("Accueil International"), Block.Kind.NAV),
                        Block.body(span("Le ministre Vasko a dit « non » lundi à Korvan."), Block.Kind.PARAGRAPH)),
                List.of(vasko, korvan), List.of(new Quote(span("non"), true, EntityRef.of(vasko), span("a dit"), "fr")),
                List.of(new TimeExpression(span("lundi"), "2025-03-03", TimeExpression.Granularity.DAY)));
        Entity korvanAsPer = new Entity("vigie:korvan", "Korvan", EntityType.PER, List.of(span("Korvan")));
        Document system = doc(List.of(Block.body(span("Accueil International"), Block.Kind.PARAGRAPH),
                        Block.body(span("Le ministre Vasko a dit « non » lundi à Korvan."), Block.Kind.PARAGRAPH)),
                List.of(korvanAsPer), List.of(new Quote(span("non"), true, null, span("a dit"), "fr")),
                List.of(new TimeExpression(span("lundi"), "2025-03-10", TimeExpression.Granularity.DAY)));
        AnalysisScorer s = new AnalysisScorer();
        s.add(gold, system);
        Prf boiler = s.prf().get("blocks.boilerplate");
        assertEquals(new Prf(0, 0, 1), boiler);
        assertEquals(new Prf(0, 1, 2), s.prf().get("mentions.typed"));
        assertEquals(new Prf(1, 0, 1), s.prf().get("mentions.untyped"));
        assertEquals(0.0, s.ratios().get("quotes.speaker").value());
        assertEquals(0.0, s.ratios().get("times.value").value());
        assertEquals(1.0, s.prf().get("times.span").f1());
        assertFalse(s.errors().isEmpty());
    }

    @Test
    void bCubedPenalisesMergedAndSplitClusters() {
        BCubed b = new BCubed();
        b.add(java.util.Map.of(1, "a", 2, "a", 3, "b"), java.util.Map.of(1, "x", 2, "x", 3, "x"));
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, b.precision(), 1e-9);
        assertEquals(1.0, b.recall(), 1e-9);
    }

    @Test
    void overlapNeedsHalfTheLongerSpan() {
        assertTrue(AnalysisScorer.overlapEnough(new Span(0, 10), new Span(0, 9)));
        assertFalse(AnalysisScorer.overlapEnough(new Span(0, 10), new Span(8, 30)));
    }
}
