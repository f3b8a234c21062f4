package org.vigie.eval.language;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Language-identification accuracy, overall, per gold language and per length bucket (characters). */
public final class LanguageScore {
    /** Lower bounds of the length buckets, in characters. */
    static final int[] BUCKETS = {0, 20, 50, 100, 200};

    private int right, total;
    private final Map<String, int[]> perLanguage = new TreeMap<>();
    private final Map<String, int[]> perBucket = new TreeMap<>();

    public void add(String gold, String predicted, int length) {
        boolean ok = gold.equals(predicted);
        total++;
        if (ok) right++;
        count(perLanguage, gold, ok);
        count(perBucket, bucket(length), ok);
    }

    private static void count(Map<String, int[]> m, String key, boolean ok) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (ok) c[0]++;
    }

    /** "020-049" style labels, sorting in length order. */
    static String bucket(int length) {
        for (int i = BUCKETS.length - 1; i >= 0; i--) {
            if (length >= BUCKETS[i]) {
                return i + 1 < BUCKETS.length
                        ? String.format("%03d-%03d", BUCKETS[i], BUCKETS[i + 1] - 1)
                        : String.format("%03d+", BUCKETS[i]);
            }
        }
        throw new IllegalArgumentException("negative length " + length);
    }

    public double accuracy() { return total == 0 ? 0 : right / (double) total; }
    public int total() { return total; }

    /** Per gold language: {right, total}. */
    public Map<String, int[]> perLanguage() { return Collections.unmodifiableMap(perLanguage); }

    /** Per length bucket: {right, total}. */
    public Map<String, int[]> perBucket() { return Collections.unmodifiableMap(perBucket); }

    /** Accuracy over texts of at least {@code minLength} characters. */
    public double accuracyFrom(int minLength) {
        int r = 0, t = 0;
        for (Map.Entry<String, int[]> e : perBucket.entrySet()) {
            if (Integer.parseInt(e.getKey().substring(0, 3)) >= minLength) {
                r += e.getValue()[0];
                t += e.getValue()[1];
            }
        }
        return t == 0 ? 0 : r / (double) t;
    }
}
