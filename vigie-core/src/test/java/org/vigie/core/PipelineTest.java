package org.vigie.core;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Reading;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PipelineTest {

    private static Annotator annotator(String name, Set<LayerKind<?>> requires, LayerKind<?> produces,
                                       java.util.function.Function<Document, Layers> body) {
        return new Annotator() {
            public String name() { return name; }
            public Set<LayerKind<?>> requires() { return requires; }
            public Set<LayerKind<?>> produces() { return Set.of(produces); }
            public Layers annotate(Document doc) { return body.apply(doc); }
        };
    }

    @Test
    void buildFailsNamingTheMissingProducer() {
        Annotator needsTokens = annotator("quotes", Set.of(LayerKind.TOKENS), LayerKind.QUOTES, d -> Layers.EMPTY);
        ConfigException e = assertThrows(ConfigException.class, () -> new Pipeline(List.of(needsTokens)));
        assertTrue(e.getMessage().contains("'segment'"), e.getMessage());
    }

    @Test
    void runsAnnotatorsInOrderAndRecordsTimings() {
        Annotator sentences = annotator("sentences", Set.of(), LayerKind.SENTENCES,
                d -> Layers.of(LayerKind.SENTENCES, List.of(new Sentence(new Span(0, d.text().length())))));
        Annotator tokens = annotator("tokens", Set.of(LayerKind.SENTENCES), LayerKind.TOKENS,
                d -> Layers.of(LayerKind.TOKENS, List.of(new Token(d.sentences().get(0).span(), Token.Kind.WORD))));
        Pipeline p = new Pipeline(List.of(sentences, tokens));
        Document out = p.run(Document.ofText("Bonjour"));
        assertEquals(1, out.tokens().size());
        assertEquals(List.of("sentences", "tokens"), p.timings().stream().map(Pipeline.Timing::annotator).toList());
        assertEquals(1, p.timings().get(1).calls());
    }

    @Test
    void aFailingAnnotatorBecomesADiagnosticAndEmptyLayers() {
        Annotator broken = annotator("quotes", Set.of(), LayerKind.QUOTES, d -> { throw new IllegalStateException("boom"); });
        Document out = new Pipeline(List.of(broken)).run(Document.ofText("text"));
        assertTrue(out.quotes().isEmpty());
        assertEquals("annotator-failed", out.diagnostics().get(0).code());
    }

    @Test
    void aSpanPastTheEndIsRejected() {
        Annotator bad = annotator("segment", Set.of(), LayerKind.SENTENCES,
                d -> Layers.of(LayerKind.SENTENCES, List.of(new Sentence(new Span(0, 99)))));
        Document out = new Pipeline(List.of(bad)).run(Document.ofText("short"));
        assertTrue(out.sentences().isEmpty());
        assertTrue(out.diagnostics().get(0).message().contains("past the end"));
    }

    @Test
    void aLayerIsWrittenOnce() {
        Document d = Document.ofText("x").with(Layers.of(LayerKind.QUOTES, List.of()));
        assertThrows(IllegalStateException.class, () -> d.with(Layers.of(LayerKind.QUOTES, List.of())));
    }

    @Test
    void readingAMissingLayerNamesItsProducer() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Document.ofText("x").entities());
        assertTrue(e.getMessage().contains("'entities' annotator"), e.getMessage());
    }

    @Test
    void annotatorsReadTheRepairedReadingAtTheSameOffsetsUnlessTheyAskForTheOriginal() {
        String text = "Il a dÃ©clarÃ© non.";
        String repaired = "Il a dé" + Reading.FILLER + "clarÃ© non.";
        Annotator reading = annotator("reading", Set.of(), LayerKind.READING,
                d -> Layers.of(LayerKind.READING, List.of(new Reading(repaired))));
        StringBuilder seen = new StringBuilder();
        Annotator words = annotator("segment", Set.of(), LayerKind.SENTENCES, d -> {
            seen.append(d.text());
            return Layers.of(LayerKind.SENTENCES, List.of(new Sentence(new Span(0, d.text().length()))));
        });
        StringBuilder original = new StringBuilder();
        Annotator damage = new Annotator() {
            public String name() { return "artefacts"; }
            public Set<LayerKind<?>> requires() { return Set.of(); }
            public Set<LayerKind<?>> produces() { return Set.of(LayerKind.ARTEFACTS); }
            public boolean readsOriginalText() { return true; }
            public Layers annotate(Document d) {
                original.append(d.text());
                return Layers.of(LayerKind.ARTEFACTS, List.of());
            }
        };
        Document out = new Pipeline(List.of(reading, words, damage)).run(Document.ofText(text));
        assertEquals(repaired, seen.toString());
        assertEquals(text, original.toString());
        assertEquals(text, out.text(), "the record keeps the characters as they are");
        assertEquals(repaired, out.reading());
    }

    @Test
    void aReadingOfAnotherLengthIsRefused() {
        Document d = Document.ofText("dÃ©jà");
        assertThrows(IllegalStateException.class,
                () -> d.with(Layers.of(LayerKind.READING, List.of(new Reading("déjà")))));
    }

    @Test
    void namesCutFromAReadingLoseTheirFillers() {
        org.vigie.core.model.Entity e = new org.vigie.core.model.Entity("vigie:x", "vall\u00e9" + Reading.FILLER + "e",
                org.vigie.core.model.EntityType.LOC, List.of());
        assertEquals("vallée", e.name());
    }
}
