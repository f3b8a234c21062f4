package org.vigie.eval.events;

import java.io.PrintStream;
import java.util.*;
import java.util.function.Consumer;

/**
 * Scores predicted events against gold events of the same document. Events pair up one to one, greedily, when they
 * have the same type and come from the same place (overlapping evidence, or the same sentence id); a pair is
 * "strict" when both actors agree too (either order for CONSULT, AGREE and COOPERATE, which are symmetric), and
 * "actor1" when the first actor agrees. Precision, recall and F1 are reported for strict, actor1 and type-only
 * pairs, overall and by type, with location, date, mode and negation agreement on strict pairs.
 */
public final class EventScorer {
    /** An event reduced to what is scored; {@code where} identifies the sentence (an evidence span or a sentence id). */
    public record Item(String type, String actor1, String actor2, String location, String date, String mode,
                       boolean negated, Object where) {
    }

    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

    private final Map<String, int[]> byType = new TreeMap<>(); // gold, pred, strict, actor1, typeOnly
    private int gold, pred, strict, actor1, typeOnly;
    private int attrTotal, locationHit, dateHit, modeHit, negHit;

    public void add(List<Item> goldItems, List<Item> predItems, java.util.function.BiPredicate<Object, Object> samePlace,
                    Consumer<String> errors) {
        gold += goldItems.size();
        pred += predItems.size();
        for (Item g : goldItems) counts(g.type)[0]++;
        for (Item p : predItems) counts(p.type)[1]++;
        boolean[] gUsed = new boolean[goldItems.size()], pUsed = new boolean[predItems.size()];
        for (int level = 2; level >= 0; level--) {
            for (int p = 0; p < predItems.size(); p++) {
                if (pUsed[p]) continue;
                Item pi = predItems.get(p);
                for (int g = 0; g < goldItems.size(); g++) {
                    if (gUsed[g]) continue;
                    Item gi = goldItems.get(g);
                    if (!gi.type.equals(pi.type) || !samePlace.test(gi.where, pi.where)) continue;
                    int l = level(gi, pi);
                    if (l < level) continue;
                    gUsed[g] = pUsed[p] = true;
                    int[] c = counts(pi.type);
                    typeOnly++;
                    c[4]++;
                    if (l >= 1) {
                        actor1++;
                        c[3]++;
                    }
                    if (l == 2) {
                        strict++;
                        c[2]++;
                        attrTotal++;
                        if (Objects.equals(gi.location, pi.location)) locationHit++;
                        if (Objects.equals(gi.date, pi.date)) dateHit++;
                        if (Objects.equals(gi.mode, pi.mode)) modeHit++;
                        if (gi.negated == pi.negated) negHit++;
                    } else {
                        errors.accept("actors " + pi.actor1 + " -> " + pi.actor2 + " instead of " + gi.actor1 + " -> " + gi.actor2
                                + " for " + gi.type + " at " + gi.where);
                    }
                    break;
                }
            }
        }
        for (int g = 0; g < goldItems.size(); g++) {
            if (!gUsed[g]) errors.accept("missed " + goldItems.get(g).type + " " + goldItems.get(g).actor1 + " -> "
                    + goldItems.get(g).actor2 + " at " + goldItems.get(g).where);
        }
        for (int p = 0; p < predItems.size(); p++) {
            if (!pUsed[p]) errors.accept("spurious " + predItems.get(p).type + " " + predItems.get(p).actor1 + " -> "
                    + predItems.get(p).actor2 + " at " + predItems.get(p).where);
        }
    }

    private static int level(Item g, Item p) {
        boolean a1 = Objects.equals(g.actor1, p.actor1);
        boolean a2 = Objects.equals(g.actor2, p.actor2);
        if (a1 && a2) return 2;
        if (SYMMETRIC.contains(g.type) && Objects.equals(g.actor1, p.actor2) && Objects.equals(g.actor2, p.actor1)) return 2;
        return a1 ? 1 : 0;
    }

    private int[] counts(String type) {
        return byType.computeIfAbsent(type, k -> new int[5]);
    }

    public double strictPrecision() { return ratio(strict, pred); }
    public double strictRecall() { return ratio(strict, gold); }
    public double actor1Precision() { return ratio(actor1, pred); }
    public double typePrecision() { return ratio(typeOnly, pred); }
    public int goldCount() { return gold; }
    public int predictedCount() { return pred; }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %5s %5s | %-17s | %-17s | %-17s%n", "type", "gold", "pred", "strict P/R/F1",
                "actor1 P/R/F1", "type-only P/R/F1");
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "%-12s %5d %5d | %s | %s | %s%n", e.getKey(), c[0], c[1], prf(c[2], c[1], c[0]),
                    prf(c[3], c[1], c[0]), prf(c[4], c[1], c[0]));
        }
        out.printf(Locale.ROOT, "%-12s %5d %5d | %s | %s | %s%n", "ALL", gold, pred, prf(strict, pred, gold),
                prf(actor1, pred, gold), prf(typeOnly, pred, gold));
        out.printf(Locale.ROOT, "on %d strict pairs: location %.3f, date %.3f, mode %.3f, negation %.3f%n", attrTotal,
                ratio(locationHit, attrTotal), ratio(dateHit, attrTotal), ratio(modeHit, attrTotal), ratio(negHit, attrTotal));
    }

    private static String prf(int hit, int pred, int gold) {
        double p = ratio(hit, pred), r = ratio(hit, gold);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%.2f %.2f %.2f   ", p, r, f).substring(0, 17);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
