package org.vigie.nlp.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/** Entity-level F1 (exact span and type) of a set of weights on some sentences of a dataset, as the trainers' dev score. */
final class DevScore {
    private DevScore() {
    }

    /**
     * Decodes with Viterbi on weights rounded to integers after multiplying by {@code scale} (as the tagger does with its
     * 16-bit weights). When {@code margins} is not null, adds {margin in weight units, 1 if right else 0} for every
     * predicted name.
     *
     * @param weight     weight of feature id {@code f} and label {@code y} at index {@code f * labels + y}
     * @param transition weight from label {@code p} (labels = sentence start) to {@code y} at index {@code p * labels + y}
     */
    static double f1(Dataset d, IntPredicate use, Labels labels, IntToDoubleFunction weight, IntToDoubleFunction transition,
                     double scale, List<double[]> margins) {
        int l = labels.size();
        int[] trans = new int[(l + 1) * l];
        for (int i = 0; i < trans.length; i++) trans[i] = (int) Math.round(transition.applyAsDouble(i) * scale);
        int tp = 0, fp = 0, fn = 0;
        double[] sum = new double[l];
        for (int s = 0; s < d.size(); s++) {
            if (!use.test(s)) continue;
            int[] gold = d.gold[s], f = d.features[s], off = d.offsets[s];
            int n = gold.length;
            int[] em = new int[n * l];
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(sum, 0);
                for (int k = off[i]; k < off[i + 1]; k++) {
                    int base = f[k] * l;
                    for (int y = 0; y < l; y++) sum[y] += weight.applyAsDouble(base + y);
                }
                for (int y = 0; y < l; y++) em[i * l + y] = (int) Math.round(sum[y] * scale);
            }
            Decoder.Result result = Decoder.viterbi(em, n, l, (a, b) -> trans[a * l + b], labels.allowedFrom(), labels.canEnd(), margins != null);
            int[] pred = result.labels();
            Set<String> g = chunks(labels, gold), p = chunks(labels, pred);
            if (margins != null) {
                for (int[] span : labels.spans(pred)) {
                    String name = span[0] + ":" + span[1] + ":" + labels.type(span[2]);
                    margins.add(new double[]{result.margin(span[0], span[1], scale), g.contains(name) ? 1 : 0});
                }
            }
            for (String x : p) if (g.contains(x)) tp++; else fp++;
            for (String x : g) if (!p.contains(x)) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static Set<String> chunks(Labels labels, int[] tags) {
        Set<String> out = new HashSet<>();
        for (int[] span : labels.spans(tags)) out.add(span[0] + ":" + span[1] + ":" + labels.type(span[2]));
        return out;
    }
}
