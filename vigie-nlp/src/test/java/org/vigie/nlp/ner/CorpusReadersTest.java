package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CorpusReadersTest {

    private static BufferedReader text(String s) {
        return new BufferedReader(new StringReader(s));
    }

    @Test
    void conllIob1TagsBecomeIob2AndDocstartLinesSeparateDocuments() throws IOException {
        String data = """
                -DOCSTART- -X- O O

                Anna NNP I-NP I-PER
                Berg NNP I-NP I-PER
                met VBD I-VP O
                Carl NNP I-NP B-PER
                in IN I-PP O
                Oslo NNP I-NP I-LOC
                . . O O

                -DOCSTART- -X- O O

                Rain NN I-NP O
                fell VBD I-VP O
                """;
        List<NerSentence> sentences = ConllNerReader.read(text(data), "t");
        assertEquals(2, sentences.size());
        assertEquals(List.of("B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"), sentences.get(0).tags());
        assertNotEquals(sentences.get(0).document(), sentences.get(1).document());
        assertEquals("Anna Berg met Carl in Oslo .", sentences.get(0).text());
    }

    @Test
    void conllRejectsAnUnknownTypeNamingTheLine() {
        InputException e = assertThrows(InputException.class,
                () -> ConllNerReader.read(text("Anna NNP I-NP I-PERSON\n"), "bad.txt"));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void conllFileWithoutSentenceBreaksIsCutAfterFullStops() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 250; i++) sb.append("Le O\nmaire O\nde O\nNantes I-LOC\nparle O\n. O\n");
        List<NerSentence> sentences = ConllNerReader.read(text(sb.toString()), "t");
        assertEquals(250, sentences.size());
        assertEquals(List.of("O", "O", "O", "B-LOC", "O", "O"), sentences.get(99).tags());
    }

    @Test
    void conllFileWithoutSentenceBreaksIsSplitIntoDocumentsOfAHundredSentences() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 250; i++) sb.append("Le O\nmaire O\nparle O\n. O\n");
        List<NerSentence> sentences = ConllNerReader.read(text(sb.toString()), "t");
        assertEquals(List.of("t#1.1", "t#1.2", "t#1.3"), sentences.stream().map(NerSentence::document).distinct().toList());
        assertEquals("t#1.1", sentences.get(99).document());
        assertEquals("t#1.2", sentences.get(100).document());
    }

    @Test
    void conlluSentencesEachGetTheirOwnDocumentAndBrokenIob2IsRepaired() throws IOException {
        String data = "0\tLe\tO\n1\tmusée\tO\n2\tdu\tO\n3\tLouvre\tI-LOC\n\n0\tIl\tO\n1\tpleut\tO\n";
        List<NerSentence> sentences = ConlluNerReader.read(text(data), "v");
        assertEquals(2, sentences.size());
        assertEquals(List.of("O", "O", "O", "B-LOC"), sentences.get(0).tags());
        assertNotEquals(sentences.get(0).document(), sentences.get(1).document());
    }

    @Test
    void hipeTypesMapToTheConllSetAndTimeIsNotAName() throws IOException {
        String data = String.join("\n",
                "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC",
                "# language = fr",
                "# document_id = journal-1901-a",
                "M\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\tNIL\t_\tNoSpaceAfter",
                ".\tI-pers\tO\tI-pers.ind\tO\tI-comp.title\tO\tNIL\t_\t_",
                "Durand\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_",
                "lit\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "Le\tB-prod\tO\tB-prod.media\tO\tO\tO\tNIL\t_\t_",
                "Courrier\tI-prod\tO\tI-prod.media\tO\tO\tO\tNIL\t_\t_",
                "en\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "janvier\tB-time\tO\tB-time.date.abs\tO\tO\tO\tNIL\t_\tNoSpaceAfter",
                ".\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "# document_id = journal-1901-b",
                "La\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "Banque\tB-org\tO\tB-org.ent\tO\tO\tO\tNIL\t_\t_",
                "ferme\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "à\tO\tO\tO\tO\tO\tO\t_\t_\t_",
                "Lyon\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tNIL\t_\tNoSpaceAfter",
                ".\tO\tO\tO\tO\tO\tO\t_\t_\t_");
        List<NerSentence> sentences = HipeReader.read(text(data), "h");
        assertEquals(2, sentences.size());
        NerSentence first = sentences.get(0);
        assertEquals("journal-1901-a", first.document());
        assertEquals(List.of("B-PER", "I-PER", "I-PER", "O", "B-MISC", "I-MISC", "O", "O", "O"), first.tags());
        assertEquals("M. Durand lit Le Courrier en janvier.", first.text());
        assertEquals("journal-1901-b", sentences.get(1).document());
        assertEquals(List.of("O", "B-ORG", "O", "O", "B-LOC", "O"), sentences.get(1).tags());
    }

    @Test
    void hipeWithoutHeaderIsRefused() {
        assertThrows(InputException.class, () -> HipeReader.read(text("word\tB-pers\n"), "h"));
    }

    @Test
    void corpusPartsSplitSentencesByIndexFourModuloFive(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add("0\tphrase" + i + "\tO");
            lines.add("");
        }
        Path file = dir.resolve("val.conllu");
        Files.write(file, lines);
        List<NerSentence> train = NerCorpus.read(dir.resolve("val.conllu#train"));
        List<NerSentence> heldOut = NerCorpus.read(dir.resolve("val.conllu#heldout"));
        assertEquals(10, train.size());
        assertEquals(List.of("phrase4", "phrase9"), heldOut.stream().map(s -> s.words().get(0)).toList());
        assertEquals(12, NerCorpus.read(file).size());
        assertThrows(InputException.class, () -> NerCorpus.read(dir.resolve("val.conllu#test")));
    }
}
