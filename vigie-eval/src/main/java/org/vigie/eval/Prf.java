package org.vigie.eval;

/** Counts of true positives, false positives and false negatives, with precision, recall and F1. */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public int gold() {
        return tp + fn;
    }

    public int system() {
        return tp + fp;
    }
}
