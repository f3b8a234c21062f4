package org.vigie.eval.linking;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;
import org.vigie.eval.Ratio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class HipeLinkingTest {
    private static final String HEADER = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC";
    private static final String TSV = String.join("\n",
            HEADER,
            "# language = fr",
            "# date = 1901-05-02",
            "# document_id = doc-a",
            "Le\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "maire\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "de\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "Lyon\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tQ456\t_\tNoSpaceAfter",
            ",\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "Jean\tB-pers\tO\tB-pers.ind\tO\tO\tO\tQ900\t_\t_",
            "Morel\tI-pers\tO\tI-pers.ind\tO\tO\tO\tQ900\t_\tEndOfLine",
            "est\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "à\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "Paris\tB-loc\tB-org\tB-loc.adm.town\tB-org.adm\tO\tO\tQ90\tQ142\tNoSpaceAfter",
            ".\tO\tO\tO\tO\tO\tO\t_\t_\t_",
            "# document_id = doc-b",
            "Berne\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tNIL\t_\t_");

    @Test
    void theTextIsRebuiltFromTheTokensAndTheirSpacingFlags() throws IOException {
        List<HipeDocuments.Doc> docs = HipeDocuments.parse(TSV);
        assertEquals(2, docs.size());
        HipeDocuments.Doc a = docs.get(0);
        assertEquals("Le maire de Lyon, Jean Morel est à Paris.", a.text());
        assertEquals("1901-05-02", a.date());
        assertEquals(List.of("Lyon", "Jean Morel", "Paris"), a.gold().stream().map(g -> g.span().of(a.text())).toList());
        assertEquals("pers", a.gold().get(1).type());
        assertEquals("Q142", a.gold().get(2).metonymic());
        assertFalse(docs.get(1).gold().get(0).linked(), "NIL is no link");
    }

    @Test
    void precisionCountsOurQidLinksAndRecallOnlyGoldTheKnowledgeBaseCovers() throws IOException {
        HipeDocuments.Doc a = HipeDocuments.parse(TSV).get(0);
        String text = a.text();
        List<HipeLinking.Predicted> ours = List.of(
                new HipeLinking.Predicted(span(text, "Lyon"), "Q456"),          // right
                new HipeLinking.Predicted(span(text, "Morel"), "Q1"),           // wrong QID, overlaps Jean Morel
                new HipeLinking.Predicted(span(text, "Paris"), "Q142"),         // the metonymic link counts
                new HipeLinking.Predicted(span(text, "maire"), "Q7"),           // no gold mention there
                new HipeLinking.Predicted(span(text, "Le"), "vigie:le"));       // engine ids are not scored
        HipeLinking.Tally t = new HipeLinking.Tally();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        HipeLinking.score(a.gold(), ours, Set.of("Q456", "Q900")::contains, id -> null, t, errors, text, a.id());
        assertEquals(new Ratio(2, 4), t.total(t.precision));
        assertEquals(new Ratio(2, 3), t.total(t.alignedPrecision), "precision among links on linked gold mentions");
        assertEquals(new Ratio(0, 1), t.precision.get("(none)"));
        assertEquals(new Ratio(1, 2), t.total(t.kbRecall), "Paris's QID Q90 is not in the knowledge base");
        assertEquals(new Ratio(1, 1), t.kbRecall.get("loc"));
        assertEquals(new Ratio(0, 1), t.kbRecall.get("pers"));
        assertEquals(new Ratio(2, 3), t.total(t.allRecall));
        assertEquals(3, t.goldLinked);
        assertEquals(2, t.goldKb);
        String listed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("missed\tdoc-a\tJean Morel\tgold pers Q900\tours Q1"), listed);
        assertTrue(listed.contains("wrong\tdoc-a\tmaire\tours Q7\tgold no mention"), listed);
    }

    @Test
    void demonymsOnNoGoldMentionAndCapitalsReadAsTheirCountryAreCountedApart() throws IOException {
        HipeDocuments.Doc a = HipeDocuments.parse(TSV).get(0);
        String text = a.text();
        List<HipeLinking.Predicted> ours = List.of(
                new HipeLinking.Predicted(span(text, "Lyon"), "Q142"),   // Lyon read as France
                new HipeLinking.Predicted(span(text, "maire"), "Q7"),    // lower case, no gold mention
                new HipeLinking.Predicted(span(text, "Le"), "Q8"));      // capitalised, no gold mention
        HipeLinking.Tally t = new HipeLinking.Tally();
        HipeLinking.score(a.gold(), ours, Set.of("Q456")::contains, id -> id.equals("Q456") ? "Q142" : null, t, null, text, a.id());
        assertEquals(1, t.capitalAsCountry);
        assertEquals(1, t.unmatchedLowerCase);
        assertEquals(new Ratio(0, 2), t.precision.get("(none)"));
    }

    @Test
    void absentDataIsSkipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, HipeLinking.run(Path.of("/nonexistent-hipe-dir"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: "));
    }

    @Test
    void hipe2022KeysWithTheirPrefixAreRead() throws IOException {
        List<HipeDocuments.Doc> docs = HipeDocuments.parse(HEADER + "\n# hipe2022:document_id = d1\n# hipe2022:date = 1923-01-15\n"
                + "Lyon\tB-LOC\tO\tB-LOC\tO\tO\tO\tQ456\t_\t_\n# hipe2022:document_id = d2\nParis\tB-LOC\tO\tO\tO\tO\tO\tQ90\t_\t_\n");
        assertEquals(List.of("d1", "d2"), docs.stream().map(HipeDocuments.Doc::id).toList());
        assertEquals("1923-01-15", docs.get(0).date());
        assertNull(docs.get(1).date(), "a document without a date line takes none from the one before");
        assertEquals("LOC", docs.get(0).gold().get(0).type());
    }

    @Test
    void anUnknownSplitIsAClearError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, HipeLinking.run(Path.of("."), new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "test"));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("unknown split test"));
    }

    @Test
    void aMalformedLineIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> HipeDocuments.parse(HEADER + "\n# document_id = x\nLyon\tB-loc\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void columnsAreFoundByTheirHeaderNotTheirPosition() throws IOException {
        List<HipeDocuments.Doc> docs = HipeDocuments.parse("MISC\tNEL-METO\tNEL-LIT\tNE-COARSE-LIT\tTOKEN\n# document_id = d\n"
                + "NoSpaceAfter\t_\tQ456\tB-loc\tLyon\n_\t_\t_\tO\t.\n");
        assertEquals("Lyon.", docs.get(0).text());
        assertTrue(docs.get(0).gold().get(0).linkedTo("Q456"));
    }

    @Test
    void aFileWithoutItsHeaderIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> HipeDocuments.parse("# document_id = x\nLyon\tB-loc\tO\n"));
        assertTrue(e.getMessage().contains("not a HIPE header"), e.getMessage());
    }

    private static Span span(String text, String word) {
        int i = text.indexOf(word);
        return new Span(i, i + word.length());
    }
}
