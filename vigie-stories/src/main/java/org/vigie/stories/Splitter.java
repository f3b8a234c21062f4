package org.vigie.stories;

import java.util.*;

/**
 * The split rule: the recent members of a story, with each republication group kept whole, are clustered by
 * average link; when they fall into parts whose average similarity stays under {@code split}, the part holding
 * the most documents keeps the story and each other part of two documents or more becomes a story of its own.
 * A story that chained two events through a few borderline documents comes apart this way.
 */
final class Splitter {
    /** Smaller parts are left in place: one or two stray documents are not a second event. */
    private static final int MIN_PART = 3;

    private Splitter() {
    }

    /** The parts, the one that stays first; a single part when the story holds together. */
    static List<int[]> split(StoryState s, Fingerprint[] docs, StoryIndex index, Similarity sim, int window) {
        int n = s.members.size();
        int from = Math.max(0, n - window);
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = from; i < n; i++) {
            int d = s.members.get(i);
            byGroup.computeIfAbsent(index.group(d), k -> new ArrayList<>()).add(d);
        }
        List<List<Integer>> units = new ArrayList<>(byGroup.values());
        int u = units.size();
        if (u < 4) return List.of();
        Map<Integer, float[][]> vectors = new HashMap<>();
        for (List<Integer> members : units) for (int d : members) vectors.put(d, new float[][]{sim.unitWords(docs[d]), sim.unitEvidence(docs[d])});
        double[][] pair = new double[u][u];
        for (int a = 0; a < u; a++) {
            for (int b = a + 1; b < u; b++) {
                double sum = 0;
                for (int x : units.get(a)) {
                    for (int y : units.get(b)) {
                        Fingerprint fx = docs[x], fy = docs[y];
                        float[][] vx = vectors.get(x), vy = vectors.get(y);
                        sum += sim.documentSimilarity(fx, vx[0], vx[1], fy, vy[0], vy[1], index::idf) * index.timeFactor(fx.day(), fy.day(), fy.day());
                    }
                }
                pair[a][b] = pair[b][a] = sum;
            }
        }
        // average-link agglomeration over units; sizes count documents
        List<List<Integer>> clusters = new ArrayList<>();
        for (int a = 0; a < u; a++) clusters.add(new ArrayList<>(List.of(a)));
        double threshold = index.options().split();
        while (clusters.size() > 1) {
            int bi = -1, bj = -1;
            double best = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double avg = link(clusters.get(i), clusters.get(j), pair, units);
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (best < threshold) break;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        if (clusters.size() < 2) return List.of();
        List<int[]> parts = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<Integer> members = new ArrayList<>();
            for (int unit : c) members.addAll(units.get(unit));
            parts.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        parts.sort((a, b) -> Integer.compare(b.length, a.length));
        List<int[]> out = new ArrayList<>();
        out.add(parts.get(0));
        for (int i = 1; i < parts.size(); i++) if (parts.get(i).length >= MIN_PART) out.add(parts.get(i));
        return out.size() < 2 ? List.of() : out;
    }

    private static double link(List<Integer> a, List<Integer> b, double[][] pair, List<List<Integer>> units) {
        double sum = 0;
        int pairs = 0;
        for (int x : a) {
            for (int y : b) {
                sum += pair[x][y];
                pairs += units.get(x).size() * units.get(y).size();
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
