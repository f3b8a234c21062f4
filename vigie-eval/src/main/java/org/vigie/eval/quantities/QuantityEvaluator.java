package org.vigie.eval.quantities;

import org.vigie.eval.EntityMatcher;
import org.vigie.eval.GoldCorpus;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Span;
import org.vigie.eval.times.Prf;
import org.vigie.eval.times.SpanMatch;
import org.vigie.nlp.quantities.QuantityAnnotator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.*;
import java.util.function.BiPredicate;

/**
 * Scores the quantities annotator on gold analysis records: span P/R/F1 (exact and overlapping) and, over the
 * gold quantities matched by an overlapping system quantity, the accuracy of value, unit, claimant, approximate
 * and artefact. When the pipeline has no entities annotator, the gold entities (and quotes) stand in, and the
 * report says so: claimant accuracy is then measured with perfect entities.
 */
public final class QuantityEvaluator {
    private static final double TOLERANCE = 1e-9;

    private QuantityEvaluator() {
    }

    /** Counts for one document or a corpus; the accuracies are over {@code matched} aligned pairs. */
    public record Score(Prf exact, Prf overlap, int matched, int value, int unit, int claimant, int approximate,
                        int artefact, List<String> errors) {
        static Score empty() {
            return new Score(new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0, 0, 0, 0, 0, List.of());
        }

        Score plus(Score o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Score(exact.plus(o.exact), overlap.plus(o.overlap), matched + o.matched, value + o.value,
                    unit + o.unit, claimant + o.claimant, approximate + o.approximate, artefact + o.artefact, e);
        }

        public double accuracy(int correct) {
            return matched == 0 ? 0 : (double) correct / matched;
        }
    }

    /** {@code QuantityEvaluator GOLD_DIR [--errors] [--gold-layers blocks,...]}. */
    public static void main(String[] args) {
        GoldCorpus.main("QuantityEvaluator", args, QuantityEvaluator::run);
    }

    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        return run(dataDir, out, showErrors, Set.of());
    }

    /** As {@link #run(Path, PrintStream, boolean)}, with these layers taken from the gold instead of the pipeline. */
    public static int run(Path dataDir, PrintStream out, boolean showErrors, Set<LayerKind<?>> goldLayers) {
        List<GoldCorpus.Gold> golds = GoldCorpus.readOrSkip(dataDir, out);
        if (golds == null) return 0;
        Pipeline pipeline = GoldCorpus.before("quantities");
        boolean oracleEntities = !GoldCorpus.produces(pipeline, LayerKind.ENTITIES);
        QuantityAnnotator quantities = new QuantityAnnotator();
        Score total = Score.empty();
        long t0 = System.nanoTime();
        for (GoldCorpus.Gold g : golds) {
            Document doc = oracleEntities
                    ? GoldCorpus.prepare(pipeline, g.gold(), goldLayers, LayerKind.ENTITIES, LayerKind.MENTIONS, LayerKind.QUOTES)
                    : GoldCorpus.prepare(pipeline, g.gold(), goldLayers);
            List<Quantity> system = Pipeline.apply(quantities, doc).get(LayerKind.QUANTITIES);
            EntityMatcher entities = new EntityMatcher(g.gold(), doc);
            total = total.plus(score(g.name(), doc.text(), g.gold().quantities(), system, entities::same));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println("quantities: " + golds.size() + " gold records from " + dataDir
                + (oracleEntities ? " (no entities annotator: gold entities and quotes stand in)" : "")
                + (goldLayers.isEmpty() ? "" : " (gold layers: " + goldLayers + ")"));
        out.println("  spans, exact       " + total.exact());
        out.println("  spans, overlapping " + total.overlap());
        out.println("  over " + total.matched() + " matched quantities: value " + pct(total, total.value()) + ", unit "
                + pct(total, total.unit()) + ", claimant " + pct(total, total.claimant()) + ", approximate "
                + pct(total, total.approximate()) + ", artefact " + pct(total, total.artefact()));
        out.println("  time: " + ms + " ms for the pipeline and the annotator");
        if (showErrors) total.errors().forEach(e -> out.println("  " + e));
        return 0;
    }

    private static String pct(Score s, int correct) {
        return String.format(Locale.ROOT, "%.3f", s.accuracy(correct));
    }

    /** Compares one document's system quantities with its gold quantities, claimants by id. */
    public static Score score(String name, String text, List<Quantity> gold, List<Quantity> system) {
        return score(name, text, gold, system, (g, s) -> Objects.equals(id(g), id(s)));
    }

    /** As {@link #score(String, String, List, List)}, deciding with {@code sameEntity} whether two claimants agree. */
    public static Score score(String name, String text, List<Quantity> gold, List<Quantity> system,
                              BiPredicate<EntityRef, EntityRef> sameEntity) {
        List<Span> gs = gold.stream().map(Quantity::span).toList();
        List<Span> ss = system.stream().map(Quantity::span).toList();
        int[] pairs = SpanMatch.align(gs, ss);
        int matched = 0, value = 0, unit = 0, claimant = 0, approximate = 0, artefact = 0;
        List<String> errors = new ArrayList<>();
        boolean[] used = new boolean[system.size()];
        for (int i = 0; i < gold.size(); i++) {
            Quantity g = gold.get(i);
            if (pairs[i] < 0) {
                errors.add(name + " missed '" + g.span().of(text) + "' " + describe(g));
                continue;
            }
            Quantity s = system.get(pairs[i]);
            used[pairs[i]] = true;
            matched++;
            boolean v = sameValue(g.value(), s.value());
            boolean u = Objects.equals(g.unit(), s.unit());
            boolean c = sameEntity.test(g.claimedBy(), s.claimedBy());
            boolean a = g.approximate() == s.approximate();
            boolean r = g.artefact() == s.artefact();
            if (v) value++;
            if (u) unit++;
            if (c) claimant++;
            if (a) approximate++;
            if (r) artefact++;
            if (!(v && u && c && a && r) || !g.span().equals(s.span())) {
                errors.add(name + " '" + s.span().of(text) + "' " + describe(s) + ", gold '" + g.span().of(text) + "' " + describe(g));
            }
        }
        for (int j = 0; j < system.size(); j++) {
            if (!used[j]) errors.add(name + " spurious '" + system.get(j).span().of(text) + "' " + describe(system.get(j)));
        }
        return new Score(SpanMatch.exact(gs, ss), SpanMatch.overlap(gs, ss), matched, value, unit, claimant, approximate,
                artefact, errors);
    }

    private static boolean sameValue(Double a, Double b) {
        if (a == null || b == null) return a == b;
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a));
    }

    private static String id(EntityRef r) {
        return r == null ? null : r.entity();
    }

    private static String describe(Quantity q) {
        return "[" + q.value() + " " + q.unit() + (q.approximate() ? " ~" : "") + (q.artefact() ? " artefact" : "")
                + (q.claimedBy() == null ? "" : " by " + q.claimedBy().name()) + "]";
    }
}
