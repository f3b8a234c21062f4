package org.vigie.nlp.ner;

import java.util.List;
import java.util.Locale;

/**
 * What the training text says about each word seen at least twice (lower-cased): how frequent it is, how
 * often it is written in lower case (a capitalised "The" at a sentence start is rarely a name when "the"
 * is common) and its distributional cluster. Packed in one int: bits 0-7 frequency class, 8-15 lower-case
 * class, 16-25 cluster and 26-31 group of clusters (0 = none). Read-only once built, so safe to share between threads.
 */
final class Lexicon {
    static final Lexicon EMPTY = new Lexicon(new IntTable(16));
    private final IntTable table;

    Lexicon(IntTable table) {
        this.table = table;
    }

    int stats(int wordKey) {
        return table.get(wordKey, 0);
    }

    int size() {
        return table.size();
    }

    IntTable table() {
        return table;
    }

    static int wordStats(int packed) {
        return packed & 0xFFFF;
    }

    /** The word's distributional cluster, 0 for none. */
    static int cluster(int packed) {
        return (packed >>> 16) & WordClusters.MAX_FINE;
    }

    /** The group of clusters the word's cluster belongs to ({@link WordClusters#build}), 0 for none. */
    static int coarseCluster(int packed) {
        return packed >>> 26;
    }

    static int pack(int count, int lowerCount, int cluster) {
        int frequency = 1 + Math.min(7, 31 - Integer.numberOfLeadingZeros(Math.max(1, count)));
        double ratio = (double) lowerCount / count;
        int lower = lowerCount == 0 ? 1 : ratio < 0.1 ? 2 : ratio < 0.5 ? 3 : ratio < 0.9 ? 4 : 5;
        return frequency | lower << 8 | Math.min(cluster, 0xFFFF) << 16;
    }

    /**
     * Counts over the training words; words seen once stay unknown so that training sees unknown words too. Every
     * clustered word gets its cluster, including words the clusters learnt from other text.
     */
    static Lexicon build(List<NerSentence> sentences, IntTable clusters) {
        IntTable counts = new IntTable(1 << 16), lowerCounts = new IntTable(1 << 16);
        for (NerSentence s : sentences) {
            for (String word : s.words()) {
                String lower = word.toLowerCase(Locale.ROOT);
                int key = Features.wordKey(lower);
                counts.put(key, counts.get(key, 0) + 1);
                if (word.equals(lower) && Features.hasLetter(word)) lowerCounts.put(key, lowerCounts.get(key, 0) + 1);
            }
        }
        IntTable table = new IntTable(counts.size());
        for (int key : counts.keys()) {
            int count = counts.get(key, 0);
            if (count < 2) continue;
            table.put(key, pack(count, lowerCounts.get(key, 0), clusters.get(key, 0)));
        }
        // Words clustered from text beyond the training sentences keep unknown statistics but get their cluster.
        for (int key : clusters.keys()) {
            if (table.get(key, 0) == 0) table.put(key, Math.min(clusters.get(key, 0), 0xFFFF) << 16);
        }
        return new Lexicon(table);
    }
}
