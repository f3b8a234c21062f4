package org.vigie.eval.ner;

import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.eval.Prf;
import org.vigie.nlp.ner.*;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Scores the shipped NER models ({@link NerModel#forLanguage}) with entity-level P/R/F1 (conlleval rules)
 * on data none of them was trained on: CoNLL-2003 {@code eng.testa}; the held-back fifth of the WikiNEuRal
 * en and fr validation files (sentence index % 5 == 4, see {@link NerCorpus}); the HIPE-2020 French dev set
 * and, as extra French news checks, the HIPE-2022 newseye and letemps dev sets. Also reports tokens per
 * second of CPU time on one thread (best of three passes) and the model load time. Before scoring, the model manifest's list of training
 * files is checked so that a test file trained on is refused rather than reported. Each set is also scored
 * after turning every sentence into a title-case and a capitals headline, to show how headlines fare.
 */
public final class NerEvaluator {
    /** Test sets per language: path under the data folder. */
    static final Map<String, List<String>> TEST_SETS = Map.of(
            "en", List.of("conll2003-en/eng.testa", "wikineural-en/val.conllu#" + NerCorpus.HELD_OUT),
            "fr", List.of("wikineural-fr/val.conllu#" + NerCorpus.HELD_OUT, "hipe-fr/HIPE-data-v0.9-dev-fr.tsv",
                    "hipe-fr/HIPE-2022-v2.1-newseye-dev-fr.tsv", "hipe-fr/HIPE-2022-v2.1-letemps-dev-fr.tsv"));
    private static final int MAX_ERRORS = 60;

    private NerEvaluator() {
    }

    public static int run(Path sharedNerDir, PrintStream out, boolean showErrors) throws IOException {
        if (!Files.isDirectory(sharedNerDir)) {
            out.println("skipped: " + sharedNerDir + " not found");
            return 0;
        }
        Map<String, NerModel> models = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String language : List.of("en", "fr")) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            Optional<NerModel> model = NerModel.forLanguage(language);
            double loadMs = (System.nanoTime() - t0) / 1e6, cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (model.isEmpty()) {
                out.println(language + ": no shipped NER model");
                continue;
            }
            out.printf(Locale.ROOT, "%s model loaded in %.0f ms (%.0f ms CPU time)%n", language, loadMs, cpuMs);
            models.put(language, model.get());
        }
        return run(sharedNerDir, out, showErrors, models);
    }

    /** Scores the given models (language code -> model), e.g. a candidate before it replaces the shipped one. */
    public static int run(Path sharedNerDir, PrintStream out, boolean showErrors, Map<String, NerModel> models) throws IOException {
        if (!Files.isDirectory(sharedNerDir)) {
            out.println("skipped: " + sharedNerDir + " not found");
            return 0;
        }
        for (Map.Entry<String, NerModel> e : models.entrySet()) {
            NerModel model = e.getValue();
            out.printf(Locale.ROOT, "== %s model: %d features%s, trained on %s (%s)%n", e.getKey(), model.features(),
                    model.usesKnowledgeBase() ? " (knowledge-base name features on)" : "",
                    model.manifest().getOrDefault("training.files", "?"), model.manifest().getOrDefault("date", "?"));
            evaluate(sharedNerDir, e.getKey(), new NerTagger(model), out, showErrors);
        }
        out.println("Anchors: Stanford CoreNLP's CRF about 0.87 F1 on CoNLL-2003 English; its French model tags about "
                + "14-22k tokens/s on one core. Goal: F1 >= 0.90 on eng.testa and on WikiNEuRal fr held-back, >= 200k tokens/s, load < 1 s.");
        return 0;
    }

    /** Scores one tagger on its language's test sets; returns the overall F1 per test set. */
    public static Map<String, Double> evaluate(Path sharedNerDir, String language, NerTagger tagger, PrintStream out, boolean showErrors)
            throws IOException {
        Map<String, Double> f1 = new LinkedHashMap<>();
        String trainedOn = tagger.model().manifest().getOrDefault("training.files", "");
        for (String set : TEST_SETS.getOrDefault(language, List.of())) {
            Path path = sharedNerDir.resolve(set);
            Path file = set.contains("#") ? sharedNerDir.resolve(set.substring(0, set.indexOf('#'))) : path;
            if (!Files.exists(file)) {
                out.println("skipped: " + file + " not found");
                continue;
            }
            if (trainedOn(trainedOn, NerCorpus.name(file), set.contains("#"))) {
                out.println("refused: the model was trained on " + file.getFileName() + "; not reporting it");
                continue;
            }
            List<NerSentence> gold = NerCorpus.read(path);
            Result r = score(tagger, gold, showErrors ? out : null);
            out.printf(Locale.ROOT, "-- %s: %d sentences, %d tokens, %.0f tokens/s (CPU time of one thread)%n", set, gold.size(), r.tokens(), r.tokensPerSecond());
            print(r.scorer(), out);
            out.printf(Locale.ROOT, "   names scored >= 0.5: %d, precision %.4f; scored < 0.5: %d, precision %.4f%n", r.confident(),
                    r.confidentRight() / Math.max(1.0, r.confident()), r.doubtful(), r.doubtfulRight() / Math.max(1.0, r.doubtful()));
            out.printf(Locale.ROOT, "   headline robustness: F1 %.4f on a title-cased copy, %.4f on a capitals copy%n",
                    f1(tagger, gold.stream().map(NerCorpus::titleCased).toList()),
                    f1(tagger, gold.stream().map(NerCorpus::upperCased).toList()));
            f1.put(set, r.scorer().total().f1());
        }
        return f1;
    }

    private static boolean trainedOn(String trainingFiles, String name, boolean split) {
        for (String entry : trainingFiles.split(";")) {
            String e = entry.strip();
            int space = e.indexOf(' ');
            String file = space > 0 ? e.substring(0, space) : e;
            // A file used as text for the clusters only counts as trained on too: a test set must not be either.
            file = file.replaceFirst("^[0-9]*\\.?[0-9]+\\*", "");
            for (String prefix : List.of(NerTrainer.UNSCORED_PREFIX, NerTrainer.AUXILIARY_PREFIX, NerTrainer.TEXT_PREFIX)) {
                if (file.startsWith(prefix)) file = file.substring(prefix.length());
            }
            if (file.equals(name) || (!split && file.startsWith(name + "#"))) return true;
        }
        return false;
    }

    /** Scores, speed, and how many predicted names scored at least 0.5 (and were right), and below 0.5. */
    public record Result(EntityScorer scorer, long tokens, double tokensPerSecond, int confident, int confidentRight,
                         int doubtful, int doubtfulRight) {
    }

    /** Tags every sentence through {@link NerTagger#tag} (the annotator's entry) and scores it; errors go to {@code errors} when not null. */
    public static Result score(NerTagger tagger, List<NerSentence> gold, PrintStream errors) {
        List<String> texts = new ArrayList<>(gold.size());
        List<List<Token>> tokens = new ArrayList<>(gold.size());
        long count = 0;
        for (NerSentence s : gold) {
            StringBuilder sb = new StringBuilder();
            List<Token> t = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                int start = sb.length();
                sb.append(s.words().get(i));
                t.add(new Token(new Span(start, sb.length()), Token.Kind.WORD));
                if (s.spaceAfter().get(i)) sb.append(' ');
            }
            texts.add(sb.toString());
            tokens.add(t);
            count += s.size();
        }
        for (int i = 0; i < Math.min(2000, gold.size()); i++) tagger.tag(texts.get(i), tokens.get(i));
        // Speed per core is the thread's CPU time, the fastest of three passes: on a shared machine wall time
        // measures the neighbours as much as the tagger.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<List<TaggedName>> predicted = null;
        double seconds = Double.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            List<List<TaggedName>> names = new ArrayList<>(gold.size());
            long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            for (int i = 0; i < gold.size(); i++) names.add(tagger.tag(texts.get(i), tokens.get(i)));
            long t1 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            seconds = Math.min(seconds, (t1 - t0) / 1e9);
            predicted = names;
        }
        EntityScorer scorer = new EntityScorer();
        int shown = 0;
        int[] high = new int[2], low = new int[2];
        for (int i = 0; i < gold.size(); i++) {
            List<EntityScorer.Chunk> p = new ArrayList<>();
            for (TaggedName n : predicted.get(i)) p.add(new EntityScorer.Chunk(n.firstToken(), n.endToken(), n.type().name()));
            List<EntityScorer.Chunk> goldChunks = EntityScorer.chunks(gold.get(i).tags());
            for (TaggedName n : predicted.get(i)) {
                int[] bin = n.score() >= 0.5 ? high : low;
                bin[0]++;
                if (goldChunks.contains(new EntityScorer.Chunk(n.firstToken(), n.endToken(), n.type().name()))) bin[1]++;
            }
            EntityScorer.Errors e = scorer.add(goldChunks, p);
            if (errors != null && !e.isEmpty() && shown < MAX_ERRORS) {
                shown++;
                List<String> words = gold.get(i).words();
                for (EntityScorer.Chunk c : e.missed()) errors.println("  missed " + c.type() + " [" + String.join(" ", words.subList(c.start(), c.end())) + "]");
                for (EntityScorer.Chunk c : e.wrong()) errors.println("  wrong  " + c.type() + " [" + String.join(" ", words.subList(c.start(), c.end())) + "]");
                errors.println("    in: " + texts.get(i));
            }
        }
        return new Result(scorer, count, count / Math.max(seconds, 1e-9), high[0], high[1], low[0], low[1]);
    }

    /** Overall F1 of the tagger's IOB2 output on the sentences. */
    static double f1(NerTagger tagger, List<NerSentence> gold) {
        EntityScorer scorer = new EntityScorer();
        for (NerSentence s : gold) scorer.add(EntityScorer.chunks(s.tags()), EntityScorer.chunks(tagger.tagWords(s.words())));
        return scorer.total().f1();
    }

    static void print(EntityScorer scorer, PrintStream out) {
        out.printf(Locale.ROOT, "   %-6s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold");
        for (Map.Entry<String, Prf> e : scorer.byType().entrySet()) row(out, e.getKey(), e.getValue());
        row(out, "all", scorer.total());
    }

    private static void row(PrintStream out, String name, Prf p) {
        out.printf(Locale.ROOT, "   %-6s %7.4f %7.4f %7.4f %7d%n", name, p.precision(), p.recall(), p.f1(), p.gold());
    }
}
