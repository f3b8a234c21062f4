package org.vigie.nlp.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.*;

/**
 * K-fold cross-validation of a training recipe over the documents of one training file, to choose between
 * recipes without a test set: each fold's documents are tagged by a model trained on everything else (the other
 * folds and every other file) for a fixed number of epochs, with as many bagged models as the options say (the
 * command line's default is one per fold), built exactly as {@link NerTrainer} builds a shipped one (clusters, lexicon and gazetteer from its own training part only, 16-bit
 * weights, the same feature cap). The pooled score counts every sentence of the file once, ten times as many as the
 * trainer's dev slice of a tenth of the documents, which cannot rank changes of a few tenths of a point.
 */
public final class NerCrossValidation {

    /** Entity counts (exact span and type) and the F1 they give. */
    public record Score(int tp, int fp, int fn) {
        public Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        public double precision() {
            return tp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp == 0 ? 0 : (double) tp / (tp + fn);
        }
    }

    private NerCrossValidation() {
    }

    /** The fold (0 to folds-1) of a document: by hash, independent of the trainer's jackknife folds and dev slice. */
    static int fold(String document, int folds) {
        return (int) Math.floorMod(Features.mix(Features.hash(document), 0xC0FFEEL), (long) folds);
    }

    /** Names (exact span and type) the tagger finds in the sentences against their gold tags. */
    static Score score(NerTagger tagger, List<NerSentence> sentences) {
        int tp = 0, fp = 0, fn = 0;
        for (NerSentence s : sentences) {
            Set<String> gold = chunks(s.tags()), predicted = chunks(tagger.tagWords(s.words()));
            for (String p : predicted) if (gold.contains(p)) tp++; else fp++;
            for (String g : gold) if (!predicted.contains(g)) fn++;
        }
        return new Score(tp, fp, fn);
    }

    /** IOB chunks as "start:end:type" (an {@code I-} tag not continuing its type starts a name, as conlleval reads it). */
    static Set<String> chunks(List<String> tags) {
        Set<String> out = new HashSet<>();
        for (NameChunk c : NameChunk.of(tags)) out.add(c.start() + ":" + c.end() + ":" + c.type());
        return out;
    }

    /**
     * Cross-validates over the documents of the first file of {@code trainFiles} (read as {@link NerTrainer} reads
     * its files, prefixes included; the first must be a main corpus) with the given options (bags included); prints
     * each fold's and the pooled score (with bagging, of the mean of the first k models too, for every k) and returns
     * the pooled score of the options' own bag count.
     */
    public static Score run(String language, List<Path> trainFiles, NerTrainer.Options options, int folds, int epochs, PrintStream out)
            throws IOException {
        if (folds < 2) throw new IllegalArgumentException("at least 2 folds");
        if (epochs < 1) throw new IllegalArgumentException("at least 1 epoch");
        NerTrainer.Corpora c = NerTrainer.Corpora.read(trainFiles, out);
        List<NerSentence> target = c.perFile().get(0);
        String first = trainFiles.get(0).toString();
        if (first.startsWith(NerTrainer.AUXILIARY_PREFIX) || first.startsWith(NerTrainer.TEXT_PREFIX) || first.contains("*")) {
            throw new IllegalArgumentException("the cross-validated file must be a main corpus without prefix: " + first);
        }
        Set<NerSentence> targetSet = Collections.newSetFromMap(new IdentityHashMap<>());
        targetSet.addAll(target);
        KbNames kb = options.knowledgeBase() ? KbNames.shared() : KbNames.NONE;
        // with bagging, the mean of the first k models is scored too, for every k: one run measures every bag count
        Map<Integer, Score> byBags = new TreeMap<>();
        for (int f = 0; f < folds; f++) {
            long t0 = System.nanoTime();
            List<NerSentence> train = new ArrayList<>(), test = new ArrayList<>();
            for (NerSentence s : c.sentences()) {
                if (targetSet.contains(s) && fold(s.document(), folds) == f) test.add(s);
                else train.add(s);
            }
            Map<Integer, Score> foldScores = new TreeMap<>();
            NerModel model = NerTrainer.train(language, train, options, kb, c.auxiliary(), c.weights(), c.clusterText(), c.unscored(), epochs, false,
                    (partial, bags) -> foldScores.put(bags, score(new NerTagger(partial, partial.gazetteer(), kb), test)),
                    new PrintStream(PrintStream.nullOutputStream()));
            foldScores.put(options.bags(), score(new NerTagger(model, model.gazetteer(), kb), test));
            StringBuilder line = new StringBuilder();
            for (Map.Entry<Integer, Score> e : foldScores.entrySet()) {
                byBags.merge(e.getKey(), e.getValue(), Score::plus);
                Score score = e.getValue();
                line.append(String.format(Locale.ROOT, "%s F1 %.4f (P %.4f R %.4f)", foldScores.size() > 1 ? "; " + e.getKey() + " bags:" : ":",
                        score.f1(), score.precision(), score.recall()));
            }
            out.printf(Locale.ROOT, "fold %d/%d: %d test sentences, %d training sentences%s (%.1f s)%n", f + 1, folds,
                    test.size(), train.size(), line.toString().replaceFirst("^; ", ": "), (System.nanoTime() - t0) / 1e9);
        }
        for (Map.Entry<Integer, Score> e : byBags.entrySet()) {
            Score t = e.getValue();
            out.printf(Locale.ROOT, "cross-validated F1 %.4f (P %.4f R %.4f; %d right, %d spurious, %d missed), %d folds, %d epochs, %d bags, %s%n",
                    t.f1(), t.precision(), t.recall(), t.tp(), t.fp(), t.fn(), folds, epochs, e.getKey(), options);
        }
        Score total = byBags.get(options.bags());
        return total;
    }

    /**
     * {@code java -cp ... org.vigie.nlp.ner.NerCrossValidation [--folds K] [--epochs E] [trainer options] <language>
     * <cross-validated file> [other training files]...}
     */
    public static void main(String[] args) {
        // One model per fold unless --bags says otherwise: bagging is the slowest part and rarely what is compared.
        NerTrainer.Options options = NerTrainer.Options.defaults().withBags(1);
        int folds = 3, epochs = 4, at = 0;
        try {
            while (at < args.length && args[at].startsWith("--")) {
                String name = args[at], value = at + 1 < args.length ? args[at + 1] : "";
                switch (name) {
                    case "--folds" -> folds = Integer.parseInt(value);
                    case "--epochs" -> epochs = Integer.parseInt(value);
                    default -> options = NerTrainer.option(options, name, value);
                }
                at += 2;
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            at = -1;
        }
        if (at < 0 || args.length - at < 2) {
            System.err.println("usage: NerCrossValidation [--folds K] [--epochs E] [NerTrainer options] <language> <cross-validated file> [training file]...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (int i = at + 1; i < args.length; i++) files.add(Path.of(args[i]));
        try {
            run(args[at], files, options, folds, epochs, System.out);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
