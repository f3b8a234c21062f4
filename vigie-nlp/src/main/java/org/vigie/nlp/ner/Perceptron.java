package org.vigie.nlp.ner;

import java.util.*;
import java.util.function.IntPredicate;

/**
 * Averaged structured perceptron (Collins 2002) with the usual lazy averaging: {@code u} accumulates each
 * update times the instance counter, and the average is {@code w - u / c}.
 */
final class Perceptron {
    private final Labels labels;
    private final int l;
    private final int[] w, tw;
    private final long[] u, tu;
    private long c = 1;

    Perceptron(int features, Labels labels) {
        this.labels = labels;
        this.l = labels.size();
        this.w = new int[features * l];
        this.u = new long[features * l];
        this.tw = new int[(l + 1) * l];
        this.tu = new long[(l + 1) * l];
    }

    /** One pass over the sentences accepted by {@code use}, in shuffled order; returns the number decoded wrongly. */
    int epoch(Dataset d, IntPredicate use, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < d.size(); s++) if (use.test(s)) order.add(s);
        Collections.shuffle(order, random);
        int mistakes = 0;
        for (int s : order) {
            int[] gold = d.gold[s], f = d.features[s], off = d.offsets[s];
            int n = gold.length;
            int[] em = new int[n * l];
            for (int i = 0; i < n; i++) {
                for (int k = off[i]; k < off[i + 1]; k++) {
                    int base = f[k] * l;
                    for (int y = 0; y < l; y++) em[i * l + y] += w[base + y];
                }
            }
            int[] pred = Decoder.viterbi(em, n, l, (a, b) -> tw[a * l + b], labels.allowedFrom(), labels.canEnd(), false).labels();
            if (!Arrays.equals(pred, gold)) {
                mistakes++;
                for (int i = 0; i < n; i++) {
                    int g = gold[i], p = pred[i];
                    if (g != p) {
                        for (int k = off[i]; k < off[i + 1]; k++) {
                            int base = f[k] * l;
                            w[base + g]++;
                            u[base + g] += c;
                            w[base + p]--;
                            u[base + p] -= c;
                        }
                    }
                    int pg = i == 0 ? l : gold[i - 1], pp = i == 0 ? l : pred[i - 1];
                    if (pg != pp || g != p) {
                        tw[pg * l + g]++;
                        tu[pg * l + g] += c;
                        tw[pp * l + p]--;
                        tu[pp * l + p] -= c;
                    }
                }
            }
            c++;
        }
        return mistakes;
    }

    private double average(int i) {
        return w[i] - (double) u[i] / c;
    }

    private double averageTransition(int i) {
        return tw[i] - (double) tu[i] / c;
    }

    /**
     * Entity-level F1 (exact span and type) of the averaged weights on the accepted sentences. When
     * {@code margins} is not null, adds {margin, 1 if right else 0} for every predicted name.
     */
    double evaluate(Dataset d, IntPredicate use, List<double[]> margins) {
        return DevScore.f1(d, use, labels, this::average, this::averageTransition, 64, margins);
    }

    /** The averaged feature weights, feature by feature, label by label. */
    float[] averagedWeights() {
        float[] out = new float[w.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) average(i);
        return out;
    }

    float[] averagedTransitions() {
        float[] out = new float[tw.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) averageTransition(i);
        return out;
    }

    /**
     * Quantises weights to 16 bits and keeps the features some of whose weights round to more than {@code prune}, the
     * strongest {@code maxFeatures} of them when that is not 0; auxiliary-corpus copies are left out, as taggers never
     * look them up.
     */
    static NerModel toModel(Labels labels, Dataset d, float[] weights, float[] transitions, Lexicon lexicon,
                            WordListGazetteer gazetteer, Map<String, String> manifest, int prune, int maxFeatures) {
        int l = labels.size(), features = d.featureCount();
        double max = 1e-9;
        for (float x : weights) max = Math.max(max, Math.abs(x));
        float scale = (float) (32767 / max);
        int[] largest = new int[features];
        int candidates = 0;
        for (int f = 0; f < features; f++) {
            if (d.auxiliaryCopy(f)) continue;
            for (int y = 0; y < l; y++) largest[f] = Math.max(largest[f], Math.abs(Math.round(weights[f * l + y] * scale)));
            if (largest[f] > prune) candidates++;
        }
        int floor = prune;
        if (maxFeatures > 0 && candidates > maxFeatures) {
            int[] sorted = new int[candidates];
            int at = 0;
            for (int f = 0; f < features; f++) if (!d.auxiliaryCopy(f) && largest[f] > prune) sorted[at++] = largest[f];
            Arrays.sort(sorted);
            floor = sorted[candidates - maxFeatures];
        }
        int[] keys = new int[features];
        short[] quantised = new short[features * l];
        int kept = 0;
        for (int f = 0; f < features && (maxFeatures <= 0 || kept < maxFeatures); f++) {
            if (d.auxiliaryCopy(f) || largest[f] <= floor) continue;
            for (int y = 0; y < l; y++) quantised[kept * l + y] = (short) Math.round(weights[f * l + y] * scale);
            keys[kept++] = d.key(f);
        }
        manifest.put("features.kept", Integer.toString(kept));
        manifest.put("features.seen", Integer.toString(features));
        return new NerModel(labels.names().toArray(String[]::new), transitions, Arrays.copyOf(keys, kept),
                Arrays.copyOf(quantised, kept * l), scale, lexicon, gazetteer, manifest);
    }
}
