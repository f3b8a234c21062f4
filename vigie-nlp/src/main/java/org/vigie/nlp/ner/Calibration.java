package org.vigie.nlp.ner;

import java.util.List;

/**
 * Platt scaling: fits {@code P(right) = 1 / (1 + exp(-(a x + b)))} with {@code x = log(1 + margin)} by Newton's
 * method on the names predicted for the dev slice, so that {@link TaggedName#score} reads as a probability.
 * A weak Gaussian prior on a and b keeps the fit finite when right and wrong names are (almost) separable,
 * and each Newton step is halved until the loss goes down.
 */
final class Calibration {
    private static final double PRIOR = 1.0;

    private Calibration() {
    }

    /** {a, b} for pairs {margin, 1 if the name was right else 0}; {1, 0} when the data cannot support a fit. */
    static double[] fit(List<double[]> points) {
        int right = 0;
        for (double[] p : points) right += (int) p[1];
        if (points.size() < 20 || right == 0 || right == points.size()) return new double[]{1, 0};
        double[] x = new double[points.size()], y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.log1p(Math.max(0, points.get(i)[0]));
            y[i] = points.get(i)[1];
        }
        double a = 1, b = 0, loss = loss(x, y, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = PRIOR * a, gb = PRIOR * b, haa = PRIOR, hab = 0, hbb = PRIOR;
            for (int i = 0; i < x.length; i++) {
                double q = sigmoid(a * x[i] + b), w = q * (1 - q);
                ga += (q - y[i]) * x[i];
                gb += q - y[i];
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 0)) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            double step = 1, next = loss(x, y, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(x, y, a - step * da, b - step * db);
            }
            if (next > loss) break;
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-9;
            loss = next;
            if (converged) break;
        }
        return Double.isFinite(a) && Double.isFinite(b) ? new double[]{a, b} : new double[]{1, 0};
    }

    private static double loss(double[] x, double[] y, double a, double b) {
        double loss = PRIOR * (a * a + b * b) / 2;
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            // log(1 + exp(-z)) for right names, log(1 + exp(z)) for wrong ones, computed without overflow.
            double t = y[i] > 0.5 ? -z : z;
            loss += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
        }
        return loss;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
