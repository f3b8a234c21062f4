package org.vigie.core;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;
import org.vigie.core.model.Spanned;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Invariants every annotator keeps, inherited by each annotator's test (the Lucene BaseTokenStreamTestCase idea):
 * declared layers returned, spans inside the text, deterministic output, no exception on empty, random or
 * hostile text, and identical results under concurrent use.
 */
public abstract class AnnotatorContract {

    /** The annotator under test. */
    protected abstract Annotator annotator();

    /** Runs whatever the annotator requires (e.g. blocks and segmentation) on a raw document. */
    protected abstract Document prepare(Document raw);

    /** A realistic text in which the annotator should find something. */
    protected abstract String sampleText();

    protected final Layers run(String text) {
        Document doc = prepare(Document.ofText(text));
        return annotator().annotate(doc);
    }

    @Test
    void returnsExactlyTheDeclaredLayersWithSpansInsideTheText() {
        String text = sampleText();
        Layers out = run(text);
        assertEquals(annotator().produces(), out.kinds());
        for (LayerKind<?> k : out.kinds()) {
            for (Object o : out.get(k)) {
                if (o instanceof Spanned s) {
                    Span span = s.span();
                    assertTrue(span.end() <= text.length(), k + " span " + span + " past end " + text.length());
                }
            }
        }
    }

    @Test
    void isDeterministic() {
        String text = sampleText();
        Layers a = run(text);
        Layers b = run(text);
        for (LayerKind<?> k : a.kinds()) assertEquals(a.get(k), b.get(k), "layer " + k);
    }

    @Test
    void neverThrowsOnEmptyRandomOrHostileText() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "\n\n\n", "«", "»«", "\"", "a", "123", "٣٤٥",
                "<script>alert(1)</script>", "\uD83D\uDE00 emoji \uD83D\uDE00", "\uFFFD\uFFFD", "M.", "l’", "  \u00A0\u202F ",
                "X".repeat(20_000), "« ".repeat(500), "1 ".repeat(2_000), "Le 31 février 2022, selon « » l'AFP."));
        Random random = new Random(42);
        String alphabet = "aZé «»“”\"'’.,;:!?-–—()[]0123456789 \n\u00A0\u202FXNUMXMmeDr.OTANselon";
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int j = 0; j < n; j++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            inputs.add(sb.toString());
        }
        for (String input : inputs) {
            assertDoesNotThrow(() -> run(input), () -> "input: " + input.substring(0, Math.min(80, input.length())));
        }
    }

    @Test
    void givesTheSameResultUnderConcurrentUse() throws Exception {
        String text = sampleText();
        Layers expected = run(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Layers>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> run(text)));
            for (Future<Layers> f : futures) {
                Layers got = f.get();
                for (LayerKind<?> k : expected.kinds()) assertEquals(expected.get(k), got.get(k));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
