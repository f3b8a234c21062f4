package org.vigie.stories;

import java.util.Arrays;

/**
 * Scores accumulated per candidate story while postings are read, without boxing: an open-addressing table reused
 * from one assignment to the next (entries of older rounds are recognised by their round number, so nothing is
 * cleared). Not thread-safe; the index uses it under its lock.
 */
final class Candidates {
    private int[] keys = new int[1 << 12];
    private double[] scores = new double[1 << 12];
    private int[] lastFeature = new int[1 << 12];
    private int[] round = new int[1 << 12];
    private int[] used = new int[1 << 11];
    private int size;
    private int current = 1;

    void reset() {
        current++;
        size = 0;
    }

    /** Adds {@code weight} to a story's score, once per feature. */
    void add(int story, int feature, double weight) {
        int mask = keys.length - 1;
        int i = Features.spread(story + 1) & mask;
        while (round[i] == current && keys[i] != story) i = (i + 1) & mask;
        if (round[i] != current) {
            round[i] = current;
            keys[i] = story;
            scores[i] = weight;
            lastFeature[i] = feature;
            if (size == used.length) used = Arrays.copyOf(used, size * 2);
            used[size++] = i;
            if (size * 2 > keys.length) grow();
            return;
        }
        if (lastFeature[i] == feature) return;
        lastFeature[i] = feature;
        scores[i] += weight;
    }

    /** The {@code n} best-scored stories, best first. */
    int[] top(int n) {
        long[] keyed = new long[size];
        for (int j = 0; j < size; j++) {
            int i = used[j];
            keyed[j] = ((long) Float.floatToIntBits((float) scores[i]) << 32) | (keys[i] & 0xffffffffL);
        }
        Arrays.sort(keyed);
        int[] out = new int[Math.min(n, size)];
        for (int j = 0; j < out.length; j++) out[j] = (int) keyed[keyed.length - 1 - j];
        return out;
    }

    private void grow() {
        int[] oldKeys = keys, oldLast = lastFeature, oldRound = round;
        double[] oldScores = scores;
        int n = keys.length * 2;
        keys = new int[n];
        scores = new double[n];
        lastFeature = new int[n];
        round = new int[n];
        int mask = n - 1;
        size = 0;
        int[] oldUsed = used;
        used = new int[Math.max(oldUsed.length, n / 2)];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldRound[j] != current) continue;
            int i = Features.spread(oldKeys[j] + 1) & mask;
            while (round[i] == current) i = (i + 1) & mask;
            round[i] = current;
            keys[i] = oldKeys[j];
            scores[i] = oldScores[j];
            lastFeature[i] = oldLast[j];
            used[size++] = i;
        }
    }
}
