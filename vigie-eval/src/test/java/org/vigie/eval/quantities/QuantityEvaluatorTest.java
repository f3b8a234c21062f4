package org.vigie.eval.quantities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.*;
import org.vigie.eval.times.Prf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuantityEvaluatorTest {
    private static final EntityRef CBTO = new EntityRef("vigie:cbto", "CBTO");

    private static Quantity q(int start, int end, Double value, String unit, EntityRef by) {
        return new Quantity(new Span(start, end), value, unit, false, false, by);
    }

    @Test
    void attributesAreScoredOverOverlappingPairs() {
        String text = "L'OTBC estime que 90 000 soldats et 300 chars sont là, et 12 avions.";
        List<Quantity> gold = List.of(q(18, 32, 90000.0, "soldier", CBTO), q(36, 45, 300.0, "tank", CBTO));
        List<Quantity> system = List.of(q(18, 24, 90000.0, "soldier", CBTO), q(36, 45, 300.0, "vehicle", null),
                q(58, 67, 12.0, "aircraft", null));
        QuantityEvaluator.Score s = QuantityEvaluator.score("doc", text, gold, system);
        assertEquals(new Prf(1, 3, 2), s.exact());
        assertEquals(new Prf(2, 3, 2), s.overlap());
        assertEquals(2, s.matched());
        assertEquals(2, s.value());
        assertEquals(1, s.unit());
        assertEquals(1, s.claimant());
        assertEquals(1.0, s.accuracy(s.value()));
    }

    @Test
    void aClaimantNamedOtherwiseButSharingAMentionWithTheGoldIsRight() {
        String text = "La Lessarie estime que 90 000 soldats sont là, dit Miravel.";
        Span lessarie = new Span(3, 11), miravel = new Span(51, 58);
        Document gold = Document.ofText(text).with(Layers.builder().put(LayerKind.ENTITIES, List.of(
                new Entity("vigie:lessaria", "Lessaria", EntityType.LOC, List.of(lessarie)))).build());
        Document system = Document.ofText(text).with(Layers.builder().put(LayerKind.ENTITIES, List.of(
                new Entity("vigie:lessarie", "Lessarie", EntityType.LOC, List.of(lessarie)),
                new Entity("vigie:miravel", "Miravel", EntityType.LOC, List.of(miravel)))).build());
        EntityRef goldRef = new EntityRef("vigie:lessaria", "Lessaria");
        List<Quantity> g = List.of(q(23, 37, 90000.0, "soldier", goldRef));
        org.vigie.eval.EntityMatcher m = new org.vigie.eval.EntityMatcher(gold, system);
        assertEquals(1, QuantityEvaluator.score("doc", text, g, List.of(q(23, 37, 90000.0, "soldier",
                new EntityRef("vigie:lessarie", "Lessarie"))), m::same).claimant());
        assertEquals(0, QuantityEvaluator.score("doc", text, g, List.of(q(23, 37, 90000.0, "soldier",
                new EntityRef("vigie:miravel", "Miravel"))), m::same).claimant());
        assertEquals(0, QuantityEvaluator.score("doc", text, g, List.of(q(23, 37, 90000.0, "soldier", null)), m::same).claimant());
    }

    @Test
    void nullValuesMatchOnlyNullValues() {
        List<Quantity> gold = List.of(q(0, 5, null, "soldier", null), q(6, 11, 5.0, "tank", null));
        List<Quantity> system = List.of(q(0, 5, 3.0, "soldier", null), q(6, 11, 5.0000000001, "tank", null));
        assertEquals(1, QuantityEvaluator.score("doc", "aaaaa bbbbb", gold, system).value());
    }

    @Test
    void missingDataIsSkipped(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, QuantityEvaluator.run(dir.resolve("absent"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
    }

    @Test
    void goldEntityLayersCanStandInForThePipelines(@TempDir Path dir) throws Exception {
        String text = "L'OTBC estime que 90 000 soldats sont massés.";
        Span otbc = new Span(2, 6);
        Document gold = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.ENTITIES, List.of(new Entity(CBTO.entity(), CBTO.name(), EntityType.ORG, List.of(otbc))))
                .put(LayerKind.QUANTITIES, List.of(q(18, 32, 90000.0, "soldier", CBTO))).build());
        Files.writeString(dir.resolve("fr-01.json"), AnalysisJson.write(gold).toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuantityEvaluator.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                java.util.Set.of(LayerKind.ENTITIES, LayerKind.MENTIONS, LayerKind.QUOTES));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("gold layers:"), report);
        assertTrue(report.contains("value 1.000, unit 1.000, claimant 1.000"), report);
    }
}
