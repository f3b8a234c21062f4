package org.vigie.eval;

import java.util.*;

/**
 * B-cubed precision and recall of a clustering against a gold clustering of the same items
 * (Bagga and Baldwin 1998): each item's cluster overlap, averaged over items.
 */
public final class BCubed {
    private double precisionSum;
    private double recallSum;
    private int items;

    /** Adds one scoring unit (e.g. one document): gold and system cluster label of each shared item. */
    public <T> void add(Map<T, String> gold, Map<T, String> system) {
        Map<String, Set<T>> goldClusters = invert(gold);
        Map<String, Set<T>> systemClusters = invert(system);
        for (T item : gold.keySet()) {
            String s = system.get(item);
            if (s == null) continue;
            Set<T> g = goldClusters.get(gold.get(item));
            Set<T> c = systemClusters.get(s);
            int both = 0;
            for (T x : c) if (g.contains(x)) both++;
            precisionSum += (double) both / c.size();
            recallSum += (double) both / g.size();
            items++;
        }
    }

    private static <T> Map<String, Set<T>> invert(Map<T, String> labels) {
        Map<String, Set<T>> out = new HashMap<>();
        labels.forEach((item, label) -> out.computeIfAbsent(label, k -> new HashSet<>()).add(item));
        return out;
    }

    public int items() {
        return items;
    }

    public double precision() {
        return items == 0 ? Double.NaN : precisionSum / items;
    }

    public double recall() {
        return items == 0 ? Double.NaN : recallSum / items;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
