package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NerTrainerTest {

    @Test
    void runTrainsFromCorpusFilesAndWritesALoadableModelFolder(@TempDir Path dir) throws IOException {
        StringBuilder conll = new StringBuilder("-DOCSTART- -X- O O\n\n");
        StringBuilder wiki = new StringBuilder();
        String[] people = {"Arno", "Belka", "Corvin", "Dalia", "Emric", "Fenna", "Gusto", "Halde"};
        String[] towns = {"Ostrava", "Pelmo", "Quirra", "Rasten", "Sorvik", "Tamsel", "Ulden", "Varno"};
        for (int i = 0; i < 80; i++) {
            conll.append("Dr NNP I-NP O\n").append(people[i % 8]).append(" NNP I-NP I-PER\nleft VBD I-VP O\n")
                    .append(towns[(i * 3) % 8]).append(" NNP I-NP I-LOC\n. . O O\n\n");
            wiki.append("0\tin\tO\n1\t").append(towns[i % 8]).append("\tB-LOC\n2\t,\tO\n3\t").append(people[(i * 5) % 8])
                    .append("\tB-PER\n4\twaved\tO\n\n");
        }
        Path train = dir.resolve("train.txt"), val = dir.resolve("val.conllu");
        Files.writeString(train, conll);
        Files.writeString(val, wiki);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = NerTrainer.run("xx", List.of(train, dir.resolve("val.conllu#train")), dir.resolve("model"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("epoch 1"));
        NerModel model = NerModel.load(dir.resolve("model"));
        assertEquals("xx", model.language());
        assertTrue(model.manifest().get("training.files").contains("val.conllu#train (64 sentences)"), model.manifest().toString());
        assertEquals(List.of("O", "B-PER", "O", "B-LOC", "O"), new NerTagger(model).tagWords(List.of("Dr", "Corvin", "left", "Pelmo", ".")));
    }

    @Test
    void aTextFileOnlyFeedsTheWordClustersAndIsListedAsSuch(@TempDir Path dir) throws IOException {
        StringBuilder labelled = new StringBuilder(), text = new StringBuilder();
        String[] towns = {"Ostrava", "Pelmo", "Quirra", "Rasten"};
        for (int i = 0; i < 60; i++) {
            labelled.append("0\tin\tO\n1\t").append(towns[i % 4]).append("\tB-LOC\n2\tit\tO\n3\trained\tO\n\n");
            text.append("in O\nVelmar I-PER\nit O\nrained O\n\n");
        }
        Path train = dir.resolve("train.conllu"), words = dir.resolve("words.txt");
        Files.writeString(train, labelled);
        Files.writeString(words, text);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = NerTrainer.run("xx", List.of(train, Path.of(NerTrainer.TEXT_PREFIX + words)), dir.resolve("model"),
                new NerTrainer.Options(3, 1, 2, 2, 0, 7, false, 1, 0), new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
        NerModel model = NerModel.load(dir.resolve("model"));
        assertTrue(model.manifest().get("training.files").contains("text:" + dir.getFileName() + "/words.txt (60 sentences)"),
                model.manifest().toString());
        assertEquals("60", model.manifest().get("training.sentences"));
        assertNotEquals(0, Lexicon.cluster(model.lexicon().stats(Features.wordKey("velmar"))));
        assertEquals(0, Lexicon.wordStats(model.lexicon().stats(Features.wordKey("velmar"))));
    }

    @Test
    void anUnscoredCorpusIsTrainedOnButLeftOutOfTheDevSlice(@TempDir Path dir) throws IOException {
        StringBuilder scored = new StringBuilder(), other = new StringBuilder();
        String[] towns = {"Ostrava", "Pelmo", "Quirra", "Rasten"};
        for (int i = 0; i < 60; i++) {
            scored.append("0\tin\tO\n1\t").append(towns[i % 4]).append("\tB-LOC\n2\tit\tO\n3\trained\tO\n\n");
            // Deliberately wrong tags: were they scored, the dev slice could not reach 1.
            other.append("0\tMr\tO\n1\tVelmar\tB-LOC\n2\tsaid\tB-LOC\n3\tso\tO\n\n");
        }
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = dir.resolve("a/val.conllu"), b = dir.resolve("b/val.conllu");
        Files.writeString(a, scored);
        Files.writeString(b, other);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = NerTrainer.run("xx", List.of(a, Path.of(NerTrainer.UNSCORED_PREFIX + b)), dir.resolve("model"),
                new NerTrainer.Options(3, 1, 2, 0, 0, 7, false, 1, 0), new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
        NerModel model = NerModel.load(dir.resolve("model"));
        assertTrue(model.manifest().get("training.files").contains("unscored:b/val.conllu (60 sentences)"), model.manifest().toString());
        assertEquals("120", model.manifest().get("training.sentences"));
        assertEquals("1.0000", model.manifest().get("score.dev-slice-f1"), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWeightOrAuxPrefixOnAFileWhoseDocumentsAnotherFileNamesAlikeIsRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = dir.resolve("a/val.conllu"), b = dir.resolve("b/val.conllu");
        Files.writeString(a, "0\tin\tO\n1\tPelmo\tB-LOC\n\n");
        Files.writeString(b, "0\tMr\tO\n1\tVelmar\tB-PER\n\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(1, NerTrainer.run("xx", List.of(a, Path.of("0.5*" + b)), dir.resolve("m1"), out));
        assertEquals(1, NerTrainer.run("xx", List.of(Path.of(NerTrainer.AUXILIARY_PREFIX + a), b), dir.resolve("m2"), out));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("is also in another training file"), log.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("m1")));
    }

    @Test
    void theEpochCountIgnoresALoneSpikeInTheDevScore() {
        assertEquals(5, NerTrainer.smoothedBest(List.of(0.80, 0.86, 0.83, 0.84, 0.85, 0.85, 0.84)));
        assertEquals(1, NerTrainer.smoothedBest(List.of(0.9)));
        assertEquals(3, NerTrainer.smoothedBest(List.of(0.80, 0.85, 0.86)));
    }

    @Test
    void headlineCopiesAreAddedForAFewSentencesWithTheirTags() {
        List<NerSentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sentences.add(new NerSentence("d" + i, List.of("the", "mayor", "of", "Lindow", "resigned"), List.of("O", "O", "O", "B-LOC", "O")));
        }
        List<NerSentence> all = NerTrainer.withHeadlines(sentences, 5);
        List<NerSentence> copies = all.subList(400, all.size());
        assertTrue(copies.size() > 10 && copies.size() < 80, copies.size() + " copies");
        assertTrue(copies.stream().anyMatch(s -> s.words().equals(List.of("The", "Mayor", "of", "Lindow", "Resigned"))));
        assertTrue(copies.stream().anyMatch(s -> s.words().equals(List.of("THE", "MAYOR", "OF", "LINDOW", "RESIGNED"))));
        assertTrue(copies.stream().allMatch(s -> s.tags().equals(List.of("O", "O", "O", "B-LOC", "O"))));
        assertEquals(sentences, NerTrainer.withHeadlines(sentences, 0));
    }

    @Test
    void runReportsAnUnreadableFileAndReturnsOne(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "Arno NNP I-NP I-PERSON\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(1, NerTrainer.run("xx", List.of(bad), dir.resolve("model"), new PrintStream(log, true, StandardCharsets.UTF_8)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("unknown tag I-PERSON"));
        assertEquals(1, NerTrainer.run("xx", List.of(dir.resolve("absent.txt")), dir.resolve("model"),
                new PrintStream(log, true, StandardCharsets.UTF_8)));
        assertFalse(Files.exists(dir.resolve("model")));
    }

    @Test
    void anAuxiliaryCorpusWithOtherConventionsDoesNotOverruleTheMainOnes() {
        java.util.Random r = new java.util.Random(5);
        List<NerSentence> main = ToyCorpus.titled("main", 100, false, r), aux = ToyCorpus.titled("aux", 400, true, r);
        List<NerSentence> all = new java.util.ArrayList<>(main);
        all.addAll(aux);
        java.util.Set<String> auxDocs = new java.util.HashSet<>();
        for (NerSentence s : aux) auxDocs.add(s.document());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerModel model = NerTrainer.train("xx", all, new NerTrainer.Options(6, 2, 2, 0, 0, 7, false, 1, 0), auxDocs, quiet);
        NerTagger tagger = new NerTagger(model);
        int mainConvention = 0;
        for (String name : List.of("Dravo", "Sulek", "Bramt", "Gonvi", "Pertu", "Anvel", "Hodri", "Istra", "Jumal", "Orvan")) {
            if (tagger.tagWords(List.of("Mr", name, "said", "so", ".")).equals(List.of("O", "B-PER", "O", "O", "O"))) mainConvention++;
        }
        assertEquals(10, mainConvention);
    }

    @Test
    void aFixedEpochCountIsKeptAndTheDevSliceStillGivesTheCalibrationWhenAsked() {
        java.io.PrintStream quiet = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<NerSentence> train = ToyCorpus.titled("d", 200, false, new java.util.Random(9));
        NerTrainer.Options options = new NerTrainer.Options(9, 1, 2, 0, 0, 7, false, 1, 0);
        NerModel calibrated = NerTrainer.train("xx", train, options, KbNames.NONE, java.util.Set.of(), java.util.Map.of(), java.util.List.of(),
                java.util.Set.of(), 3, true, null, quiet);
        assertEquals("3", calibrated.manifest().get("epochs"));
        assertNotEquals("NaN", calibrated.manifest().get("score.dev-slice-f1"));
        NerModel plain = NerTrainer.train("xx", train, options, KbNames.NONE, java.util.Set.of(), java.util.Map.of(), java.util.List.of(),
                java.util.Set.of(), 3, false, null, quiet);
        assertEquals("3", plain.manifest().get("epochs"));
        assertEquals("NaN", plain.manifest().get("score.dev-slice-f1"), "no dev slice was held out");
    }
}
