package org.vigie.nlp.ner;

import java.util.List;

/**
 * Platt scaling: fits {@code P(right) = 1 / (1 + exp(-(a x + b)))} with {@code x = log(1 + margin)} by Newton's
 * method on the names predicted for the dev slice, so that {@link TaggedName#score} reads as a probability.
 */
final class Calibration {
    private Calibration() {
    }

    /** {a, b} for pairs {margin, 1 if the name was right else 0}; {1, 0} when the data cannot support a fit. */
    static double[] fit(List<double[]> points) {
        int right = 0;
        for (double[] p : points) right += (int) p[1];
        if (points.size() < 20 || right == 0 || right == points.size()) return new double[]{1, 0};
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (double[] p : points) {
                double x = Math.log1p(Math.max(0, p[0]));
                double q = 1 / (1 + Math.exp(-(a * x + b)));
                double w = Math.max(q * (1 - q), 1e-9);
                ga += (q - p[1]) * x;
                gb += q - p[1];
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            haa += 1e-6;
            hbb += 1e-6;
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-7) break;
        }
        return Double.isFinite(a) && Double.isFinite(b) ? new double[]{a, b} : new double[]{1, 0};
    }
}
