package org.vigie.eval.times;

import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one alignment of system spans to gold spans: exact matches first, then the largest overlaps.
 * {@code pairs[i]} is the index of the system span aligned with gold span i, or -1.
 */
public final class SpanMatch {
    private SpanMatch() {
    }

    public static int[] align(List<Span> gold, List<Span> system) {
        int[] pairs = new int[gold.size()];
        java.util.Arrays.fill(pairs, -1);
        boolean[] used = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (!used[s] && system.get(s).equals(gold.get(g))) {
                    pairs[g] = s;
                    used[s] = true;
                    break;
                }
            }
        }
        List<int[]> overlaps = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (pairs[g] >= 0) continue;
            for (int s = 0; s < system.size(); s++) {
                if (used[s]) continue;
                int o = Math.min(gold.get(g).end(), system.get(s).end()) - Math.max(gold.get(g).start(), system.get(s).start());
                if (o > 0) overlaps.add(new int[]{o, g, s});
            }
        }
        overlaps.sort((a, b) -> b[0] - a[0]);
        for (int[] o : overlaps) {
            if (pairs[o[1]] < 0 && !used[o[2]]) {
                pairs[o[1]] = o[2];
                used[o[2]] = true;
            }
        }
        return pairs;
    }

    /** Exact-span counts: true positives are identical spans. */
    public static Prf exact(List<Span> gold, List<Span> system) {
        int tp = 0;
        int[] pairs = align(gold, system);
        for (int g = 0; g < gold.size(); g++) if (pairs[g] >= 0 && system.get(pairs[g]).equals(gold.get(g))) tp++;
        return new Prf(tp, system.size(), gold.size());
    }

    /** Overlap counts: true positives are aligned spans that share at least one character. */
    public static Prf overlap(List<Span> gold, List<Span> system) {
        int tp = 0;
        for (int p : align(gold, system)) if (p >= 0) tp++;
        return new Prf(tp, system.size(), gold.size());
    }
}
