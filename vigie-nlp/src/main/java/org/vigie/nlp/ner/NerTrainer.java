package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron ({@link Perceptron}) or a linear-chain CRF
 * ({@link Crf}, {@link Learner#CRF}) over IOB2 labels with first-order Viterbi decoding, hashed features
 * ({@link Features}) and a gazetteer made from the names of the training data. Both learners give the same kind
 * of model, so the tagger's speed does not depend on the learner.
 *
 * <p>Written for this project rather than taken from a library: the Java CRF packages on Maven Central are
 * either unmaintained (CRFSuite/MALLET ports) or GPL (Stanford CoreNLP), and we need a compact model
 * (16-bit weights, a few MB) tagging 200k+ tokens per second per core, which an averaged perceptron with
 * hashed features and integer Viterbi gives; the CRF learner is written here for the same reason (see {@link Crf}).
 *
 * <p>Gazetteer features are computed with jackknifing: the training sentences are split by document into
 * folds and each fold sees a gazetteer built from the other folds only, so that the model learns how
 * often a match is right on names it has not seen, not that every training name is in the list. Early
 * stopping uses a tenth of the training documents; the model is then retrained on all of them for the
 * best number of epochs, three times with different shuffles, and the three are averaged.
 */
public final class NerTrainer {

    /**
     * @param maxEpochs       most passes over the data
     * @param patience        epochs without improvement on the dev slice before stopping
     * @param folds           gazetteer jackknife folds (by document)
     * @param clusters        number of distributional word clusters (0 = none)
     * @param prune           quantised weights at or below this magnitude are dropped (model size)
     * @param seed            shuffling seed
     * @param bilou           BILOU labels rather than IOB2
     * @param bags            final models trained on differently shuffled data and averaged
     * @param headlinePercent percentage of sentences also trained on as a title-case copy, and as many as a
     *                        capitals copy, so that headlines are not read as one long name
     * @param knowledgeBase   features from the names of the knowledge base ({@link KbNames}), which the tagger
     *                        then computes from the knowledge base it runs with
     * @param learner         averaged perceptron or CRF
     * @param rate            CRF only: AdaGrad base step size
     * @param l2              CRF only: L2 penalty over the training set
     * @param maxFeatures     features kept in the model, the strongest first (0 = all that {@code prune} keeps)
     * @param average         CRF only: tag with the mean of the weights over all training steps
     * @param coarseClusters  the word clusters grouped into that many coarser ones, a second feature (0 = none, at most 63)
     */
    public record Options(int maxEpochs, int patience, int folds, int clusters, int prune, long seed, boolean bilou, int bags,
                          int headlinePercent, boolean knowledgeBase, Learner learner, double rate, double l2, int maxFeatures,
                          boolean average, int coarseClusters, boolean actorNames) {
        public Options(int maxEpochs, int patience, int folds, int clusters, int prune, long seed, boolean bilou, int bags,
                       int headlinePercent, boolean knowledgeBase, Learner learner, double rate, double l2, int maxFeatures,
                       boolean average, int coarseClusters) {
            this(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner, rate, l2,
                    maxFeatures, average, coarseClusters, false);
        }

        public Options(int maxEpochs, int patience, int folds, int clusters, int prune, long seed, boolean bilou, int bags,
                       int headlinePercent, boolean knowledgeBase, Learner learner, double rate, double l2, int maxFeatures,
                       boolean average) {
            this(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner, rate, l2,
                    maxFeatures, average, 0);
        }

        public Options(int maxEpochs, int patience, int folds, int clusters, int prune, long seed, boolean bilou, int bags,
                       int headlinePercent) {
            this(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, false);
        }

        public Options(int maxEpochs, int patience, int folds, int clusters, int prune, long seed, boolean bilou, int bags,
                       int headlinePercent, boolean knowledgeBase) {
            this(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, Learner.PERCEPTRON,
                    CRF_RATE, CRF_L2, 0, false);
        }

        public static Options defaults() {
            return new Options(20, 5, 5, 256, 0, 2024, false, 3, 2, true);
        }

        /** The same options with another learner and its usual settings (CRF: AdaGrad rate, L2 penalty, feature cap, averaging). */
        public Options withLearner(Learner other) {
            return other == Learner.CRF
                    ? new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, other,
                    CRF_RATE, CRF_L2, CRF_MAX_FEATURES, true, coarseClusters, actorNames)
                    : new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, other,
                    rate, l2, maxFeatures, average, coarseClusters, actorNames);
        }

        /** The same options with the CRF's AdaGrad step size and L2 penalty. */
        public Options withCrf(double newRate, double newL2) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    newRate, newL2, maxFeatures, average, coarseClusters, actorNames);
        }

        public Options withBags(int n) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, n, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, average, coarseClusters, actorNames);
        }

        /** The same options with the CRF's weights averaged over its training steps or not. */
        public Options withAverage(boolean on) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, on, coarseClusters, actorNames);
        }

        /** The same options with the fine clusters grouped into that many coarse ones too (0 = none, at most 63). */
        public Options withCoarseClusters(int n) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, average, n, actorNames);
        }

        /** The same options with that many distributional word clusters (0 = none). */
        public Options withClusters(int n) {
            return new Options(maxEpochs, patience, folds, n, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, average, coarseClusters, actorNames);
        }

        /** The same options with features from the actor-name list ({@link ActorNames}) or without. */
        public Options withActorNames(boolean on) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, average, coarseClusters, on);
        }

        /** The same options with another shuffling seed. */
        public Options withSeed(long other) {
            return new Options(maxEpochs, patience, folds, clusters, prune, other, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, maxFeatures, average, coarseClusters, actorNames);
        }

        public Options withMaxFeatures(int n) {
            return new Options(maxEpochs, patience, folds, clusters, prune, seed, bilou, bags, headlinePercent, knowledgeBase, learner,
                    rate, l2, n, average, coarseClusters, actorNames);
        }
    }

    /** How the weights are learnt; both give the same kind of model, decoded the same way. */
    public enum Learner {
        /** Averaged structured perceptron ({@link Perceptron}). */
        PERCEPTRON,
        /** Linear-chain CRF, L2-penalised log-likelihood by AdaGrad ({@link Crf}). */
        CRF
    }

    static final double CRF_RATE = 0.1, CRF_L2 = 1.0;
    /**
     * Cap on the CRF model's features: almost all of its weights are non-zero (about a million features survive the
     * 16-bit rounding), but the strongest 400,000 tag the French held-back fifth as well as all of them (0.8984 against
     * 0.8986; 300,000: 0.8985) in a 6 MB file that loads in half the time.
     */
    static final int CRF_MAX_FEATURES = 400_000;

    private NerTrainer() {
    }

    /**
     * Reads the training files (CoNLL-2003, WikiNEuRal {@code .conllu} or HIPE TSV, each optionally with a
     * {@code #train} part, see {@link NerCorpus}), trains and writes the model folder. Returns 0, or 1 with
     * a message when a file cannot be read.
     */
    public static int run(String language, List<Path> trainFiles, Path modelOut, PrintStream out) {
        return run(language, trainFiles, modelOut, Options.defaults(), out);
    }

    /** As {@link #run(String, List, Path, PrintStream)} with the given options. */
    public static int run(String language, List<Path> trainFiles, Path modelOut, Options options, PrintStream out) {
        return run(language, trainFiles, modelOut, options, 0, out);
    }

    /**
     * As {@link #run(String, List, Path, Options, PrintStream)}, with {@code epochs} epochs when positive instead of the
     * count early stopping chooses (e.g. the count a cross-validation chose, {@link NerCrossValidation}); the dev slice
     * still gives the score calibration, at that epoch.
     */
    public static int run(String language, List<Path> trainFiles, Path modelOut, Options options, int epochs, PrintStream out) {
        try {
            Corpora c = Corpora.read(trainFiles, out);
            if (c.sentences().isEmpty()) {
                out.println("no training sentences");
                return 1;
            }
            NerModel model = train(language, c.sentences(), options, options.knowledgeBase() ? KbNames.shared() : KbNames.NONE,
                    c.auxiliary(), c.weights(), c.clusterText(), c.unscored(), epochs, true, null, out);
            model = model.withManifest(Map.of("training.files", String.join("; ", c.sources())));
            model.save(modelOut);
            out.println("model written to " + modelOut + " (" + model.features() + " features)");
            return 0;
        } catch (InputException e) {
            out.println("cannot read training data: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The training files as the trainer reads them, prefixes applied.
     *
     * @param sentences   every sentence of the main and auxiliary corpora, in file order
     * @param sources     one description per file, for the manifest
     * @param auxiliary   documents of auxiliary corpora
     * @param weights     weight of the documents of weighted files
     * @param clusterText sentences of {@code text:} files (for the word clusters only)
     * @param unscored    sentences, by identity, kept out of the dev slice
     * @param perFile     the sentences of each file, in the order given ({@code text:} files included)
     */
    record Corpora(List<NerSentence> sentences, List<String> sources, Set<String> auxiliary, Map<String, Double> weights,
                   List<NerSentence> clusterText, Set<NerSentence> unscored, List<List<NerSentence>> perFile) {

        static Corpora read(List<Path> trainFiles, PrintStream out) throws IOException {
            List<NerSentence> sentences = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            Set<String> auxiliary = new HashSet<>();
            Map<String, Double> weights = new HashMap<>();
            List<NerSentence> clusterText = new ArrayList<>();
            List<List<NerSentence>> perFile = new ArrayList<>();
            // By identity: two files may name their documents alike (every WikiNEuRal file is a val.conllu).
            Set<NerSentence> unscored = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<String> seenDocuments = new HashSet<>(), markedDocuments = new HashSet<>();
            for (Path given : trainFiles) {
                String spec = given.toString();
                java.util.regex.Matcher weighted = WEIGHT_PREFIX.matcher(spec);
                double weight = 1;
                if (weighted.lookingAt()) {
                    weight = Double.parseDouble(weighted.group(1));
                    spec = spec.substring(weighted.end());
                }
                if (spec.startsWith(TEXT_PREFIX)) {
                    Path f = Path.of(spec.substring(TEXT_PREFIX.length()));
                    List<NerSentence> read = NerCorpus.read(f);
                    out.printf(Locale.ROOT, "read %s: %d sentences (text for the word clusters only)%n", f, read.size());
                    clusterText.addAll(read);
                    perFile.add(read);
                    sources.add(TEXT_PREFIX + NerCorpus.name(f) + " (" + read.size() + " sentences)");
                    continue;
                }
                boolean outOfDev = spec.startsWith(UNSCORED_PREFIX);
                if (outOfDev) spec = spec.substring(UNSCORED_PREFIX.length());
                boolean aux = spec.startsWith(AUXILIARY_PREFIX);
                Path f = Path.of(aux ? spec.substring(AUXILIARY_PREFIX.length()) : spec);
                List<NerSentence> read = NerCorpus.read(f);
                perFile.add(read);
                out.printf(Locale.ROOT, "read %s: %d sentences%s%s%s%n", f, read.size(), aux ? " (auxiliary)" : "",
                        outOfDev ? " (not in the dev slice)" : "", weight != 1 ? " weighted " + weight : "");
                // Auxiliary documents and weights go by document id, which two files may share (every WikiNEuRal file is a
                // val.conllu): refuse rather than mark the other file's sentences too.
                Set<String> clash = (aux || weight != 1) ? seenDocuments : markedDocuments;
                for (NerSentence s : read) {
                    if (clash.contains(s.document())) {
                        throw new InputException(f.toString(), "document " + s.document() + " is also in another training file, so "
                                + "an aux: prefix or a weight cannot tell them apart; rename one of the files");
                    }
                }
                for (NerSentence s : read) {
                    seenDocuments.add(s.document());
                    if (aux || weight != 1) markedDocuments.add(s.document());
                }
                sentences.addAll(read);
                if (aux) for (NerSentence s : read) auxiliary.add(s.document());
                if (outOfDev) unscored.addAll(read);
                if (weight != 1) for (NerSentence s : read) weights.put(s.document(), weight);
                sources.add((weight != 1 ? weight + "*" : "") + (outOfDev ? UNSCORED_PREFIX : "") + (aux ? AUXILIARY_PREFIX : "")
                        + NerCorpus.name(f) + " (" + read.size() + " sentences)");
            }
            return new Corpora(sentences, sources, auxiliary, weights, clusterText, unscored, perFile);
        }
    }

    /**
     * Prefix of a training file whose corpus is auxiliary: its sentences are trained on with features of their own
     * besides the common ones ({@link Dataset#of}), so that its conventions (e.g. HIPE's titles inside person
     * names) do not overrule the main corpora's.
     */
    public static final String AUXILIARY_PREFIX = "aux:";

    /**
     * Prefix of a file whose words only feed the distributional word clusters ({@link WordClusters}), besides the
     * training text: more unlabeled text of the kind the model will read gives rarer words a cluster. Its tags, if
     * any, are ignored; it must not be a test set.
     */
    public static final String TEXT_PREFIX = "text:";

    /**
     * Prefix of a training file trained on as a main corpus but kept out of the dev slice, so that the epoch count
     * and the score calibration are chosen on the other corpora only: e.g. a corpus in another language, trained on
     * for its names, when the model is for one language. It comes after a weight and before {@code aux:}.
     */
    public static final String UNSCORED_PREFIX = "unscored:";

    /**
     * Prefix {@code <number>*} of a training file whose sentences weigh that much in the CRF's log-likelihood (e.g.
     * {@code 0.5*en.conllu} for a corpus in another language); it comes before {@code aux:}. The perceptron ignores it.
     */
    static final java.util.regex.Pattern WEIGHT_PREFIX = java.util.regex.Pattern.compile("([0-9]*\\.?[0-9]+)\\*");

    /**
     * {@code java -cp ... org.vigie.nlp.ner.NerTrainer [--learner crf|perceptron] [--rate R] [--l2 C] [--bags N]
     * [--max-features N] [--epochs N] ... <language> <model folder> [aux:]<training file>...}
     */
    public static void main(String[] args) {
        Options options = Options.defaults();
        int at = 0, epochs = 0;
        try {
            while (at < args.length && args[at].startsWith("--")) {
                String name = args[at], value = at + 1 < args.length ? args[at + 1] : "";
                if (name.equals("--epochs")) epochs = Integer.parseInt(value);
                else options = option(options, name, value);
                at += 2;
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            at = -1;
        }
        if (at < 0 || args.length - at < 3) {
            System.err.println("usage: NerTrainer [--learner crf|perceptron] [--rate R] [--l2 C] [--bags N] [--max-features N] [--average true|false] [--clusters K] [--coarse-clusters C] [--actor-names true] [--seed S] [--epochs N] "
                    + "<language> <model folder> [unscored:][aux:|text:]<training file>[#train]...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (int i = at + 2; i < args.length; i++) files.add(Path.of(args[i]));
        System.exit(run(args[at], files, Path.of(args[at + 1]), options, epochs, System.out));
    }

    /** The options with one command-line option applied; an unknown name is an {@link IllegalArgumentException}. */
    static Options option(Options options, String name, String value) {
        return switch (name) {
            case "--learner" -> options.withLearner(learner(value));
            case "--rate" -> options.withCrf(Double.parseDouble(value), options.l2());
            case "--l2" -> options.withCrf(options.rate(), Double.parseDouble(value));
            case "--bags" -> options.withBags(Integer.parseInt(value));
            case "--max-features" -> options.withMaxFeatures(Integer.parseInt(value));
            case "--average" -> options.withAverage(Boolean.parseBoolean(value));
            case "--clusters" -> options.withClusters(Integer.parseInt(value));
            case "--coarse-clusters" -> options.withCoarseClusters(Integer.parseInt(value));
            case "--actor-names" -> options.withActorNames(Boolean.parseBoolean(value));
            case "--seed" -> options.withSeed(Long.parseLong(value));
            default -> throw new IllegalArgumentException("unknown option " + name);
        };
    }

    /** The learner named {@code crf} or {@code perceptron} (any case). */
    public static Learner learner(String name) {
        for (Learner l : Learner.values()) if (l.name().equalsIgnoreCase(name)) return l;
        throw new IllegalArgumentException("unknown learner '" + name + "' (crf or perceptron)");
    }

    public static NerModel train(String language, List<NerSentence> sentences, Options options, PrintStream out) {
        return train(language, sentences, options, options.knowledgeBase() ? KbNames.shared() : KbNames.NONE, out);
    }

    /** Training with the given knowledge-base names (when {@link Options#knowledgeBase}). */
    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, PrintStream out) {
        return train(language, sentences, options, kbNames, Set.of(), out);
    }

    /**
     * @param auxiliaryDocuments documents of auxiliary corpora, whose peculiarities go to features of their own
     *                           that the tagger never uses ({@link Dataset#of})
     */
    public static NerModel train(String language, List<NerSentence> sentences, Options options, Set<String> auxiliaryDocuments, PrintStream out) {
        return train(language, sentences, options, options.knowledgeBase() ? KbNames.shared() : KbNames.NONE, auxiliaryDocuments, out);
    }

    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, Set<String> auxiliaryDocuments,
                          PrintStream out) {
        return train(language, sentences, options, kbNames, auxiliaryDocuments, Map.of(), out);
    }

    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, Set<String> auxiliaryDocuments,
                          Map<String, Double> documentWeights, PrintStream out) {
        return train(language, sentences, options, kbNames, auxiliaryDocuments, documentWeights, List.of(), Set.of(), out);
    }

    /**
     * @param documentWeights weight of the sentences of some documents in the CRF's objective (others weigh 1)
     * @param clusterText     more text whose words are clustered with the training text's, and nothing else
     * @param outOfDev        sentences (by identity) never in the dev slice: trained on in every epoch, never scored
     */
    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, Set<String> auxiliaryDocuments,
                          Map<String, Double> documentWeights, List<NerSentence> clusterText, Set<NerSentence> outOfDev, PrintStream out) {
        return train(language, sentences, options, kbNames, auxiliaryDocuments, documentWeights, clusterText, outOfDev, 0, out);
    }

    /**
     * @param fixedEpochs when positive, that many epochs without early stopping: no dev slice is held out or scored
     *                    (cross-validation, {@link NerCrossValidation}), and the score calibration is the neutral one
     */
    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, Set<String> auxiliaryDocuments,
                          Map<String, Double> documentWeights, List<NerSentence> clusterText, Set<NerSentence> outOfDev, int fixedEpochs,
                          PrintStream out) {
        return train(language, sentences, options, kbNames, auxiliaryDocuments, documentWeights, clusterText, outOfDev, fixedEpochs, false,
                null, out);
    }

    /**
     * @param calibrate with {@code fixedEpochs}: still hold the dev slice out for that many epochs, for its score and the
     *                  score calibration at the last of them (then train on everything as usual)
     * @param afterBag when not null, given the mean of the first k bagged models for every k below {@link Options#bags}
     *                 (the returned model is the mean of all of them), so that one run measures every bag count
     */
    static NerModel train(String language, List<NerSentence> sentences, Options options, KbNames kbNames, Set<String> auxiliaryDocuments,
                          Map<String, Double> documentWeights, List<NerSentence> clusterText, Set<NerSentence> outOfDev, int fixedEpochs,
                          boolean calibrate, java.util.function.ObjIntConsumer<NerModel> afterBag, PrintStream out) {
        long t0 = System.nanoTime();
        List<NerSentence> clustered = sentences;
        if (!clusterText.isEmpty()) {
            clustered = new ArrayList<>(sentences);
            clustered.addAll(clusterText);
        }
        IntTable clusters = options.clusters() > 0 ? WordClusters.build(clustered, options.clusters(), options.coarseClusters(), options.seed(), out) : new IntTable(16);
        Lexicon lexicon = Lexicon.build(sentences, clusters);
        WordListGazetteer full = gazetteer(sentences, s -> true);
        WordListGazetteer[] foldGazetteers = new WordListGazetteer[options.folds()];
        for (int f = 0; f < options.folds(); f++) {
            int fold = f;
            foldGazetteers[f] = gazetteer(sentences, s -> fold(s, options.folds()) != fold);
        }
        Labels labels = Labels.of(options.bilou());
        List<NerSentence> training = withHeadlines(sentences, options.headlinePercent());
        KbNames kb = options.knowledgeBase() ? kbNames : KbNames.NONE;
        KbNames actors = options.actorNames() ? ActorNames.shared() : KbNames.NONE;
        Dataset data = Dataset.of(training, labels, lexicon, s -> foldGazetteers[fold(s, options.folds())], kb, actors,
                s -> auxiliaryDocuments.contains(s.document()));
        long tokens = sentences.stream().mapToLong(NerSentence::size).sum();
        out.printf(Locale.ROOT, "%d sentences (+%d headline copies), %d tokens, %d features, lexicon %d words, gazetteer %d names (%.1f s)%n",
                sentences.size(), training.size() - sentences.size(), tokens, data.featureCount(), lexicon.size(), full.size(),
                (System.nanoTime() - t0) / 1e9);

        // The dev slice is a tenth of the documents; their headline copies are neither trained on nor scored, and
        // neither are auxiliary documents: the epoch count and the score calibration are the main corpora's.
        boolean[] dev = new boolean[training.size()], unscored = new boolean[training.size()];
        for (int i = 0; i < dev.length; i++) {
            dev[i] = Math.floorMod(Features.hash(training.get(i).document()) * 31 + 7, 10L) == 0 && !outOfDev.contains(training.get(i));
            unscored[i] = i >= sentences.size() || auxiliaryDocuments.contains(training.get(i).document());
        }
        // Dev F1 wobbles from epoch to epoch by more than it trends, so the epoch count is the best of the
        // three-epoch moving average, and training goes on until the raw score has not improved for a while.
        double[] sentenceWeights = null;
        if (!documentWeights.isEmpty()) {
            sentenceWeights = new double[training.size()];
            for (int i = 0; i < sentenceWeights.length; i++) sentenceWeights[i] = documentWeights.getOrDefault(training.get(i).document(), 1.0);
        }
        Learning p = Learning.start(options, data.featureCount(), labels, sentenceWeights);
        List<Double> scores = new ArrayList<>();
        List<double[]> calibrations = new ArrayList<>();
        double rawBest = -1;
        int rawBestEpoch = 0;
        int devEpochs = fixedEpochs <= 0 ? options.maxEpochs() : calibrate ? fixedEpochs : 0;
        for (int epoch = 1; epoch <= devEpochs; epoch++) {
            long e0 = System.nanoTime();
            String progress = p.epoch(data, i -> !dev[i], new Random(options.seed() + epoch));
            List<double[]> margins = new ArrayList<>();
            double f1 = p.evaluate(data, i -> dev[i] && !unscored[i], margins);
            scores.add(f1);
            calibrations.add(Calibration.fit(margins));
            out.printf(Locale.ROOT, "epoch %d: %s, dev F1 %.4f (%.1f s)%n", epoch, progress, f1, (System.nanoTime() - e0) / 1e9);
            if (f1 > rawBest) {
                rawBest = f1;
                rawBestEpoch = epoch;
            } else if (epoch - rawBestEpoch >= options.patience() && fixedEpochs <= 0) {
                break;
            }
        }
        int bestEpoch = fixedEpochs > 0 ? fixedEpochs : smoothedBest(scores);
        boolean scored = scores.size() >= bestEpoch;
        double bestF1 = scored ? scores.get(bestEpoch - 1) : Double.NaN;
        double[] calibration = scored ? calibrations.get(bestEpoch - 1) : new double[]{1, 0};
        out.printf(Locale.ROOT, "chose %d epochs (dev F1 %.4f); retraining on all %d sentences%n", bestEpoch, bestF1, sentences.size());
        Map<String, String> manifest = new TreeMap<>();
        manifest.put("language", language);
        manifest.put("date", LocalDate.now().toString());
        manifest.put("trainer", "org.vigie.nlp.ner.NerTrainer " + (options.learner() == Learner.CRF
                ? String.format(Locale.ROOT, "linear-chain CRF (AdaGrad rate %s, L2 %s%s)", options.rate(), options.l2(),
                options.average() ? ", averaged" : "")
                : "averaged perceptron") + ", feature set " + Features.VERSION);
        manifest.put("training.sentences", Integer.toString(sentences.size()));
        manifest.put("training.tokens", Long.toString(tokens));
        manifest.put("parameters", options.toString());
        manifest.put("epochs", Integer.toString(bestEpoch));
        if (options.knowledgeBase()) manifest.put(NerModel.KB_FEATURES, kb.size() + " names");
        if (options.actorNames()) manifest.put(NerModel.ACTOR_FEATURES, actors.size() + " names");
        manifest.put("score.dev-slice-f1", String.format(Locale.ROOT, "%.4f", bestF1));
        manifest.put(NerModel.CALIBRATION, String.format(Locale.ROOT, "%.4f %.4f", calibration[0], calibration[1]));
        float[] weights = null, transitions = null;
        for (int bag = 0; bag < options.bags(); bag++) {
            p = Learning.start(options, data.featureCount(), labels, sentenceWeights);
            for (int epoch = 1; epoch <= bestEpoch; epoch++) p.epoch(data, i -> true, new Random(options.seed() + epoch + 7919L * bag));
            weights = add(weights, p.weights(), options.bags());
            transitions = add(transitions, p.transitions(), options.bags());
            if (afterBag != null && bag + 1 < options.bags()) {
                // the mean of the bags so far: the running sum is divided by the final count
                float scale = (float) options.bags() / (bag + 1);
                afterBag.accept(Perceptron.toModel(labels, data, scaled(weights, scale), scaled(transitions, scale), lexicon, full,
                        manifest, options.prune(), options.maxFeatures()), bag + 1);
            }
        }
        NerModel model = Perceptron.toModel(labels, data, weights, transitions, lexicon, full, manifest, options.prune(), options.maxFeatures());
        out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return model;
    }

    /** One training run of either learner, as the epoch loop sees it. */
    private interface Learning {
        /** One pass over the accepted sentences; returns a progress note for the log. */
        String epoch(Dataset d, java.util.function.IntPredicate use, Random random);

        double evaluate(Dataset d, java.util.function.IntPredicate use, List<double[]> margins);

        float[] weights();

        float[] transitions();

        static Learning start(Options options, int features, Labels labels, double[] sentenceWeights) {
            if (options.learner() == Learner.CRF) {
                Crf crf = new Crf(features, labels, options.rate(), options.l2(), options.average());
                crf.weighSentences(sentenceWeights);
                return new Learning() {
                    public String epoch(Dataset d, java.util.function.IntPredicate use, Random random) {
                        return String.format(Locale.ROOT, "mean negative log-likelihood %.4f", crf.epoch(d, use, random));
                    }

                    public double evaluate(Dataset d, java.util.function.IntPredicate use, List<double[]> margins) {
                        return crf.evaluate(d, use, margins);
                    }

                    public float[] weights() {
                        return crf.weights();
                    }

                    public float[] transitions() {
                        return crf.transitions();
                    }
                };
            }
            Perceptron perceptron = new Perceptron(features, labels);
            return new Learning() {
                public String epoch(Dataset d, java.util.function.IntPredicate use, Random random) {
                    return perceptron.epoch(d, use, random) + " sentences with errors";
                }

                public double evaluate(Dataset d, java.util.function.IntPredicate use, List<double[]> margins) {
                    return perceptron.evaluate(d, use, margins);
                }

                public float[] weights() {
                    return perceptron.averagedWeights();
                }

                public float[] transitions() {
                    return perceptron.averagedTransitions();
                }
            };
        }
    }

    /** The epoch (from 1) with the best mean score over itself and its neighbours. */
    static int smoothedBest(List<Double> scores) {
        int best = 1;
        double bestMean = -1;
        for (int e = 0; e < scores.size(); e++) {
            double sum = 0;
            int n = 0;
            for (int k = Math.max(0, e - 1); k <= Math.min(scores.size() - 1, e + 1); k++) {
                sum += scores.get(k);
                n++;
            }
            if (sum / n > bestMean) {
                bestMean = sum / n;
                best = e + 1;
            }
        }
        return best;
    }

    /**
     * The sentences plus title-case and capitals copies of a fixed pseudo-random few (same document, so the
     * same fold and dev split). The lexicon, clusters and gazetteer are built from the originals only.
     */
    static List<NerSentence> withHeadlines(List<NerSentence> sentences, int percent) {
        List<NerSentence> out = new ArrayList<>(sentences);
        if (percent <= 0) return out;
        for (int i = 0; i < sentences.size(); i++) {
            NerSentence s = sentences.get(i);
            if (s.size() < 4) continue;
            long draw = Math.floorMod(Features.mix(i, 0x5EED), 100L);
            if (draw < percent) out.add(NerCorpus.titleCased(s));
            else if (draw < 2L * percent) out.add(NerCorpus.upperCased(s));
        }
        return out;
    }

    private static float[] scaled(float[] x, float factor) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] * factor;
        return out;
    }

    private static float[] add(float[] sum, float[] x, int n) {
        if (sum == null) sum = new float[x.length];
        for (int i = 0; i < x.length; i++) sum[i] += x[i] / n;
        return sum;
    }

    static int fold(NerSentence s, int folds) {
        return (int) Math.floorMod(Features.mix(Features.hash(s.document()), 17), (long) folds);
    }

    /** Names of the sentences accepted by the filter, with every type that makes up at least a quarter of a name's uses. */
    static WordListGazetteer gazetteer(List<NerSentence> sentences, java.util.function.Predicate<NerSentence> use) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (NerSentence s : sentences) {
            if (!use.test(s)) continue;
            List<String> tags = s.tags();
            for (int i = 0; i < tags.size(); i++) {
                if (!tags.get(i).startsWith("B-")) continue;
                String type = tags.get(i).substring(2);
                int end = i + 1;
                while (end < tags.size() && tags.get(end).equals("I-" + type)) end++;
                if (end - i <= 8) {
                    String phrase = WordListGazetteer.phrase(s.words().subList(i, end));
                    if (phrase.indexOf('\t') < 0 && phrase.indexOf('\n') < 0 && Features.hasLetter(phrase)) {
                        counts.computeIfAbsent(phrase, k -> new HashMap<>()).merge(type, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Set<String>> types = new HashMap<>();
        counts.forEach((phrase, byType) -> {
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            Set<String> kept = new TreeSet<>();
            byType.forEach((type, n) -> {
                if (n * 4 >= total) kept.add(type);
            });
            types.put(phrase, kept);
        });
        return new WordListGazetteer(types);
    }
}
