package org.vigie.eval.times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Published;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.model.TimeExpression.Granularity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TimeEvaluatorTest {
    private static TimeExpression t(int start, int end, String value) {
        return new TimeExpression(new Span(start, end), value, Granularity.DAY);
    }

    @Test
    void exactAndOverlappingSpansAreCountedApart() {
        String text = "Il a parlé le 3 mars et lundi, puis mardi.";
        List<TimeExpression> gold = List.of(t(11, 19, "2025-03-03"), t(23, 28, "2025-03-03"));
        List<TimeExpression> system = List.of(t(14, 19, "2025-03-03"), t(23, 28, "2025-03-10"), t(35, 40, "2025-03-04"));
        TimeEvaluator.Score s = TimeEvaluator.score("doc", text, gold, system);
        assertEquals(new Prf(1, 3, 2), s.exact());
        assertEquals(new Prf(2, 3, 2), s.overlap());
        assertEquals(2, s.valued());
        assertEquals(1, s.resolved());
        assertEquals(0.5, s.valueAccuracy());
        assertEquals(3, s.errors().size());
    }

    @Test
    void goldExpressionsWithoutValueDoNotCountForValueAccuracy() {
        List<TimeExpression> gold = List.of(t(0, 5, null), t(6, 10, "2025"));
        List<TimeExpression> system = List.of(t(0, 5, "2025-03-03"), t(6, 10, "2025"));
        TimeEvaluator.Score s = TimeEvaluator.score("doc", "lundi 2025", gold, system);
        assertEquals(1, s.valued());
        assertEquals(1, s.resolved());
    }

    @Test
    void missingDataIsSkipped(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, TimeEvaluator.run(dir.resolve("absent"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
    }

    @Test
    void aGoldRecordIsScoredWithItsPublicationDate(@TempDir Path dir) throws Exception {
        String text = "Le ministre a parlé mardi à Korvan.";
        Document gold = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.PUBLISHED, List.of(new Published("2025-03-11", null, Published.Method.INFERRED)))
                .put(LayerKind.TIMES, List.of(t(20, 25, "2025-03-11"))).build());
        Files.writeString(dir.resolve("fr-01.json"), AnalysisJson.write(gold).toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TimeEvaluator.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("1 of 1 gold expressions with a value resolved exactly = 1.000"), report);
        assertTrue(report.contains("published date from gold for 1 records"), report);
    }
}
