package org.vigie.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The mutable state of one story inside {@link StoryIndex}: its members (internal document numbers), the running
 * sums of their unit vectors (content words per language, language-independent evidence) and its time span.
 * Norms under the current idf are cached and recomputed when the story changes or the store has grown.
 */
final class StoryState {
    final int index;
    String id;
    final IntList members = new IntList(4);
    int mergedInto = -1;
    final Map<String, TermVector> words = new HashMap<>(2);
    final TermVector evidence = new TermVector();
    int firstDay = Fingerprint.NO_DATE;
    int lastDay = Fingerprint.NO_DATE;
    int nextSplitCheck = StoryIndex.FIRST_SPLIT_CHECK;
    private final Map<String, double[]> norms = new HashMap<>(2);

    StoryState(int index, String id) {
        this.index = index;
        this.id = id;
    }

    boolean alive() {
        return mergedInto < 0;
    }

    void changed() {
        norms.clear();
    }

    void widen(int day) {
        if (day == Fingerprint.NO_DATE) return;
        if (firstDay == Fingerprint.NO_DATE || day < firstDay) firstDay = day;
        if (lastDay == Fingerprint.NO_DATE || day > lastDay) lastDay = day;
    }

    /** The cached norm under idf for the vector {@code key} ("" = evidence), or NaN when stale. */
    double norm(String key, int documents) {
        double[] n = norms.get(key);
        if (n == null || documents > n[1] * 1.1 + 10) return Double.NaN;
        return n[0];
    }

    void cacheNorm(String key, double norm, int documents) {
        norms.put(key, new double[]{norm, documents});
    }
}
