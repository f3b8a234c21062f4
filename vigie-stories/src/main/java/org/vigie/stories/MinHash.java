package org.vigie.stories;

/**
 * MinHash signatures of shingle sets by one-permutation hashing with optimal densification (Li, Owen and Zhang 2012;
 * Shrivastava 2017): each shingle is hashed once and lands in one of the signature's bins, which keeps its minimum;
 * an empty bin borrows the value of a bin chosen by a fixed probe sequence, the same for every set. The share of
 * equal positions in two signatures estimates the Jaccard similarity of the sets, at the cost of one hash per shingle
 * instead of one per shingle and position. Hand-written because it is a few lines, smaller than any dependency.
 */
public final class MinHash {
    private static final int MAX_PROBES = 1 << 12;
    private final int size;
    private final int bits;
    private final long seed;

    /** @param size a power of two, the number of positions of a signature */
    public MinHash(int size, long seed) {
        if (size < 2 || Integer.bitCount(size) != 1) throw new IllegalArgumentException("size must be a power of two, not " + size);
        this.size = size;
        this.bits = Integer.numberOfTrailingZeros(size);
        this.seed = seed;
    }

    public int size() {
        return size;
    }

    /** The signature of the first {@code count} shingle hashes; all positions are {@link #EMPTY} for an empty set. */
    public int[] signature(long[] shingles, int count) {
        long[] min = new long[size];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        long valueMask = (1L << (64 - bits)) - 1;
        for (int s = 0; s < count; s++) {
            long h = mix(shingles[s] ^ seed);
            int bin = (int) (h >>> (64 - bits));
            long v = h & valueMask;
            if (v < min[bin]) min[bin] = v;
        }
        int[] sig = new int[size];
        if (count == 0) {
            java.util.Arrays.fill(sig, EMPTY);
            return sig;
        }
        int shift = 64 - bits - 31;
        for (int j = 0; j < size; j++) {
            long v = min[j];
            for (int attempt = 0; v == Long.MAX_VALUE && attempt < MAX_PROBES; attempt++) {
                v = min[(int) (mix(seed + j * 0x9E3779B97F4A7C15L + attempt) >>> (64 - bits))];
            }
            sig[j] = v == Long.MAX_VALUE ? EMPTY : (int) (v >>> shift);
        }
        return sig;
    }

    /** The value of a position that saw no shingle; never equal to a real value, which is not negative. */
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
