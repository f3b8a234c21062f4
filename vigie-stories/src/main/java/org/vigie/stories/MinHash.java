package org.vigie.stories;

/**
 * MinHash signatures of shingle sets (Broder 1997): the share of equal positions in two signatures estimates
 * the Jaccard similarity of the sets. Each position keeps the high 31 bits of the minimum of a 63-bit mix, which
 * halves the memory of a signature at no cost in accuracy at this size. Hand-written because it is twenty lines,
 * smaller than any dependency that offers it.
 */
public final class MinHash {
    private final long[] seeds;

    public MinHash(int size, long seed) {
        seeds = new long[size];
        long s = seed;
        for (int i = 0; i < size; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s | 1;
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set of 64-bit shingle hashes; all positions stay at their maximum for an empty set. */
    public int[] signature(long[] shingles, int count) {
        long[] min = new long[seeds.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < count; s++) {
            long x = shingles[s];
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(x ^ seeds[i]) >>> 1;
                if (h < min[i]) min[i] = h;
            }
        }
        int[] sig = new int[seeds.length];
        for (int i = 0; i < sig.length; i++) sig[i] = min[i] == Long.MAX_VALUE ? EMPTY : (int) (min[i] >>> 32);
        return sig;
    }

    /** The value of a position that saw no shingle; never equal to a real minimum, which is not negative. */
    static final int EMPTY = -1;

    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != EMPTY) same++;
        return (double) same / a.length;
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
