package org.vigie.eval.entities;

import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

import java.io.PrintStream;
import java.util.*;

/**
 * Scores predicted entities against gold ones, document by document: mention precision, recall and F1 on exact
 * spans (untyped, typed, and per type), linking accuracy on the gold mentions whose entity has a Wikidata QID, and
 * variant grouping as B-cubed F1 over the mentions both sides found (so that grouping is judged apart from detection).
 */
public final class EntityScores {
    /** A mention as scored: its span, its type and the id of the entity it belongs to. */
    record Item(Span span, EntityType type, String entity, String text) {
    }

    private int gold, predicted, matched, matchedTyped;
    private final Map<EntityType, int[]> perType = new EnumMap<>(EntityType.class);
    private int linkable, linked;
    private double bcubedP, bcubedR;
    private int bcubedN;
    private int documents;

    /** Adds one document; prints its misses and false alarms when {@code errors} is not null. */
    public void add(String name, Document goldDoc, Document predictedDoc, PrintStream errors) {
        documents++;
        List<Item> g = items(goldDoc);
        List<Item> p = items(predictedDoc);
        Map<Span, Item> pBySpan = new HashMap<>();
        for (Item i : p) pBySpan.putIfAbsent(i.span(), i);
        Map<Span, Item> gBySpan = new HashMap<>();
        for (Item i : g) gBySpan.putIfAbsent(i.span(), i);
        gold += gBySpan.size();
        predicted += pBySpan.size();
        for (EntityType t : EntityType.values()) perType.putIfAbsent(t, new int[3]);
        for (Item i : gBySpan.values()) perType.get(i.type())[0]++;
        for (Item i : pBySpan.values()) perType.get(i.type())[1]++;
        List<Item[]> pairs = new ArrayList<>();
        for (Item gi : gBySpan.values()) {
            Item pi = pBySpan.get(gi.span());
            if (gi.entity().matches("Q[0-9]+")) {
                linkable++;
                if (pi != null && pi.entity().equals(gi.entity())) linked++;
            }
            if (pi == null) {
                if (errors != null) errors.println("  " + name + " missed " + gi.type() + " '" + gi.text() + "' " + gi.span());
                continue;
            }
            matched++;
            pairs.add(new Item[]{gi, pi});
            if (pi.type() == gi.type()) {
                matchedTyped++;
                perType.get(gi.type())[2]++;
            } else if (errors != null) {
                errors.println("  " + name + " typed " + pi.type() + " instead of " + gi.type() + " '" + gi.text() + "'");
            }
        }
        if (errors != null) {
            for (Item pi : pBySpan.values()) {
                if (!gBySpan.containsKey(pi.span())) errors.println("  " + name + " spurious " + pi.type() + " '" + pi.text() + "' " + pi.span());
            }
        }
        bcubed(pairs);
        if (errors != null) groupingErrors(name, pairs, errors);
    }

    private void bcubed(List<Item[]> pairs) {
        for (Item[] a : pairs) {
            int sameGold = 0, samePred = 0, both = 0;
            for (Item[] b : pairs) {
                boolean g = a[0].entity().equals(b[0].entity());
                boolean p = a[1].entity().equals(b[1].entity());
                if (g) sameGold++;
                if (p) samePred++;
                if (g && p) both++;
            }
            bcubedP += (double) both / samePred;
            bcubedR += (double) both / sameGold;
            bcubedN++;
        }
    }

    private static void groupingErrors(String name, List<Item[]> pairs, PrintStream errors) {
        Map<String, Set<String>> goldToPred = new TreeMap<>();
        Map<String, Set<String>> predToGold = new TreeMap<>();
        for (Item[] x : pairs) {
            goldToPred.computeIfAbsent(x[0].entity(), k -> new TreeSet<>()).add(x[1].entity());
            predToGold.computeIfAbsent(x[1].entity(), k -> new TreeSet<>()).add(x[0].entity());
        }
        goldToPred.forEach((g, ps) -> { if (ps.size() > 1) errors.println("  " + name + " split " + g + " into " + ps); });
        predToGold.forEach((p, gs) -> { if (gs.size() > 1) errors.println("  " + name + " merged " + gs + " as " + p); });
    }

    static List<Item> items(Document d) {
        List<Item> out = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (!NamedEntities.scored(e)) continue;
            for (Span s : e.mentions()) out.add(new Item(s, e.type(), e.id(), d.text(s)));
        }
        return out;
    }

    public int documents() { return documents; }
    public double precision() { return ratio(matched, predicted); }
    public double recall() { return ratio(matched, gold); }
    public double f1() { return f1(precision(), recall()); }
    public double typedPrecision() { return ratio(matchedTyped, predicted); }
    public double typedRecall() { return ratio(matchedTyped, gold); }
    public double typedF1() { return f1(typedPrecision(), typedRecall()); }
    /** Share of gold mentions of QID-identified entities whose predicted mention carries the same QID; NaN when there are none. */
    public double linkingAccuracy() { return linkable == 0 ? Double.NaN : (double) linked / linkable; }
    public int linkable() { return linkable; }
    public double bcubedPrecision() { return bcubedN == 0 ? Double.NaN : bcubedP / bcubedN; }
    public double bcubedRecall() { return bcubedN == 0 ? Double.NaN : bcubedR / bcubedN; }
    public double bcubedF1() { return f1(bcubedPrecision(), bcubedRecall()); }

    /** Precision, recall and F1 of one type (typed matching). */
    public double[] ofType(EntityType t) {
        int[] c = perType.getOrDefault(t, new int[3]);
        double p = ratio(c[2], c[1]), r = ratio(c[2], c[0]);
        return new double[]{p, r, f1(p, r), c[0], c[1]};
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "documents: %d, gold mentions: %d, predicted mentions: %d%n", documents, gold, predicted);
        out.printf(Locale.ROOT, "%-22s %6s %6s %6s%n", "mentions", "P", "R", "F1");
        out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f%n", "untyped", precision(), recall(), f1());
        out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f%n", "typed", typedPrecision(), typedRecall(), typedF1());
        for (EntityType t : EntityType.values()) {
            double[] s = ofType(t);
            out.printf(Locale.ROOT, "  %-20s %6.3f %6.3f %6.3f   (gold %d, predicted %d)%n", t, s[0], s[1], s[2], (int) s[3], (int) s[4]);
        }
        out.printf(Locale.ROOT, "linking accuracy (gold mentions with a QID): %.3f over %d mentions%n", linkingAccuracy(), linkable);
        out.printf(Locale.ROOT, "grouping B-cubed over mentions found by both: P %.3f R %.3f F1 %.3f%n", bcubedPrecision(), bcubedRecall(), bcubedF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? 0 : 2 * p * r / (p + r);
    }
}
