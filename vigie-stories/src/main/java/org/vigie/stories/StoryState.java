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
    /** The index's document count when a document last joined. */
    int lastJoined;
    /** Whether the story was reduced to its heaviest terms because it can no longer be joined by similarity. */
    boolean compact;
    /** The last counted state, reused for very large stories (see {@link StoryIndex#snapshot}). */
    Story snapshot;
    private final Map<String, double[]> norms = new HashMap<>(2);

    StoryState(int index, String id) {
        this.index = index;
        this.id = id;
    }

    boolean alive() {
        return mergedInto < 0;
    }

    /**
     * Keeps only the heaviest terms: a story far in the past (or untouched for long) is still found by its strongest
     * words, and a copy of one of its documents still links to it, but it costs a few hundred bytes.
     */
    void compact(int wordsKept, int evidenceKept) {
        for (TermVector v : words.values()) v.keepTop(wordsKept);
        evidence.keepTop(evidenceKept);
        members.trim();
        norms.clear();
        compact = true;
    }

    /** Forgets the cached norms (after a merge or a split, which change many terms at once). */
    void changed() {
        norms.clear();
    }

    void widen(int day) {
        if (day == Fingerprint.NO_DATE) return;
        if (firstDay == Fingerprint.NO_DATE || day < firstDay) firstDay = day;
        if (lastDay == Fingerprint.NO_DATE || day > lastDay) lastDay = day;
    }

    /**
     * The cached squared norm under idf of the vector {@code key} (a language; "" = evidence), or NaN when there is
     * none or the store has doubled since it was computed (idf has drifted).
     */
    double norm2(String key, int documents) {
        double[] n = norms.get(key);
        if (n == null || documents > n[1] * 2 + 16) return Double.NaN;
        return n[0];
    }

    boolean hasNorm(String key) {
        return norms.containsKey(key);
    }

    void cacheNorm2(String key, double norm2, int documents) {
        norms.put(key, new double[]{norm2, documents});
    }

    void addNorm2(String key, double delta) {
        double[] n = norms.get(key);
        if (n != null) n[0] = Math.max(0, n[0] + delta);
    }
}
