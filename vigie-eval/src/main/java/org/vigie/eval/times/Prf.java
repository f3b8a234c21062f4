package org.vigie.eval.times;

import java.util.Locale;

/** Precision, recall and F1 from counts of true positives, system items and gold items. */
public record Prf(int tp, int system, int gold) {
    public double precision() {
        return system == 0 ? 0 : (double) tp / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, system + o.system, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, system %d, gold %d)", precision(), recall(), f1(), tp, system, gold);
    }
}
