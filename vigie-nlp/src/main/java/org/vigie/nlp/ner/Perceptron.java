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
        int[] trans = new int[tw.length];
        for (int i = 0; i < trans.length; i++) trans[i] = (int) Math.round(averageTransition(i) * 64);
        int tp = 0, fp = 0, fn = 0;
        for (int s = 0; s < d.size(); s++) {
            if (!use.test(s)) continue;
            int[] gold = d.gold[s], f = d.features[s], off = d.offsets[s];
            int n = gold.length;
            int[] em = new int[n * l];
            double[] sum = new double[l];
            for (int i = 0; i < n; i++) {
                Arrays.fill(sum, 0);
                for (int k = off[i]; k < off[i + 1]; k++) {
                    int base = f[k] * l;
                    for (int y = 0; y < l; y++) sum[y] += average(base + y);
                }
                for (int y = 0; y < l; y++) em[i * l + y] = (int) Math.round(sum[y] * 64);
            }
            Decoder.Result result = Decoder.viterbi(em, n, l, (a, b) -> trans[a * l + b], labels.allowedFrom(), labels.canEnd(), margins != null);
            int[] pred = result.labels();
            Set<String> g = chunks(gold), p = chunks(pred);
            if (margins != null) {
                for (int[] span : labels.spans(pred)) {
                    String name = span[0] + ":" + span[1] + ":" + labels.type(span[2]);
                    margins.add(new double[]{result.margin(span[0], span[1], 64), g.contains(name) ? 1 : 0});
                }
            }
            for (String x : p) if (g.contains(x)) tp++; else fp++;
            for (String x : g) if (!p.contains(x)) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private Set<String> chunks(int[] tags) {
        Set<String> out = new HashSet<>();
        for (int[] span : labels.spans(tags)) out.add(span[0] + ":" + span[1] + ":" + labels.type(span[2]));
        return out;
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

    /** Quantises averaged weights to 16 bits and drops features whose weights all round to at most {@code prune}. */
    static NerModel toModel(Labels labels, Dataset d, float[] weights, float[] transitions, Lexicon lexicon,
                            WordListGazetteer gazetteer, Map<String, String> manifest, int prune) {
        int l = labels.size(), features = d.featureCount();
        double max = 1e-9;
        for (float x : weights) max = Math.max(max, Math.abs(x));
        float scale = (float) (32767 / max);
        int[] keys = new int[features];
        short[] quantised = new short[features * l];
        int kept = 0;
        for (int f = 0; f < features; f++) {
            int largest = 0;
            for (int y = 0; y < l; y++) {
                int q = Math.round(weights[f * l + y] * scale);
                quantised[kept * l + y] = (short) q;
                largest = Math.max(largest, Math.abs(q));
            }
            if (largest > prune) keys[kept++] = d.key(f);
        }
        manifest.put("features.kept", Integer.toString(kept));
        manifest.put("features.seen", Integer.toString(features));
        return new NerModel(labels.names().toArray(String[]::new), transitions, Arrays.copyOf(keys, kept),
                Arrays.copyOf(quantised, kept * l), scale, lexicon, gazetteer, manifest);
    }
}
