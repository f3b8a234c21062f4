package org.vigie.eval.events;

import java.io.PrintStream;
import java.util.*;
import java.util.function.Consumer;

/**
 * Sentence-level scoring against PETRARCH gold codings: the share of gold events produced with the right PLOVER type
 * and both actors, and the share of produced events that match no gold event (false positives), overall and by
 * record category, plus the type-only versions and the events produced on sentences without gold events.
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

    public double rightShare() { return ratio(byCategory.getOrDefault("ALL", new int[6])[1], byCategory.getOrDefault("ALL", new int[6])[0]); }
    public double falsePositiveRate() { return ratio(byCategory.getOrDefault("ALL", new int[6])[3], byCategory.getOrDefault("ALL", new int[6])[2]); }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-9s %5s %5s | %-13s %-13s | %-13s %-13s%n", "category", "gold", "pred", "right (type+2)",
                "false pos.", "right (type)", "false (type)");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            if (e.getKey().equals("ALL")) continue;
            row(out, e.getKey(), e.getValue());
        }
        row(out, "ALL", byCategory.getOrDefault("ALL", new int[6]));
        out.printf(Locale.ROOT, "sentences without gold PLOVER events: %d, events produced on them: %d%n", emptySentences, eventsOnEmpty);
    }

    private static void row(PrintStream out, String name, int[] x) {
        out.printf(Locale.ROOT, "%-9s %5d %5d | %5.2f (%3d)    %5.2f (%3d)   | %5.2f (%3d)    %5.2f (%3d)%n", name, x[0], x[2],
                ratio(x[1], x[0]), x[1], ratio(x[3], x[2]), x[3], ratio(x[4], x[0]), x[4], ratio(x[5], x[2]), x[5]);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
