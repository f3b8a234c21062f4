package org.vigie.eval.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.nlp.ner.NerModel;
import org.vigie.nlp.ner.NerSentence;
import org.vigie.nlp.ner.NerTagger;
import org.vigie.nlp.ner.NerTrainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class NerEvaluatorTest {

    private static String run(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, NerEvaluator.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), false));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingDataIsSkippedNotFailed(@TempDir Path dir) throws IOException {
        assertTrue(run(dir.resolve("absent")).startsWith("skipped: "));
    }

    /** A tiny English world: "Mr X" is a person, "in Y" a place. */
    private static List<NerSentence> sentences(String... names) {
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            out.add(i % 2 == 0
                    ? new NerSentence("d" + i, List.of("Mr", names[i], "spoke", "."), List.of("O", "B-PER", "O", "O"))
                    : new NerSentence("d" + i, List.of("rain", "fell", "in", names[i], "."), List.of("O", "O", "O", "B-LOC", "O")));
        }
        return out;
    }

    @Test
    void aTaggerIsScoredOnTheTestFileAndATrainingFileIsRefused(@TempDir Path dir) throws IOException {
        List<NerSentence> train = new ArrayList<>();
        String[] names = {"Alvar", "Borin", "Cedra", "Dunmor", "Elsk", "Farrow", "Gilm", "Hestor", "Ivel", "Jorrun"};
        for (int k = 0; k < 30; k++) train.addAll(sentences(names));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerModel model = NerTrainer.train("en", train, new NerTrainer.Options(5, 2, 2, 0, 0, 1, true, 2, 0), quiet);
        Path conll = Files.createDirectories(dir.resolve("conll2003-en"));
        Files.writeString(conll.resolve("eng.testa"), "Mr NNP I-NP O\nKestrel NNP I-NP I-PER\nspoke VBD I-VP O\n. . O O\n\n"
                + "rain NN I-NP O\nfell VBD I-VP O\nin IN I-PP O\nMorvane NNP I-NP I-LOC\n. . O O\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Map<String, Double> f1 = NerEvaluator.evaluate(dir, "en", new NerTagger(model), out, true);
        assertEquals(1.0, f1.get("conll2003-en/eng.testa"), 1e-9, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("skipped: " + dir.resolve("wikineural-en/val.conllu")));

        NerModel trainedOnTest = model.withManifest(Map.of("training.files", "conll2003-en/eng.testa (2 sentences)"));
        bytes.reset();
        assertEquals(Map.of(), NerEvaluator.evaluate(dir, "en", new NerTagger(trainedOnTest), out, false));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("refused"));

        NerModel auxiliaryOnTest = model.withManifest(Map.of("training.files", "aux:conll2003-en/eng.testa (2 sentences)"));
        bytes.reset();
        assertEquals(Map.of(), NerEvaluator.evaluate(dir, "en", new NerTagger(auxiliaryOnTest), out, false),
                "a test file trained on as an auxiliary corpus is refused too");
    }

    @Test
    void theHeldBackFifthIsScoredForAModelTrainedOnTheOtherFourFifthsOnly(@TempDir Path dir) throws IOException {
        Path wiki = Files.createDirectories(dir.resolve("wikineural-en"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append("0\tMr\tO\n1\t").append(i % 5 == 4 ? "Talwin" : "Orrick").append("\tB-PER\n2\tspoke\tO\n\n");
        Files.writeString(wiki.resolve("val.conllu"), sb.toString());
        List<NerSentence> train = new ArrayList<>();
        for (int k = 0; k < 30; k++) train.addAll(sentences("Alvar", "Borin", "Cedra", "Dunmor"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerModel model = NerTrainer.train("en", train, new NerTrainer.Options(5, 2, 2, 0, 0, 1, false, 1, 0), quiet);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        NerModel fourFifths = model.withManifest(Map.of("training.files", "wikineural-en/val.conllu#train (8 sentences)"));
        assertEquals(1, NerEvaluator.evaluate(dir, "en", new NerTagger(fourFifths), out, false).size(), bytes.toString(StandardCharsets.UTF_8));
        NerModel whole = model.withManifest(Map.of("training.files", "wikineural-en/val.conllu (10 sentences)"));
        assertEquals(0, NerEvaluator.evaluate(dir, "en", new NerTagger(whole), out, false).size());
    }
}
