package org.vigie.nlp.ner;

import java.io.PrintStream;
import java.util.*;

/**
 * Groups words that occur in similar contexts (spherical k-means over counts of the lower-cased words just
 * before and after them), from the training text and any unlabeled text given for them ({@link NerTrainer#TEXT_PREFIX}). Clusters let a feature learnt on one word help a
 * rarer word used alike ("Tuesday"/"Friday", "Paris"/"Lyon").
 */
final class WordClusters {
    private static final int MIN_COUNT = 4, CONTEXTS = 1000, ITERATIONS = 12;

    private WordClusters() {
    }

    /** Most fine clusters and most coarse groups, so that both fit the lexicon's 16 cluster bits ({@link Lexicon#pack}). */
    static final int MAX_FINE = 1023, MAX_COARSE = 63;

    /** Lexicon key of each clustered word -> cluster number in 1..k. */
    static IntTable build(List<NerSentence> sentences, int k, long seed, PrintStream out) {
        return build(sentences, k, 0, seed, out);
    }

    /**
     * Lexicon key of each clustered word -> cluster number in 1..k, plus (when {@code coarse > 0}) the number in
     * 1..coarse of the group of clusters its cluster belongs to, times 1024: the k centroids are clustered in turn,
     * a two-level hierarchy, so that a rare word's coarse group is learnt from many more words than its cluster.
     */
    static IntTable build(List<NerSentence> sentences, int k, int coarse, long seed, PrintStream out) {
        if (k > MAX_FINE || coarse > MAX_COARSE || coarse < 0) {
            throw new IllegalArgumentException("at most " + MAX_FINE + " clusters and " + MAX_COARSE + " coarse groups");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (NerSentence s : sentences) for (String w : s.words()) counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort(Comparator.comparingInt((String w) -> -counts.get(w)).thenComparing(w -> w));
        Map<String, Integer> context = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXTS, byCount.size()); i++) context.put(byCount.get(i), i);
        Map<String, Integer> vocab = new HashMap<>();
        for (String w : byCount) if (counts.get(w) >= MIN_COUNT) vocab.put(w, vocab.size());
        int v = vocab.size(), dims = 2 * (context.size() + 1);
        if (v < k) return new IntTable(16);
        List<Map<Integer, Float>> vectors = new ArrayList<>();
        for (int i = 0; i < v; i++) vectors.add(new HashMap<>());
        for (NerSentence s : sentences) {
            List<String> words = s.words();
            for (int i = 0; i < words.size(); i++) {
                Integer id = vocab.get(words.get(i).toLowerCase(Locale.ROOT));
                if (id == null) continue;
                int left = i > 0 ? context.getOrDefault(words.get(i - 1).toLowerCase(Locale.ROOT), context.size()) : context.size();
                int right = i + 1 < words.size() ? context.getOrDefault(words.get(i + 1).toLowerCase(Locale.ROOT), context.size()) : context.size();
                vectors.get(id).merge(left, 1f, Float::sum);
                vectors.get(id).merge(context.size() + 1 + right, 1f, Float::sum);
            }
        }
        int[][] dim = new int[v][];
        float[][] val = new float[v][];
        for (int i = 0; i < v; i++) {
            Map<Integer, Float> m = vectors.get(i);
            dim[i] = new int[m.size()];
            val[i] = new float[m.size()];
            double norm = 0;
            int j = 0;
            for (Map.Entry<Integer, Float> e : new TreeMap<>(m).entrySet()) {
                dim[i][j] = e.getKey();
                val[i][j] = (float) Math.sqrt(e.getValue());
                norm += val[i][j] * val[i][j];
                j++;
            }
            for (j = 0; j < val[i].length; j++) val[i][j] /= (float) Math.sqrt(norm);
        }
        float[][] centroids = new float[k][dims];
        int[] assign = kMeans(dim, val, centroids, new Random(seed));
        int[] group = new int[k];
        if (coarse > 0) {
            int[][] denseDims = new int[k][dims];
            for (int[] d : denseDims) Arrays.setAll(d, j -> j);
            group = kMeans(denseDims, centroids, new float[coarse][dims], new Random(seed + 1));
        }
        IntTable out2 = new IntTable(v);
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            int c = assign[e.getValue()];
            out2.put(Features.wordKey(e.getKey()), c + 1 + (coarse > 0 ? (group[c] + 1) * (MAX_FINE + 1) : 0));
        }
        out.printf(Locale.ROOT, "%d words in %d clusters%s%n", v, k, coarse > 0 ? " in " + coarse + " groups" : "");
        return out2;
    }

    /** Spherical k-means of unit vectors given sparsely (dimensions, values) into the centroids' number of clusters. */
    private static int[] kMeans(int[][] dim, float[][] val, float[][] centroids, Random random) {
        int v = dim.length, k = centroids.length;
        for (int c = 0; c < k; c++) {
            int w = random.nextInt(v);
            for (int j = 0; j < dim[w].length; j++) centroids[c][dim[w][j]] = val[w][j];
        }
        int[] assign = new int[v];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < v; i++) {
                double best = -1;
                for (int c = 0; c < k; c++) {
                    double dot = 0;
                    float[] centroid = centroids[c];
                    for (int j = 0; j < dim[i].length; j++) dot += centroid[dim[i][j]] * val[i][j];
                    if (dot > best) {
                        best = dot;
                        assign[i] = c;
                    }
                }
            }
            for (float[] centroid : centroids) Arrays.fill(centroid, 0);
            for (int i = 0; i < v; i++) for (int j = 0; j < dim[i].length; j++) centroids[assign[i]][dim[i][j]] += val[i][j];
            for (float[] centroid : centroids) {
                double norm = 0;
                for (float x : centroid) norm += x * x;
                if (norm > 0) for (int j = 0; j < centroid.length; j++) centroid[j] /= (float) Math.sqrt(norm);
            }
        }
        return assign;
    }
}
