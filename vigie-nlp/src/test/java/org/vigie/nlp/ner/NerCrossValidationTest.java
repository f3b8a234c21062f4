package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class NerCrossValidationTest {

    @Test
    void namesCountAsRightOnlyWithTheExactSpanAndType() {
        List<String> gold = List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG");
        List<String> predicted = List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "I-ORG");
        assertEquals(Set.of("0:2:PER", "3:4:LOC", "5:6:ORG"), NerCrossValidation.chunks(gold));
        Set<String> p = NerCrossValidation.chunks(predicted);
        assertEquals(Set.of("0:2:PER", "3:4:ORG", "5:7:ORG"), p);
        assertEquals(Set.of("1:2:LOC"), NerCrossValidation.chunks(List.of("O", "I-LOC")), "a stray I- starts a name, as conlleval reads it");
    }

    @Test
    void scoresAddUpAndGiveF1() {
        NerCrossValidation.Score s = new NerCrossValidation.Score(8, 2, 0).plus(new NerCrossValidation.Score(0, 0, 4));
        assertEquals(new NerCrossValidation.Score(8, 2, 4), s);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(8.0 / 12, s.recall(), 1e-9);
        assertEquals(16.0 / 22, s.f1(), 1e-9);
        assertEquals(0, new NerCrossValidation.Score(0, 3, 3).f1());
    }

    @Test
    void everyDocumentFallsInOneFoldAndTheFoldsShareThemOut() {
        int[] sizes = new int[3];
        for (int i = 0; i < 3000; i++) {
            int f = NerCrossValidation.fold("doc" + i, 3);
            assertEquals(f, NerCrossValidation.fold("doc" + i, 3));
            sizes[f]++;
        }
        for (int size : sizes) assertTrue(size > 850 && size < 1150, Arrays.toString(sizes));
    }

    @Test
    void eachSentenceOfTheFirstFileIsTaggedOnceByAModelThatNeverSawIt(@TempDir Path dir) throws Exception {
        Random r = new Random(11);
        StringBuilder first = new StringBuilder(), other = new StringBuilder();
        int goldNames = 0;
        for (NerSentence s : ToyCorpus.titled("a", 60, false, r)) {
            for (int i = 0; i < s.size(); i++) first.append(i).append('\t').append(s.words().get(i)).append('\t').append(s.tags().get(i)).append('\n');
            first.append('\n');
            goldNames++;
        }
        for (NerSentence s : ToyCorpus.titled("b", 30, false, r)) {
            for (int i = 0; i < s.size(); i++) other.append(s.words().get(i)).append(' ').append(s.tags().get(i)).append('\n');
            other.append('\n');
        }
        Path a = dir.resolve("first.conllu"), b = dir.resolve("other.txt");
        Files.writeString(a, first, StandardCharsets.UTF_8);
        Files.writeString(b, other, StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        NerTrainer.Options options = new NerTrainer.Options(2, 1, 2, 0, 0, 7, false, 1, 0);
        NerCrossValidation.Score score = NerCrossValidation.run("xx", List.of(a, b), options, 3, 2,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(goldNames, score.tp() + score.fn(), log.toString(StandardCharsets.UTF_8));
        assertTrue(score.f1() > 0.9, "'Mr X said so' is easy: " + score);
        String out = log.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("fold 3/3"), out);
        assertTrue(out.contains("cross-validated F1"), out);
    }

    @Test
    void withBaggingTheMeanOfTheFirstModelsIsScoredForEveryBagCount(@TempDir Path dir) throws Exception {
        StringBuilder first = new StringBuilder();
        for (NerSentence s : ToyCorpus.titled("a", 45, false, new Random(4))) {
            for (int i = 0; i < s.size(); i++) first.append(i).append('\t').append(s.words().get(i)).append('\t').append(s.tags().get(i)).append('\n');
            first.append('\n');
        }
        Path a = dir.resolve("first.conllu");
        Files.writeString(a, first, StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        NerCrossValidation.Score score = NerCrossValidation.run("xx", List.of(a), new NerTrainer.Options(2, 1, 2, 0, 0, 7, false, 3, 0),
                3, 1, new PrintStream(log, true, StandardCharsets.UTF_8));
        String out = log.toString(StandardCharsets.UTF_8);
        for (int bags = 1; bags <= 3; bags++) assertTrue(out.contains(", " + bags + " bags, "), out);
        assertEquals(45, score.tp() + score.fn());
    }

    @Test
    void anAuxiliaryFileCannotBeTheCrossValidatedOne(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("first.conllu");
        Files.writeString(a, "0\tMr\tO\n1\tKalo\tB-PER\n\n", StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> NerCrossValidation.run("xx", List.of(Path.of("aux:" + a)),
                NerTrainer.Options.defaults(), 3, 1, quiet));
        assertThrows(IllegalArgumentException.class, () -> NerCrossValidation.run("xx", List.of(a), NerTrainer.Options.defaults(), 1, 1, quiet));
    }
}
