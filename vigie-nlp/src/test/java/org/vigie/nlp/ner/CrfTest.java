package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class CrfTest {
    private static final Labels LABELS = Labels.of(false);

    /** Three tokens, features 0-3 (token 1 has two), gold "B-PER I-PER O". */
    private static final int[] FEATURES = {0, 1, 2, 3}, OFFSETS = {0, 1, 3, 4}, GOLD = {1, 2, 0};

    private static float[] randomWeights(int features, Random r) {
        float[] w = new float[features * LABELS.size()];
        for (int i = 0; i < w.length; i++) w[i] = (float) (r.nextGaussian() * 0.7);
        return w;
    }

    @Test
    void theAnalyticGradientOfTheLogLikelihoodMatchesTheNumericOne() {
        int l = LABELS.size();
        Random r = new Random(3);
        float[] w = randomWeights(4, r);
        Crf crf = new Crf(4, LABELS, 0.1, 0);
        double[] t = crf.transitionWeights();
        for (int i = 0; i < t.length; i++) t[i] = r.nextGaussian() * 0.5;
        double loss = crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
        assertTrue(loss > 0, "the gold sequence is not certain, so its negative log-likelihood is positive: " + loss);
        double[] node = new double[3 * l], trans = new double[t.length];
        for (int i = 0; i < 3; i++) for (int y = 0; y < l; y++) node[i * l + y] = crf.nodeGradient(i, y);
        for (int i = 0; i < t.length; i++) trans[i] = crf.transitionGradient(i);

        // A feature weight's gradient is the sum of its tokens' emission gradients.
        double h = 1e-3;
        for (int feature = 0; feature < 4; feature++) {
            for (int y = 0; y < l; y++) {
                double analytic = 0;
                for (int i = 0; i < 3; i++) for (int k = OFFSETS[i]; k < OFFSETS[i + 1]; k++) if (FEATURES[k] == feature) analytic += node[i * l + y];
                float saved = w[feature * l + y];
                w[feature * l + y] = (float) (saved + h);
                double up = crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
                w[feature * l + y] = (float) (saved - h);
                double down = crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
                w[feature * l + y] = saved;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, analytic, 2e-3, "feature " + feature + " label " + y);
            }
        }
        int checked = 0;
        int[] allowed = LABELS.allowedFrom();
        for (int p = 0; p <= l; p++) {
            for (int y = 0; y < l; y++) {
                int i = p * l + y;
                double saved = t[i];
                t[i] = saved + 1e-5;
                double up = crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
                t[i] = saved - 1e-5;
                double down = crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
                t[i] = saved;
                double numeric = (up - down) / 2e-5;
                assertEquals(numeric, trans[i], 1e-5, "transition " + p + " -> " + y);
                if ((allowed[y] & (1 << p)) != 0) checked++;
                else assertEquals(0, trans[i], 1e-12, "a forbidden transition has no gradient");
            }
        }
        assertTrue(checked > 40, checked + " allowed transitions checked");
    }

    @Test
    void theMarginalsOfEachTokenSumToOne() {
        int l = LABELS.size();
        float[] w = randomWeights(4, new Random(9));
        Crf crf = new Crf(4, LABELS, 0.1, 0);
        crf.gradient(FEATURES, OFFSETS, GOLD, 3, w);
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int y = 0; y < l; y++) sum += crf.nodeGradient(i, y);
            // Marginals minus the gold indicator: they sum to 1 - 1.
            assertEquals(0, sum, 1e-9, "token " + i);
        }
    }

    @Test
    void itLearnsToTagNamesFromTheWordsBeforeThem() {
        String[] people = {"Arvo", "Bette", "Cyril", "Dunja", "Elmo", "Faye"}, towns = {"Kelso", "Lund", "Moira", "Nairn", "Oban", "Perth"};
        Random r = new Random(1);
        List<NerSentence> train = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String person = people[r.nextInt(6)], town = towns[r.nextInt(6)];
            boolean twoWords = r.nextBoolean();
            List<String> words = new ArrayList<>(List.of("Mrs", person)), tags = new ArrayList<>(List.of("O", "B-PER"));
            if (twoWords) {
                words.add("Vance");
                tags.add("I-PER");
            }
            words.addAll(List.of("moved", "to", town, "."));
            tags.addAll(List.of("O", "O", "B-LOC", "O"));
            train.add(new NerSentence("d" + i, words, tags));
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerTrainer.Options options = new NerTrainer.Options(6, 2, 2, 0, 0, 7, false, 1, 0).withLearner(NerTrainer.Learner.CRF);
        NerModel model = NerTrainer.train("xx", train, options, quiet);
        assertTrue(model.manifest().get("trainer").contains("CRF"), model.manifest().toString());
        NerTagger tagger = new NerTagger(model);
        assertEquals(List.of("O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"),
                tagger.tagWords(List.of("Mrs", "Gwenda", "Vance", "moved", "to", "Quorn", ".")));
        assertEquals(List.of("O", "B-PER", "O", "O", "B-LOC", "O"), tagger.tagWords(List.of("Mrs", "Cyril", "moved", "to", "Lund", ".")));
    }

    @Test
    void aSentenceItGetsWrongLowersItsLossAfterAnEpoch() {
        Dataset d = Dataset.of(List.of(new NerSentence("d", List.of("Mrs", "Arvo", "left"), List.of("O", "B-PER", "O"))),
                LABELS, Lexicon.EMPTY, s -> new WordListGazetteer(java.util.Map.of()));
        Crf crf = new Crf(d.featureCount(), LABELS, 0.1, 1.0);
        double first = crf.epoch(d, i -> true, new Random(1)), second = crf.epoch(d, i -> true, new Random(2));
        assertTrue(second < first, first + " then " + second);
        assertEquals(1.0, crf.evaluate(d, i -> true, null));
    }

    @Test
    void averagedWeightsAreTheMeanOfTheWeightsAfterEveryStep() {
        Dataset d = Dataset.of(List.of(new NerSentence("a", List.of("Mrs", "Arvo", "left"), List.of("O", "B-PER", "O")),
                        new NerSentence("b", List.of("to", "Lund", "today"), List.of("O", "B-LOC", "O"))),
                LABELS, Lexicon.EMPTY, s -> new WordListGazetteer(java.util.Map.of()));
        Crf averaged = new Crf(d.featureCount(), LABELS, 0.3, 2.0, true), plain = new Crf(d.featureCount(), LABELS, 0.3, 2.0, false);
        float[] mean = new float[d.featureCount() * LABELS.size()];
        int steps = 6;
        for (int step = 0; step < steps; step++) {
            int only = step % 3 == 2 ? 1 : 0;
            averaged.epoch(d, i -> i == only, new Random(step));
            plain.epoch(d, i -> i == only, new Random(step));
            float[] w = plain.weights();
            for (int i = 0; i < w.length; i++) mean[i] += w[i] / steps;
        }
        float[] got = averaged.weights();
        double largest = 0;
        for (int i = 0; i < got.length; i++) {
            assertEquals(mean[i], got[i], 1e-5, "weight " + i);
            largest = Math.max(largest, Math.abs(got[i] - plain.weights()[i]));
        }
        assertTrue(largest > 1e-3, "the mean differs from the last weights");
    }

    @Test
    void aCorpusWeightedDownTeachesLessThanTheOthers() {
        Random r = new Random(4);
        List<NerSentence> main = ToyCorpus.titled("main", 100, false, r), other = ToyCorpus.titled("other", 300, true, r);
        List<NerSentence> all = new ArrayList<>(main);
        all.addAll(other);
        java.util.Map<String, Double> weights = new java.util.HashMap<>();
        for (NerSentence s : other) weights.put(s.document(), 0.05);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerTrainer.Options options = new NerTrainer.Options(4, 2, 2, 0, 0, 7, false, 1, 0).withLearner(NerTrainer.Learner.CRF);
        List<String> words = List.of("Mr", "Dravo", "said", "so", ".");
        NerModel weighted = NerTrainer.train("xx", all, options, KbNames.NONE, java.util.Set.of(), weights, quiet);
        NerModel plain = NerTrainer.train("xx", all, options, KbNames.NONE, java.util.Set.of(), java.util.Map.of(), quiet);
        assertEquals(List.of("O", "B-PER", "O", "O", "O"), new NerTagger(weighted).tagWords(words));
        assertEquals(List.of("B-PER", "I-PER", "O", "O", "O"), new NerTagger(plain).tagWords(words));
    }

    @Test
    void aTrainingFileCanCarryAWeightBeforeItsAuxiliaryMark() {
        java.util.regex.Matcher m = NerTrainer.WEIGHT_PREFIX.matcher("0.25*aux:/data/en.conllu#train");
        assertTrue(m.lookingAt());
        assertEquals("0.25", m.group(1));
        assertEquals("aux:/data/en.conllu#train", "0.25*aux:/data/en.conllu#train".substring(m.end()));
        assertFalse(NerTrainer.WEIGHT_PREFIX.matcher("/data/en.conllu").lookingAt());
    }

    @Test
    void theLearnerIsChosenByName() {
        assertEquals(NerTrainer.Learner.CRF, NerTrainer.learner("crf"));
        assertEquals(NerTrainer.Learner.PERCEPTRON, NerTrainer.learner("Perceptron"));
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.learner("svm"));
    }
}
