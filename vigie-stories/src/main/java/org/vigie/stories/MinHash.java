package org.vigie.stories;

import java.util.Collection;

/**
 * MinHash signatures of shingle sets (Broder 1997): the share of equal positions in two signatures
 * estimates the Jaccard similarity of the sets. Hand-written because it is twenty lines over 64-bit
 * hashes, smaller than any dependency that offers it.
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

    public long[] signature(Collection<Long> shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(x ^ seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != Long.MAX_VALUE) same++;
        return (double) same / a.length;
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
