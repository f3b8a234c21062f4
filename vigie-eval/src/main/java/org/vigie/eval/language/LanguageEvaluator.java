package org.vigie.eval.language;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.LanguageSpan;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.language.LanguageDetector;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Measures block language identification: the detector alone on texts of known language from the shared data
 * folder (see {@link LanguageCorpora}), and the whole {@code language} annotator on the blocks of gold analysis
 * records (blocks whose gold language is null, such as lone numbers, are left out). Prints accuracy per
 * language and per length, the detector's load time, heap and blocks per second.
 */
public final class LanguageEvaluator {
    static final int PER_SOURCE = 3000;
    private static final int MAX_ERRORS = 60;

    private LanguageEvaluator() {
    }

    /** {@code dataDir}: the shared data folder ({@code .../shared/data}); no gold records. */
    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        return run(dataDir, List.of(), out, showErrors);
    }

    /** Also scores the annotator on the gold records found in {@code goldDirs} (each a folder of {@code *.json}). */
    public static int run(Path dataDir, List<Path> goldDirs, PrintStream out, boolean showErrors) {
        List<Path> golds = goldDirs.stream().filter(Files::isDirectory).toList();
        Pipeline pipeline = DefaultPipeline.create(List.of("blocks", "language"));
        if (!Files.isDirectory(dataDir) && golds.isEmpty()) {
            out.println("skipped: " + dataDir + " not found");
            WrittenLanguage.run(pipeline, out, showErrors);
            return 0;
        }
        Runtime rt = Runtime.getRuntime();
        long heap0 = usedHeap(rt);
        long t0 = System.nanoTime();
        LanguageDetector detector = new LanguageDetector(List.copyOf(LanguagePack.of("multi").words("detector-languages.txt")));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long heapMb = Math.max(0, usedHeap(rt) - heap0) / 1_000_000;
        out.printf(Locale.ROOT, "detector: %d languages, loaded in %d ms, about %d MB of heap%n", detector.languages().size(), loadMs, heapMb);

        if (Files.isDirectory(dataDir)) {
            List<LabelledText> texts;
            try {
                texts = LanguageCorpora.all(dataDir, PER_SOURCE);
            } catch (IOException e) {
                out.println("error: cannot read " + dataDir + ": " + e.getMessage());
                return 1;
            }
            LanguageScore score = new LanguageScore();
            int errors = 0;
            long t1 = System.nanoTime();
            for (LabelledText t : texts) {
                String predicted = detector.detect(t.text()).map(LanguageDetector.Guess::language).orElse("und");
                score.add(t.language(), predicted, t.text().length());
                if (showErrors && !predicted.equals(t.language()) && t.text().length() >= 20 && errors++ < MAX_ERRORS) {
                    out.println("  " + t.source() + ": " + t.language() + " -> " + predicted + ": " + abbreviate(t.text()));
                }
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            out.printf(Locale.ROOT, "corpora (%s): %d texts, %.0f blocks/s%n", dataDir, texts.size(), texts.size() / Math.max(seconds, 1e-9));
            print(score, out);
            scoreAnnotated(texts, pipeline, out, showErrors);
        }
        if (!golds.isEmpty()) {
            LanguageScore gold = new LanguageScore();
            for (Path dir : golds) scoreGold(dir, pipeline, gold, out, showErrors);
            out.println("gold records (annotator, per block):");
            print(gold, out);
        }
        WrittenLanguage.run(pipeline, out, showErrors);
        return 0;
    }

    /**
     * The same corpus texts, each read as a one-paragraph document through the annotator (its rescues of short,
     * hesitant verdicts included), scored on the document language; the speed is that of the whole pipeline
     * (blocks and language) per text.
     */
    private static void scoreAnnotated(List<LabelledText> texts, Pipeline pipeline, PrintStream out, boolean showErrors) {
        for (int i = 0; i < Math.min(200, texts.size()); i++) pipeline.run(Document.ofText(texts.get(i).text()));
        LanguageScore score = new LanguageScore();
        int errors = 0;
        long t = System.nanoTime();
        for (LabelledText x : texts) {
            String predicted = pipeline.run(Document.ofText(x.text())).language().orElse("und");
            score.add(x.language(), predicted, x.text().length());
            if (showErrors && !predicted.equals(x.language()) && x.text().length() >= 20 && errors++ < MAX_ERRORS) {
                out.println("  annotator: " + x.source() + ": " + x.language() + " -> " + predicted + ": " + abbreviate(x.text()));
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        out.printf(Locale.ROOT, "corpora through the annotator (one document per text): %.0f blocks/s%n", texts.size() / Math.max(seconds, 1e-9));
        print(score, out);
    }

    private static void scoreGold(Path dir, Pipeline pipeline, LanguageScore score, PrintStream out, boolean showErrors) {
        for (org.vigie.eval.GoldCorpus.Gold record : org.vigie.eval.GoldCorpus.read(dir, out)) {
            Document gold = record.gold();
            Document predicted = pipeline.run(Document.of(gold.id(), gold.input(), gold.text(), Metadata.EMPTY));
            Map<Span, String> byspan = new HashMap<>();
            for (LanguageSpan l : predicted.layerOrEmpty(LayerKind.LANGUAGES)) byspan.put(l.span(), l.language());
            for (LanguageSpan g : gold.layerOrEmpty(LayerKind.LANGUAGES)) {
                String p = byspan.getOrDefault(g.span(), "und");
                score.add(g.language(), p, g.span().length());
                if (showErrors && !p.equals(g.language())) {
                    out.println("  " + record.name() + ": " + g.language() + " -> " + p + ": " + abbreviate(gold.text(g.span())));
                }
            }
        }
    }

    static void print(LanguageScore s, PrintStream out) {
        out.printf(Locale.ROOT, "  accuracy %.3f over %d; on 20+ characters %.3f%n", s.accuracy(), s.total(), s.accuracyFrom(20));
        out.println("  language   right/total  accuracy");
        s.perLanguage().forEach((k, v) -> out.printf(Locale.ROOT, "    %-8s %6d/%-6d %.3f%n", k, v[0], v[1], v[0] / (double) v[1]));
        out.println("  length     right/total  accuracy");
        s.perBucket().forEach((k, v) -> out.printf(Locale.ROOT, "    %-8s %6d/%-6d %.3f%n", k, v[0], v[1], v[0] / (double) v[1]));
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    public static void main(String[] args) {
        List<Path> gold = new ArrayList<>();
        for (int i = 1; i < args.length; i++) if (!args[i].startsWith("--")) gold.add(Path.of(args[i]));
        boolean errors = Arrays.asList(args).contains("--errors");
        System.exit(run(Path.of(args.length > 0 ? args[0] : "../shared/data"), gold, System.out, errors));
    }
}
