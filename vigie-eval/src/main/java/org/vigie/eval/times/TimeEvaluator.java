package org.vigie.eval.times;

import org.vigie.eval.GoldCorpus;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;
import org.vigie.nlp.times.TimeAnnotator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the times annotator on gold analysis records: runs the pipeline on each gold text (the gold's published
 * date stands in as PUBLISHED when no annotator produces it), then reports span P/R/F1 (exact and overlapping) and
 * the share of gold expressions with a value that the system resolved to exactly that value.
 */
public final class TimeEvaluator {
    private TimeEvaluator() {
    }

    /** Counts for one document or a corpus. */
    public record Score(Prf exact, Prf overlap, int valued, int resolved, List<String> errors) {
        public double valueAccuracy() {
            return valued == 0 ? 0 : (double) resolved / valued;
        }

        Score plus(Score o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Score(exact.plus(o.exact), overlap.plus(o.overlap), valued + o.valued, resolved + o.resolved, e);
        }
    }

    /** {@code TimeEvaluator GOLD_DIR [--errors] [--gold-layers blocks,languages]}. */
    public static void main(String[] args) {
        GoldCorpus.main("TimeEvaluator", args, TimeEvaluator::run);
    }

    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        return run(dataDir, out, showErrors, Set.of());
    }

    /**
     * As {@link #run(Path, PrintStream, boolean)}, with these layers taken from the gold instead of the pipeline
     * (to measure the annotator apart from the ones before it, e.g. with the gold's boilerplate blocks).
     */
    public static int run(Path dataDir, PrintStream out, boolean showErrors, Set<LayerKind<?>> goldLayers) {
        List<GoldCorpus.Gold> golds = GoldCorpus.readOrSkip(dataDir, out);
        if (golds == null) return 0;
        Pipeline pipeline = GoldCorpus.before("times");
        boolean ownPublished = GoldCorpus.produces(pipeline, LayerKind.PUBLISHED);
        TimeAnnotator times = new TimeAnnotator();
        Score total = new Score(new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0, List.of());
        Score own = total;
        int fromGold = 0;
        long t0 = System.nanoTime();
        for (GoldCorpus.Gold g : golds) {
            Document prepared = GoldCorpus.prepare(pipeline, g.gold(), goldLayers);
            Document doc = GoldCorpus.withGoldPublished(prepared, g.gold());
            if (doc != prepared) fromGold++;
            List<TimeExpression> system = Pipeline.apply(times, doc).get(LayerKind.TIMES);
            total = total.plus(score(g.name(), doc.text(), g.gold().times(), system));
            if (ownPublished) {
                List<TimeExpression> alone = doc == prepared ? system
                        : Pipeline.apply(times, prepared.has(LayerKind.PUBLISHED) ? prepared
                        : prepared.with(org.vigie.core.Layers.of(LayerKind.PUBLISHED, List.of()))).get(LayerKind.TIMES);
                own = own.plus(score(g.name(), doc.text(), g.gold().times(), alone));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println("times: " + golds.size() + " gold records from " + dataDir + " (published date from gold for " + fromGold
                + " records where the pipeline found none)" + (goldLayers.isEmpty() ? "" : " (gold layers: " + goldLayers + ")"));
        out.println("  spans, exact       " + total.exact());
        out.println("  spans, overlapping " + total.overlap());
        out.println("  values: " + total.resolved() + " of " + total.valued() + " gold expressions with a value resolved exactly = "
                + GoldCorpus.percent(total.valueAccuracy()));
        if (ownPublished) {
            out.println("  values with the pipeline's own published dates only: " + own.resolved() + " of " + own.valued()
                    + " = " + GoldCorpus.percent(own.valueAccuracy()));
        }
        out.println("  time: " + ms + " ms for the pipeline and the annotator");
        if (showErrors) total.errors().forEach(e -> out.println("  " + e));
        return 0;
    }

    /** Compares one document's system expressions with its gold expressions. */
    public static Score score(String name, String text, List<TimeExpression> gold, List<TimeExpression> system) {
        List<Span> gs = gold.stream().map(TimeExpression::span).toList();
        List<Span> ss = system.stream().map(TimeExpression::span).toList();
        int[] pairs = SpanMatch.align(gs, ss);
        int valued = 0;
        int resolved = 0;
        List<String> errors = new ArrayList<>();
        boolean[] matched = new boolean[system.size()];
        for (int i = 0; i < gold.size(); i++) {
            TimeExpression g = gold.get(i);
            TimeExpression s = pairs[i] >= 0 ? system.get(pairs[i]) : null;
            if (s != null) matched[pairs[i]] = true;
            if (g.value() != null) {
                valued++;
                if (s != null && Objects.equals(g.value(), s.value())) resolved++;
            }
            if (s == null) {
                errors.add(name + " missed '" + g.span().of(text) + "' = " + g.value());
            } else if (!Objects.equals(g.value(), s.value()) || !g.span().equals(s.span())) {
                errors.add(name + " '" + s.span().of(text) + "' = " + s.value() + ", gold '" + g.span().of(text) + "' = " + g.value());
            }
        }
        for (int j = 0; j < system.size(); j++) {
            if (!matched[j]) errors.add(name + " spurious '" + system.get(j).span().of(text) + "' = " + system.get(j).value());
        }
        return new Score(SpanMatch.exact(gs, ss), SpanMatch.overlap(gs, ss), valued, resolved, errors);
    }
}
