package org.vigie.nlp.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * First-order linear-chain CRF (Lafferty et al. 2001) over the same hashed features and label set as the
 * {@link Perceptron}, so that its weights go into the same {@link NerModel} and are decoded by the same integer
 * Viterbi. The training objective is the conditional log-likelihood of the gold labels, with the partition function
 * summed over the label sequences the {@link Labels} allow (the decoder's constraints), plus an L2 penalty
 * {@code l2 / 2 * |w|^2}. It is minimised by stochastic gradient descent, one sentence at a time, with AdaGrad
 * per-parameter step sizes (Duchi et al. 2011); forward-backward is computed with per-position scaling (Rabiner 1989)
 * rather than in log space, which needs one {@code exp} per token and label instead of one per label pair.
 *
 * <p>Hand-written rather than taken from a library: MALLET and CRFSuite (and their Java ports) keep their own
 * feature alphabets and model files, while the runtime here is a 16-bit table keyed by 32-bit feature hashes with
 * a jackknifed gazetteer and auxiliary-corpus feature copies ({@link Dataset}); converting between the two would
 * cost more code than the forty lines of forward-backward below.
 *
 * <p>The penalty is applied lazily: a feature's weights are only touched when a sentence has it, and then first
 * shrink for every step they missed. Between two touches a parameter's AdaGrad accumulator does not change, so
 * the missed steps all shrink it by the same factor and the catch-up is exact. The shrinking is the proximal
 * step {@code w / (1 + rate * l2 / n / sqrt(G))}, stable however large the step size of a rare feature.
 */
final class Crf {
    private static final double EPSILON = 1e-8;

    private final Labels labels;
    private final int l;
    private final float[] w, g;
    private final int[] last;
    private final double[] tw, tg;
    private final double rate, l2;
    /** Sums of every step's weights, for the averaged weights (Polyak averaging); null when not averaging. */
    private final double[] sum, tsum;
    /** Weight of each training sentence's log-likelihood (a corpus's share of the mixture); null = all 1. */
    private double[] sentenceWeights;
    private double shrinkPerStep;
    private int step;

    // Per-sentence scratch, grown as needed; the trainer runs on one thread.
    private double[] em = new double[0], e = new double[0], alpha = new double[0], beta = new double[0], node = new double[0];
    private double[] scaleAt = new double[0];
    private final double[] expT, trans;
    private int[] slot, mark;
    private int stamp;
    private int[] touched = new int[256];
    private double[] sums = new double[0];

    /**
     * @param rate AdaGrad base step size
     * @param l2   L2 penalty on the whole training set (inverse prior variance)
     */
    Crf(int features, Labels labels, double rate, double l2) {
        this(features, labels, rate, l2, false);
    }

    /** @param average read out the mean of the weights over all steps rather than the last ones */
    Crf(int features, Labels labels, double rate, double l2, boolean average) {
        this.labels = labels;
        this.l = labels.size();
        this.w = new float[features * l];
        this.g = new float[features * l];
        this.last = new int[features];
        this.tw = new double[(l + 1) * l];
        this.tg = new double[(l + 1) * l];
        this.expT = new double[(l + 1) * l];
        this.trans = new double[(l + 1) * l];
        this.slot = new int[features];
        this.mark = new int[features];
        this.rate = rate;
        this.l2 = l2;
        this.sum = average ? new double[features * labels.size()] : null;
        this.tsum = average ? new double[(labels.size() + 1) * labels.size()] : null;
    }

    /** Weights the log-likelihood of sentence {@code s} of the dataset by {@code weights[s]} (null: all 1). */
    void weighSentences(double[] weights) {
        this.sentenceWeights = weights;
    }

    /** One pass over the sentences accepted by {@code use}, in shuffled order; returns the mean negative log-likelihood. */
    double epoch(Dataset d, IntPredicate use, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < d.size(); s++) if (use.test(s)) order.add(s);
        Collections.shuffle(order, random);
        shrinkPerStep = order.isEmpty() ? 0 : rate * l2 / order.size();
        double loss = 0;
        for (int s : order) {
            int[] gold = d.gold[s], f = d.features[s], off = d.offsets[s];
            int n = gold.length;
            if (n == 0) continue;
            step++;
            double nll = gradient(f, off, gold, n, w);
            if (Double.isNaN(nll) || Double.isInfinite(nll)) continue;
            double weight = sentenceWeights == null ? 1 : sentenceWeights[s];
            loss += nll * weight;
            update(f, off, n, weight);
        }
        settle();
        return order.isEmpty() ? 0 : loss / order.size();
    }

    /**
     * Negative log-likelihood of {@code gold} under the given weights and the current transitions; leaves in
     * {@code node[i * l + y]} the gradient with respect to the emission score of label y at token i (marginal minus
     * gold indicator), and in {@code trans} the gradient with respect to the transition weights.
     */
    double gradient(int[] f, int[] off, int[] gold, int n, float[] weights) {
        int cells = n * l;
        if (em.length < cells) {
            int size = Math.max(cells, em.length * 2);
            em = new double[size];
            e = new double[size];
            alpha = new double[size];
            beta = new double[size];
            node = new double[size];
            scaleAt = new double[size / l + 1];
        }
        for (int i = 0; i < n; i++) {
            int row = i * l;
            for (int y = 0; y < l; y++) em[row + y] = 0;
            for (int k = off[i]; k < off[i + 1]; k++) {
                int base = f[k] * l;
                for (int y = 0; y < l; y++) em[row + y] += weights[base + y];
            }
        }
        int[] allowedFrom = labels.allowedFrom();
        int canEnd = labels.canEnd();
        for (int p = 0; p <= l; p++) {
            for (int y = 0; y < l; y++) expT[p * l + y] = (allowedFrom[y] & (1 << p)) != 0 ? Math.exp(tw[p * l + y]) : 0;
        }
        // Emissions exponentiated after taking out each token's largest score, which goes back into log Z.
        double logZ = 0;
        for (int i = 0; i < n; i++) {
            int row = i * l;
            double max = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < l; y++) max = Math.max(max, em[row + y]);
            logZ += max;
            for (int y = 0; y < l; y++) {
                e[row + y] = i == n - 1 && (canEnd & (1 << y)) == 0 ? 0 : Math.exp(em[row + y] - max);
            }
        }
        for (int i = 0; i < n; i++) {
            int row = i * l;
            double c = 0;
            for (int y = 0; y < l; y++) {
                double a;
                if (i == 0) {
                    a = expT[l * l + y];
                } else {
                    a = 0;
                    for (int p = 0; p < l; p++) a += alpha[row - l + p] * expT[p * l + y];
                }
                a *= e[row + y];
                alpha[row + y] = a;
                c += a;
            }
            if (!(c > 0)) return Double.NaN;
            for (int y = 0; y < l; y++) alpha[row + y] /= c;
            scaleAt[i] = c;
            logZ += Math.log(c);
        }
        for (int y = 0; y < l; y++) beta[(n - 1) * l + y] = 1;
        for (int i = n - 2; i >= 0; i--) {
            int row = i * l, next = row + l;
            double c = scaleAt[i + 1];
            for (int p = 0; p < l; p++) {
                double b = 0;
                for (int y = 0; y < l; y++) b += expT[p * l + y] * e[next + y] * beta[next + y];
                beta[row + p] = b / c;
            }
        }
        java.util.Arrays.fill(trans, 0);
        double goldScore = 0;
        for (int i = 0; i < n; i++) {
            int row = i * l;
            for (int y = 0; y < l; y++) node[row + y] = alpha[row + y] * beta[row + y];
            int from = i == 0 ? l : gold[i - 1];
            goldScore += em[row + gold[i]] + tw[from * l + gold[i]];
            node[row + gold[i]] -= 1;
            trans[from * l + gold[i]] -= 1;
            if (i == 0) {
                for (int y = 0; y < l; y++) trans[l * l + y] += alpha[y] * beta[y];
            } else {
                double c = scaleAt[i];
                for (int p = 0; p < l; p++) {
                    double a = alpha[row - l + p] / c;
                    if (a == 0) continue;
                    for (int y = 0; y < l; y++) trans[p * l + y] += a * expT[p * l + y] * e[row + y] * beta[row + y];
                }
            }
        }
        return logZ - goldScore;
    }

    /** Gradient of the last {@link #gradient} call on the emission score of label y at token i (for tests). */
    double nodeGradient(int i, int y) {
        return node[i * l + y];
    }

    /** Gradient of the last {@link #gradient} call on the transition weight at index {@code p * labels + y} (for tests). */
    double transitionGradient(int index) {
        return trans[index];
    }

    /** AdaGrad step on the features of the sentence just differentiated (their gradients summed over its tokens) and on the transitions. */
    private void update(int[] f, int[] off, int n, double weight) {
        stamp++;
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int k = off[i]; k < off[i + 1]; k++) {
                int feature = f[k];
                if (mark[feature] != stamp) {
                    mark[feature] = stamp;
                    if (count == touched.length) touched = java.util.Arrays.copyOf(touched, count * 2);
                    slot[feature] = count;
                    touched[count++] = feature;
                }
            }
        }
        if (sums.length < count * l) sums = new double[Math.max(count * l, sums.length * 2)];
        java.util.Arrays.fill(sums, 0, count * l, 0);
        for (int i = 0; i < n; i++) {
            int row = i * l;
            for (int k = off[i]; k < off[i + 1]; k++) {
                int at = slot[f[k]] * l;
                for (int y = 0; y < l; y++) sums[at + y] += node[row + y] * weight;
            }
        }
        for (int t = 0; t < count; t++) {
            int feature = touched[t], base = feature * l, missed = step - 1 - last[feature];
            for (int y = 0; y < l; y++) {
                int idx = base + y;
                float acc = g[idx];
                if (acc > 0 && w[idx] != 0) {
                    if (sum != null && missed > 0) sum[idx] += w[idx] * shrunkSum(acc, missed);
                    w[idx] = (float) (w[idx] * shrink(acc, missed + 1));
                }
                double grad = sums[t * l + y];
                acc += (float) (grad * grad);
                g[idx] = acc;
                if (acc > 0) w[idx] -= (float) (rate * grad / Math.sqrt(acc + EPSILON));
                if (sum != null) sum[idx] += w[idx];
            }
            last[feature] = step;
        }
        for (int i = 0; i < tw.length; i++) {
            double grad = trans[i] * weight;
            if (tg[i] > 0) tw[i] /= 1 + shrinkPerStep / Math.sqrt(tg[i]);
            tg[i] += grad * grad;
            if (tg[i] > 0) tw[i] -= rate * grad / Math.sqrt(tg[i] + EPSILON);
            if (tsum != null) tsum[i] += tw[i];
        }
    }

    /** Factor by which {@code steps} proximal L2 steps shrink a weight whose AdaGrad accumulator is {@code acc}. */
    private double shrink(float acc, int steps) {
        if (shrinkPerStep == 0 || steps <= 0) return 1;
        double one = 1 / (1 + shrinkPerStep / Math.sqrt(acc));
        return steps == 1 ? one : Math.pow(one, steps);
    }

    /** {@code r + r^2 + ... + r^steps} for the shrink factor r: the sum of a weight's values over steps it missed. */
    private double shrunkSum(float acc, int steps) {
        if (shrinkPerStep == 0) return steps;
        double r = 1 / (1 + shrinkPerStep / Math.sqrt(acc));
        return r * (1 - Math.pow(r, steps)) / (1 - r);
    }

    /** Applies the penalty steps every feature missed up to now, so that the weights can be read. */
    private void settle() {
        for (int feature = 0; feature < last.length; feature++) {
            int missed = step - last[feature];
            if (missed <= 0) continue;
            int base = feature * l;
            for (int y = 0; y < l; y++) {
                float acc = g[base + y];
                if (acc > 0 && w[base + y] != 0) {
                    if (sum != null) sum[base + y] += w[base + y] * shrunkSum(acc, missed);
                    w[base + y] = (float) (w[base + y] * shrink(acc, missed));
                }
            }
            last[feature] = step;
        }
    }

    double evaluate(Dataset d, IntPredicate use, List<double[]> margins) {
        if (sum == null || step == 0) return DevScore.f1(d, use, labels, i -> w[i], i -> tw[i], 1000, margins);
        return DevScore.f1(d, use, labels, i -> sum[i] / step, i -> tsum[i] / step, 1000, margins);
    }

    /** The weights to tag with: the last ones, or their mean over all steps when averaging. */
    float[] weights() {
        if (sum == null || step == 0) return w.clone();
        float[] out = new float[w.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) (sum[i] / step);
        return out;
    }

    float[] transitions() {
        float[] out = new float[tw.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) (tsum == null || step == 0 ? tw[i] : tsum[i] / step);
        return out;
    }

    /** The transition weights themselves, index {@code p * labels + y} (for tests, which set them). */
    double[] transitionWeights() {
        return tw;
    }

    /** Number of training steps (sentences) so far. */
    int steps() {
        return step;
    }
}
