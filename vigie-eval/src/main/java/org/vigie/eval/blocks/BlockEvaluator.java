package org.vigie.eval.blocks;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Metadata;
import org.vigie.nlp.DefaultPipeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores the {@code blocks} annotator against gold analysis records ({@code *.json} in a folder, or in its
 * {@code gold/} subfolder): the gold's {@code text} is run through the pipeline without metadata, as plain-text
 * input is, and its blocks, title and stories are compared with the gold's.
 */
public final class BlockEvaluator {
    private BlockEvaluator() {
    }

    public static int run(Path goldDir, PrintStream out, boolean showErrors) {
        Path dir = Files.isDirectory(goldDir.resolve("gold")) ? goldDir.resolve("gold") : goldDir;
        if (!Files.isDirectory(dir)) {
            out.println("skipped: " + goldDir + " not found");
            return 0;
        }
        Pipeline pipeline = DefaultPipeline.create(List.of("blocks"));
        BlockScore score = new BlockScore();
        for (org.vigie.eval.GoldCorpus.Gold g : org.vigie.eval.GoldCorpus.read(dir, out)) {
            Document gold = g.gold();
            Document input = Document.of(gold.id(), gold.input(), gold.text(), Metadata.EMPTY);
            Document predicted = pipeline.run(input);
            String name = g.name();
            score.add(gold, predicted, showErrors ? e -> out.println("  " + name + ": " + e) : e -> { });
        }
        print(score, out);
        return 0;
    }

    static void print(BlockScore s, PrintStream out) {
        out.printf(Locale.ROOT, "blocks: %d documents, %d blocks%n", s.documents(), s.blocks());
        out.printf(Locale.ROOT, "boilerplate  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
        out.printf(Locale.ROOT, "kind accuracy     %.3f%n", s.kindAccuracy());
        out.printf(Locale.ROOT, "headline accuracy %.3f%n", s.titleAccuracy());
        out.printf(Locale.ROOT, "stories accuracy  %.3f%n", s.storiesAccuracy());
        out.println("kind                 right/total");
        s.perKind().forEach((k, v) -> out.printf(Locale.ROOT, "  %-18s %4d/%d%n", k, v[0], v[1]));
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(args.length > 0 ? args[0] : "demo/gold"), System.out, args.length > 1 && args[1].equals("--errors")));
    }
}
