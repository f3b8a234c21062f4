package org.vigie.stories;

/**
 * Hashing of features to non-zero 32-bit keys. Fingerprints keep hashes, not strings, so a million of them fit
 * in memory and need no shared vocabulary; at 32 bits a collision between two features of the same pair of
 * documents is rare enough to be noise.
 */
final class Features {
    /** Kinds of language-independent evidence, kept in the two low bits of its hash. */
    static final int ENTITY = 0, NAME = 1, FIGURE = 2, DATE = 3;

    private Features() {
    }

    static int hash(String s) {
        return finish(continueHash(0xcbf29ce484222325L, s));
    }

    /** The running hash of a prefix (e.g. a language code) followed by a separator, to hash many words after it. */
    static long start(String prefix) {
        return continueHash(0xcbf29ce484222325L, prefix) ^ 0x01;
    }

    /** The hash of {@code prefix + separator + s}, from {@link #start}{@code (prefix)}, without building the string. */
    static int hash(long started, String s) {
        return finish(continueHash(started * 0x100000001b3L, s));
    }

    private static long continueHash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static int finish(long h) {
        int x = (int) (MinHash.mix(h) >>> 32);
        return x == 0 ? 0x5bd1e995 : x;
    }

    /** A hash whose two low bits carry the evidence kind. */
    static int evidence(int kind, String key) {
        int h = (hash(key) & ~3) | kind;
        return h == 0 ? 4 : h;
    }

    static int kind(int evidenceHash) {
        return evidenceHash & 3;
    }

    /** Scrambles a key before it picks a slot in an open-addressing table. */
    static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
