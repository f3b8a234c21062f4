package org.vigie.eval.entities;

import org.vigie.core.Document;
import org.vigie.core.model.SourceCredit;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Scores predicted source credits against gold ones as (outlet id, role) pairs per document, evidence aside. */
public final class SourceScores {
    private int tp, fp, fn;

    public void add(String name, Document gold, Document predicted, PrintStream errors) {
        Set<String> g = pairs(gold), p = pairs(predicted);
        for (String x : p) {
            if (g.contains(x)) tp++;
            else {
                fp++;
                if (errors != null) errors.println("  " + name + " spurious source " + x);
            }
        }
        for (String x : g) {
            if (!p.contains(x)) {
                fn++;
                if (errors != null) errors.println("  " + name + " missed source " + x);
            }
        }
    }

    private static Set<String> pairs(Document d) {
        Set<String> s = new TreeSet<>();
        for (SourceCredit c : d.sources()) s.add((c.entityId() == null ? c.name() : c.entityId()) + " " + c.role().jsonName());
        return s;
    }

    public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
    public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
    public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "sources as (outlet, role): P %.3f R %.3f F1 %.3f (%d right, %d spurious, %d missed)%n",
                precision(), recall(), f1(), tp, fp, fn);
    }
}
