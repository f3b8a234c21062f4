package org.vigie.eval;

/** A share of correct answers among scored items. */
public record Ratio(int correct, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio o) {
        return new Ratio(correct + o.correct, total + o.total);
    }

    public Ratio plus(boolean ok) {
        return new Ratio(correct + (ok ? 1 : 0), total + 1);
    }

    /** The share, or NaN when nothing was scored. */
    public double value() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
