package org.vigie.eval;

import java.util.*;

/** Scores a clustering of items against gold labels: B-cubed and pairwise precision, recall and F1. */
public final class Clustering {
    public record Scores(double bcubedP, double bcubedR, double bcubedF1, double pairP, double pairR, double pairF1,
                         int items, int goldClusters, int systemClusters) {
    }

    private Clustering() {
    }

    public static <T> Scores score(Map<T, String> gold, Map<T, String> system) {
        BCubed b = new BCubed();
        Map<T, String> g = new HashMap<>(), s = new HashMap<>();
        for (T item : gold.keySet()) {
            if (system.containsKey(item)) {
                g.put(item, gold.get(item));
                s.put(item, system.get(item));
            }
        }
        b.add(g, s);
        List<T> items = new ArrayList<>(g.keySet());
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean sameGold = g.get(items.get(i)).equals(g.get(items.get(j)));
                boolean sameSystem = s.get(items.get(i)).equals(s.get(items.get(j)));
                if (sameGold && sameSystem) tp++;
                else if (sameSystem) fp++;
                else if (sameGold) fn++;
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Scores(b.precision(), b.recall(), b.f1(), p, r, f, items.size(),
                new HashSet<>(g.values()).size(), new HashSet<>(s.values()).size());
    }
}
