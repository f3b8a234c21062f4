package org.vigie.eval.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EntityScoresTest {
    private static final String TEXT = "Dana Orel a vu Orel et Kiev. Brenmoor aussi.";

    private static Document doc(Entity... entities) {
        return Document.ofText(TEXT).with(Layers.of(LayerKind.ENTITIES, List.of(entities)));
    }

    private static Span span(String surface, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) i = TEXT.indexOf(surface, i + 1);
        return new Span(i, i + surface.length());
    }

    @Test
    void mentionScoresCountExactSpansTypedAndUntyped() {
        Document gold = doc(new Entity("vigie:dana-orel", "Dana Orel", EntityType.PER, List.of(span("Dana Orel", 0), span("Orel", 1))),
                new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(span("Kiev", 0))),
                new Entity("vigie:brenmoor", "Brenmoor", EntityType.GPE, List.of(span("Brenmoor", 0))));
        Document predicted = doc(new Entity("vigie:dana-orel", "Dana Orel", EntityType.PER, List.of(span("Dana Orel", 0))),
                new Entity("vigie:orel", "Orel", EntityType.PER, List.of(span("Orel", 1))),
                new Entity("Q1899", "Kyiv", EntityType.LOC, List.of(span("Kiev", 0))),
                new Entity("vigie:aussi", "Aussi", EntityType.MISC, List.of(span("aussi", 0))));
        EntityScores s = new EntityScores();
        s.add("t", gold, predicted, null);
        assertEquals(3.0 / 4, s.precision(), 1e-9);
        assertEquals(3.0 / 4, s.recall(), 1e-9);
        assertEquals(2.0 / 4, s.typedPrecision(), 1e-9);
        assertEquals(1.0, s.linkingAccuracy(), 1e-9);
        // gold groups Dana Orel and Orel; the prediction splits them: B-cubed recall drops, precision stays
        assertEquals(1.0, s.bcubedPrecision(), 1e-9);
        assertEquals((0.5 + 0.5 + 1) / 3, s.bcubedRecall(), 1e-9);
    }

    @Test
    void groupEntitiesAreNotScoredAsNamedEntities() {
        Document gold = doc(new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(span("Kiev", 0))));
        Document predicted = doc(new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(span("Kiev", 0))),
                new Entity("vigie:group:protesters", "protesters", EntityType.ORG, List.of(span("aussi", 0))));
        EntityScores s = new EntityScores();
        s.add("t", gold, predicted, null);
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        // the same entity under a named id would be a false alarm
        Document named = doc(new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(span("Kiev", 0))),
                new Entity("vigie:protesters", "protesters", EntityType.ORG, List.of(span("aussi", 0))));
        EntityScores t = new EntityScores();
        t.add("t", gold, named, null);
        assertEquals(0.5, t.precision(), 1e-9);
    }

    @Test
    void linkingCountsOnlyGoldMentionsWithAQid() {
        Document gold = doc(new Entity("Q1899", "Kyiv", EntityType.GPE, List.of(span("Kiev", 0))),
                new Entity("vigie:brenmoor", "Brenmoor", EntityType.GPE, List.of(span("Brenmoor", 0))));
        Document predicted = doc(new Entity("vigie:kiev", "Kiev", EntityType.GPE, List.of(span("Kiev", 0))),
                new Entity("vigie:other", "Brenmoor", EntityType.GPE, List.of(span("Brenmoor", 0))));
        EntityScores s = new EntityScores();
        s.add("t", gold, predicted, null);
        assertEquals(1, s.linkable());
        assertEquals(0.0, s.linkingAccuracy(), 1e-9);
    }

    @Test
    void aMissingGoldFolderIsSkippedQuietly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, EntityEvaluator.run(Path.of("no/such/folder"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: no/such/folder not found"));
    }

    @Test
    void hipeLinksGiveNameToQidEvidence() throws Exception {
        Path dir = Files.createTempDirectory("hipe");
        Files.writeString(dir.resolve("tiny.tsv"), String.join("\n",
                "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC",
                "# document_id = t1",
                "La\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "Suisse\tB-loc\tO\tB-loc.adm.nat\tO\tO\tO\tQ39\t_\t_",
                "et\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "Genève\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tQ71\t_\tNoSpaceAfter",
                ".\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "New\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tQ60\t_\t_",
                "York\tI-loc\tO\tI-loc.adm.town\tO\tO\tO\tQ60\t_\t_",
                "Inconnu\tB-pers\tO\tB-pers.ind\tO\tO\tO\tNIL\t_\t_", ""));
        HipeLinkTable t = HipeLinkTable.read(dir);
        assertEquals(1, t.count("suisse", "Q39"));
        assertEquals(1, t.count("Geneve", "Q71"));
        assertEquals(1, t.count("New York", "Q60"));
        assertTrue(t.links("Inconnu").isEmpty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, KbQidCheck.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("QIDs confirmed by HIPE: "));
    }

    @Test
    void sourcesAreScoredAsOutletAndRolePairs() {
        Document gold = Document.ofText(TEXT).with(Layers.of(LayerKind.SOURCES, List.of(
                new org.vigie.core.model.SourceCredit("AFP", "Q40464", org.vigie.core.model.SourceCredit.Role.CREDITED, span("Kiev", 0)),
                new org.vigie.core.model.SourceCredit("Belga", "vigie:belga", org.vigie.core.model.SourceCredit.Role.CITED, null))));
        Document predicted = Document.ofText(TEXT).with(Layers.of(LayerKind.SOURCES, List.of(
                new org.vigie.core.model.SourceCredit("AFP", "Q40464", org.vigie.core.model.SourceCredit.Role.CREDITED, span("Orel", 0)),
                new org.vigie.core.model.SourceCredit("Belga", "vigie:belga", org.vigie.core.model.SourceCredit.Role.CREDITED, null))));
        SourceScores s = new SourceScores();
        s.add("t", gold, predicted, null);
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }
}
