package org.vigie.eval.events;

import java.io.PrintStream;
import java.util.*;
import java.util.function.Consumer;

/**
 * Sentence-level scoring against PETRARCH gold codings, in two protocols.
 * <p>
 * Strict (ours): the share of gold events produced with the right PLOVER type and both actors, and the share of
 * produced events that match no gold event (false positives), overall and by record category, plus the type-only
 * versions and the events produced on sentences without gold events. Every produced event counts, even one whose
 * actor has no code or that has no second actor.
 * <p>
 * UniversalPetrarch ({@code validation.py}): a record marked {@code noevents} (here: left without a PLOVER gold
 * event) is one expected "no event", correct when nothing is coded; a produced event with an actor that has no code
 * (an unknown name, or no second actor) is a "null" event, set aside and counted neither as coded nor as extra;
 * TP = correct / (correct + uncoded), FP = extra / records (extra events per record, not a share of produced
 * events). Upstream compares full CAMEO codes; here the type is the PLOVER type and actors agree on their country
 * root (see {@link ActorCodes#matches}), both coarser, so the two rows are not the same test as upstream's.
 */
public final class PetrarchScore {
    public record Gold(String type, String source, String target) {
    }

    /** A produced event: its type, its actors' codes (null when the name has no code) and a label for listings. */
    public record Predicted(String type, String source, String target, String label) {
    }

    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

    private final Map<String, int[]> byCategory = new TreeMap<>(); // gold, right, pred, falsePos, typeRight, typeFalse
    private int emptySentences, eventsOnEmpty;
    private int upRecords, upCorrect, upUncoded, upExtra, upNull;

    public void add(String id, String category, List<Gold> gold, List<Predicted> pred, Consumer<String> errors) {
        int[] c = byCategory.computeIfAbsent(category == null ? "?" : category, k -> new int[6]);
        int[] all = byCategory.computeIfAbsent("ALL", k -> new int[6]);
        if (gold.isEmpty()) {
            emptySentences++;
            eventsOnEmpty += pred.size();
        }
        for (int[] x : List.of(c, all)) {
            x[0] += gold.size();
            x[2] += pred.size();
        }
        for (Gold g : gold) {
            boolean right = pred.stream().anyMatch(p -> full(g, p));
            boolean typeRight = pred.stream().anyMatch(p -> p.type.equals(g.type));
            for (int[] x : List.of(c, all)) {
                if (right) x[1]++;
                if (typeRight) x[4]++;
            }
            if (!right) errors.accept("missed " + g.type + " " + g.source + " -> " + g.target);
        }
        for (Predicted p : pred) {
            boolean right = gold.stream().anyMatch(g -> full(g, p));
            boolean typeRight = gold.stream().anyMatch(g -> g.type.equals(p.type));
            for (int[] x : List.of(c, all)) {
                if (!right) x[3]++;
                if (!typeRight) x[5]++;
            }
            if (!right) errors.accept("false " + p.type + " " + p.label + " (" + p.source + " -> " + p.target + ")");
        }
        universalPetrarch(gold, pred);
    }

    private void universalPetrarch(List<Gold> gold, List<Predicted> pred) {
        upRecords++;
        List<Predicted> coded = new ArrayList<>();
        for (Predicted p : pred) {
            if (p.source == null || p.target == null) upNull++;
            else coded.add(p);
        }
        if (gold.isEmpty()) {
            if (coded.isEmpty()) upCorrect++;
            else upUncoded++;
            upExtra += coded.size();
            return;
        }
        int found = 0;
        for (Gold g : gold) if (coded.stream().anyMatch(p -> full(g, p))) found++;
        upCorrect += found;
        upUncoded += gold.size() - found;
        for (Predicted p : coded) if (gold.stream().noneMatch(g -> full(g, p))) upExtra++;
    }

    static boolean full(Gold g, Predicted p) {
        if (!g.type.equals(p.type)) return false;
        if (actors(g.source, g.target, p.source, p.target)) return true;
        return SYMMETRIC.contains(g.type) && actors(g.source, g.target, p.target, p.source);
    }

    private static boolean actors(String gs, String gt, String ps, String pt) {
        if (!ActorCodes.matches(gs, ps)) return false;
        return gt == null || gt.equals("---") || ActorCodes.matches(gt, pt);
    }

    private int[] total() {
        return byCategory.getOrDefault("ALL", new int[6]);
    }

    public double rightShare() { return ratio(total()[1], total()[0]); }
    public double falsePositiveRate() { return ratio(total()[3], total()[2]); }
    /** UniversalPetrarch's TP: correct / (correct + uncoded), "no event" records included. */
    public double upTruePositive() { return ratio(upCorrect, upCorrect + upUncoded); }
    /** UniversalPetrarch's FP: extra coded events per record. */
    public double upFalsePositive() { return ratio(upExtra, upRecords); }
    public int upNullEvents() { return upNull; }

    /** The per-category table of the strict protocol, then the UniversalPetrarch row. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-9s %5s %5s | %-13s %-13s | %-13s %-13s%n", "category", "gold", "pred", "right (type+2)",
                "false pos.", "right (type)", "false (type)");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            if (e.getKey().equals("ALL")) continue;
            row(out, e.getKey(), e.getValue());
        }
        row(out, "ALL", total());
        out.printf(Locale.ROOT, "sentences without gold PLOVER events: %d, events produced on them: %d%n", emptySentences, eventsOnEmpty);
        printUniversalPetrarch(out, "UniversalPetrarch protocol");
    }

    public void printSummary(PrintStream out, String name) {
        int[] x = total();
        out.printf(Locale.ROOT, "%-28s %3d records | strict: right %5.2f (%d/%d), false pos. %5.2f (%d/%d) | ", name, upRecords,
                ratio(x[1], x[0]), x[1], x[0], ratio(x[3], x[2]), x[3], x[2]);
        out.printf(Locale.ROOT, "UP: TP %5.2f, FP/record %5.2f, null %d%n", upTruePositive(), upFalsePositive(), upNull);
    }

    private void printUniversalPetrarch(PrintStream out, String name) {
        out.printf(Locale.ROOT, "%s: %d records, correct %d, uncoded %d, extra %d, null %d -> TP %.2f, FP (extra/records) %.2f%n",
                name, upRecords, upCorrect, upUncoded, upExtra, upNull, upTruePositive(), upFalsePositive());
    }

    private static void row(PrintStream out, String name, int[] x) {
        out.printf(Locale.ROOT, "%-9s %5d %5d | %5.2f (%3d)    %5.2f (%3d)   | %5.2f (%3d)    %5.2f (%3d)%n", name, x[0], x[2],
                ratio(x[1], x[0]), x[1], ratio(x[3], x[2]), x[3], ratio(x[4], x[0]), x[4], ratio(x[5], x[2]), x[5]);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
