package org.vigie.nlp.ner;

import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the words of a sentence into hashed feature keys, the same way at training and at tagging time.
 * Each key is a 32-bit hash of (template, value); the model stores weights for the keys it learned and
 * every other key weighs nothing. No strings are built per feature: word forms, shapes and affixes are
 * hashed once per token and combined arithmetically, which is what keeps tagging at a few microseconds
 * per token.
 */
final class Features {
    /** Most keys one token can have (the gazetteer can add a few per match). */
    static final int MAX = 64;
    /** Bumped whenever the templates change, so that an old model is refused rather than misread. */
    static final int VERSION = 2;

    private static final long BOS = 0x1234_5678_9ABCL, EOS = 0x0FED_CBA9_8765L;
    private static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, LONG_SHAPE = 5, PREFIX = 6, SUFFIX = 10,
            LEFT1 = 14, RIGHT1 = 15, LEFT2 = 16, RIGHT2 = 17, SHAPE_L1 = 18, SHAPE_R1 = 19, SHAPE_L2 = 20, SHAPE_R2 = 21,
            BIGRAM_L = 22, BIGRAM_R = 23, SHAPE_TRI = 24, LEFT_SHAPE = 25, SHAPE_RIGHT = 26, INITIAL_SHAPE = 27,
            INITIAL_WORD = 28, CAPS_WORD = 29, LEXICON = 30, GAZ = 31, GAZ_LONG = 32, CLUSTER = 33, CLUSTER_L1 = 34,
            CLUSTER_R1 = 35, LEFT_BIGRAM = 36, LEXICON_L1 = 37, LEXICON_R1 = 38, CLUSTER_SHAPE = 39, GAZ_SHAPE = 40,
            SUFFIX_L1 = 43, SUFFIX_R1 = 44, TRIGRAM = 45, RUN = 46, RUN_WORD = 47, TITLE_WORD = 48, KB = 49, KB_SHAPE = 50, AUXILIARY = 51,
            COARSE = 52, COARSE_SHAPE = 53, COARSE_L1 = 54, COARSE_R1 = 55, ACTOR = 56, ACTOR_SHAPE = 57;

    private Features() {
    }

    /**
     * Writes the keys of word i to {@code keys[i * MAX ...]} and their number to {@code counts[i]}.
     * {@code lexicon} maps {@link #wordKey} of a lower-cased word to its packed statistics ({@link Lexicon}).
     */
    static void extract(String[] words, Lexicon lexicon, Gazetteer gazetteer, int[] keys, int[] counts) {
        extract(words, lexicon, gazetteer, KbNames.NONE, keys, counts);
    }

    /**
     * The same with knowledge-base features: a model trained with them ({@link NerModel#usesKnowledgeBase}) must be
     * given them at tagging time, a model trained without must not.
     */
    static void extract(String[] words, Lexicon lexicon, Gazetteer gazetteer, KbNames kb, int[] keys, int[] counts) {
        extract(words, lexicon, gazetteer, kb, KbNames.NONE, keys, counts);
    }

    /**
     * The same with actor-name features ({@link ActorNames}), keyed apart from the knowledge base's: as with those, a
     * model trained with them ({@link NerModel#usesActorNames}) must be given them at tagging time, and only then.
     */
    static void extract(String[] words, Lexicon lexicon, Gazetteer gazetteer, KbNames kb, KbNames actors, int[] keys, int[] counts) {
        int n = words.length;
        long[] w = new long[n], lw = new long[n], shape = new long[n], longShape = new long[n];
        String[] lowers = new String[n];
        int[] lex = new int[n];
        long[] suffix3 = new long[n];
        boolean[] upper = new boolean[n];
        int letterWords = 0, capsWords = 0, initialCapWords = 0;
        for (int i = 0; i < n; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            lowers[i] = lower;
            w[i] = hash(word);
            lw[i] = hash(lower);
            shape[i] = shapeHash(word, 1);
            longShape[i] = shapeHash(word, 4);
            lex[i] = lexicon.stats(wordKey(lower));
            suffix3[i] = hash(lower.substring(Math.max(0, lower.length() - 3)));
            char c0 = word.isEmpty() ? ' ' : word.charAt(0);
            upper[i] = Character.isUpperCase(c0) || Character.isDigit(c0);
            if (hasLetter(word)) {
                letterWords++;
                if (word.equals(word.toUpperCase(Locale.ROOT))) capsWords++;
                if (Character.isUpperCase(c0)) initialCapWords++;
            }
        }
        boolean capsSentence = letterWords >= 3 && capsWords * 10 >= letterWords * 8;
        // Headlines in title case ("Senate Passes Budget Bill"): capitals say little about names there.
        boolean titleSentence = !capsSentence && letterWords >= 4 && initialCapWords * 10 >= letterWords * 8;
        int initial = 0;
        while (initial < n - 1 && !hasLetterOrDigit(words[initial])) initial++;
        for (int i = 0; i < n; i++) {
            int base = i * MAX, k = 0;
            String lower = lowers[i];
            long l1 = i > 0 ? lw[i - 1] : BOS, r1 = i + 1 < n ? lw[i + 1] : EOS;
            long l2 = i > 1 ? lw[i - 2] : BOS, r2 = i + 2 < n ? lw[i + 2] : EOS;
            long s1 = i > 0 ? shape[i - 1] : BOS, t1 = i + 1 < n ? shape[i + 1] : EOS;
            long s2 = i > 1 ? shape[i - 2] : BOS, t2 = i + 2 < n ? shape[i + 2] : EOS;
            keys[base + k++] = key(BIAS, 0);
            keys[base + k++] = key(WORD, w[i]);
            keys[base + k++] = key(LOWER, lw[i]);
            keys[base + k++] = key(SHAPE, shape[i]);
            keys[base + k++] = key(LONG_SHAPE, longShape[i]);
            long p = FNV, s = FNV;
            int len = lower.length();
            for (int a = 0; a < 4 && a < len; a++) {
                p = (p ^ lower.charAt(a)) * PRIME;
                s = (s ^ lower.charAt(len - 1 - a)) * PRIME;
                keys[base + k++] = key(PREFIX + a, p);
                keys[base + k++] = key(SUFFIX + a, s);
            }
            keys[base + k++] = key(LEFT1, l1);
            keys[base + k++] = key(RIGHT1, r1);
            keys[base + k++] = key(LEFT2, l2);
            keys[base + k++] = key(RIGHT2, r2);
            keys[base + k++] = key(SHAPE_L1, s1);
            keys[base + k++] = key(SHAPE_R1, t1);
            keys[base + k++] = key(SHAPE_L2, s2);
            keys[base + k++] = key(SHAPE_R2, t2);
            keys[base + k++] = key(BIGRAM_L, mix(l1, lw[i]));
            keys[base + k++] = key(BIGRAM_R, mix(lw[i], r1));
            keys[base + k++] = key(LEFT_BIGRAM, mix(l2, l1));
            keys[base + k++] = key(SHAPE_TRI, mix(mix(s1, shape[i]), t1));
            keys[base + k++] = key(LEFT_SHAPE, mix(l1, shape[i]));
            keys[base + k++] = key(SHAPE_RIGHT, mix(shape[i], r1));
            if (i == initial) {
                keys[base + k++] = key(INITIAL_SHAPE, shape[i]);
                keys[base + k++] = key(INITIAL_WORD, lw[i]);
            }
            if (capsSentence) keys[base + k++] = key(CAPS_WORD, lw[i]);
            if (titleSentence) keys[base + k++] = key(TITLE_WORD, lw[i]);
            keys[base + k++] = key(SUFFIX_L1, i > 0 ? suffix3[i - 1] : BOS);
            keys[base + k++] = key(SUFFIX_R1, i + 1 < n ? suffix3[i + 1] : EOS);
            keys[base + k++] = key(TRIGRAM, mix(mix(l1, lw[i]), r1));
            // Where the word sits in its run of capitalised words: runs delimit most multi-word names.
            int runStart = i, runEnd = i + 1;
            if (upper[i]) {
                while (runStart > 0 && upper[runStart - 1]) runStart--;
                while (runEnd < n && upper[runEnd]) runEnd++;
            }
            long run = upper[i] ? Math.min(4, runEnd - runStart) * 4L + (i == runStart ? 1 : 0) + (i == runEnd - 1 ? 2 : 0) : 0;
            keys[base + k++] = key(RUN, mix(run, shape[i]));
            keys[base + k++] = key(RUN_WORD, mix(run, lw[i]));
            int stats = Lexicon.wordStats(lex[i]);
            long context = (i == initial ? 1 : 0) + (capsSentence ? 2 : 0) + (titleSentence ? 4 : 0);
            keys[base + k++] = key(LEXICON, mix(mix(stats, shape[i]), context));
            keys[base + k++] = key(LEXICON_L1, mix(i > 0 ? Lexicon.wordStats(lex[i - 1]) : BOS, shape[i]));
            keys[base + k++] = key(LEXICON_R1, mix(i + 1 < n ? Lexicon.wordStats(lex[i + 1]) : EOS, shape[i]));
            int cluster = Lexicon.cluster(lex[i]);
            if (cluster > 0) {
                keys[base + k++] = key(CLUSTER, cluster);
                keys[base + k++] = key(CLUSTER_SHAPE, mix(cluster, shape[i]));
            }
            if (i > 0 && Lexicon.cluster(lex[i - 1]) > 0) keys[base + k++] = key(CLUSTER_L1, Lexicon.cluster(lex[i - 1]));
            if (i + 1 < n && Lexicon.cluster(lex[i + 1]) > 0) keys[base + k++] = key(CLUSTER_R1, Lexicon.cluster(lex[i + 1]));
            // Groups of clusters exist only in models trained with them, so older models see the same keys as before.
            int coarse = Lexicon.coarseCluster(lex[i]);
            if (coarse > 0) {
                keys[base + k++] = key(COARSE, coarse);
                keys[base + k++] = key(COARSE_SHAPE, mix(coarse, shape[i]));
            }
            if (i > 0 && Lexicon.coarseCluster(lex[i - 1]) > 0) keys[base + k++] = key(COARSE_L1, Lexicon.coarseCluster(lex[i - 1]));
            if (i + 1 < n && Lexicon.coarseCluster(lex[i + 1]) > 0) keys[base + k++] = key(COARSE_R1, Lexicon.coarseCluster(lex[i + 1]));
            counts[i] = k;
        }
        gazetteer(words, upper, capsSentence, shape, gazetteer, keys, counts);
        knowledgeBase(words, upper, shape, kb, KB, KB_SHAPE, keys, counts);
        knowledgeBase(words, upper, shape, actors, ACTOR, ACTOR_SHAPE, keys, counts);
    }

    /**
     * Longest knowledge-base name starting at each capitalised word, left to right without overlap: each of its
     * words gets the name's KB types with its position (single, first, inside, last), alone and with the word shape.
     */
    private static void knowledgeBase(String[] words, boolean[] upper, long[] shape, KbNames kb, int template, int shapeTemplate,
                                      int[] keys, int[] counts) {
        if (kb.isEmpty()) return;
        for (int[] match : kbMatches(words, upper, kb)) {
            int start = match[0], end = match[1], bits = match[2];
            for (int m = start; m < end; m++) {
                long position = end - start == 1 ? 0 : m == start ? 1 : m == end - 1 ? 3 : 2;
                for (int type = 0; bits >> type != 0; type++) {
                    if ((bits & (1 << type)) == 0) continue;
                    long tp = mix(type + 101, position);
                    add(keys, counts, m, key(template, tp));
                    add(keys, counts, m, key(shapeTemplate, mix(tp, shape[m])));
                }
            }
        }
    }

    /** The knowledge-base names found in the words, as {start, end, type bits}: longest first, left to right, never overlapping. */
    static List<int[]> kbMatches(String[] words, KbNames kb) {
        boolean[] upper = new boolean[words.length];
        for (int i = 0; i < words.length; i++) upper[i] = !words[i].isEmpty() && (Character.isUpperCase(words[i].charAt(0)) || Character.isDigit(words[i].charAt(0)));
        return kbMatches(words, upper, kb);
    }

    private static List<int[]> kbMatches(String[] words, boolean[] upper, KbNames kb) {
        List<int[]> out = new ArrayList<>();
        int n = words.length, max = kb.maxWords();
        StringBuilder phrase = new StringBuilder();
        String[] normalised = new String[n];
        int i = 0;
        while (i < n) {
            if (!upper[i] || !hasLetter(words[i])) {
                i++;
                continue;
            }
            phrase.setLength(0);
            int end = -1, bits = 0;
            for (int j = i; j < n && j < i + max; j++) {
                if (normalised[j] == null) normalised[j] = normalise(words[j]);
                phrase.append(normalised[j]);
                if (!hasLetterOrDigit(words[j])) continue;
                int t = kb.typesOf(phrase.toString());
                if (t != 0) {
                    end = j + 1;
                    bits = t;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            out.add(new int[]{i, end, bits});
            i = end;
        }
        return out;
    }

    private static void gazetteer(String[] words, boolean[] upper, boolean capsSentence, long[] shape, Gazetteer gazetteer,
                                  int[] keys, int[] counts) {
        if (gazetteer == Gazetteer.NONE) return;
        int n = words.length, max = Math.max(1, gazetteer.maxWords());
        String[] normalised = new String[n];
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (!upper[i] || !hasLetterOrDigit(words[i])) continue;
            phrase.setLength(0);
            for (int j = i; j < n && j < i + max; j++) {
                if (normalised[j] == null) normalised[j] = normalise(words[j]);
                if (j > i) phrase.append(' ');
                phrase.append(normalised[j]);
                if (!upper[j] || (j > i && !hasLetterOrDigit(words[j]))) continue;
                Set<String> types = gazetteer.typesOf(phrase.toString());
                if (types.isEmpty()) continue;
                for (String type : types) {
                    long t = hash(type);
                    for (int m = i; m <= j; m++) {
                        long position = m == i ? 1 : 2;
                        add(keys, counts, m, key(GAZ, mix(t, position)));
                        add(keys, counts, m, key(GAZ_SHAPE, mix(mix(t, position), shape[m])));
                        if (j > i) add(keys, counts, m, key(GAZ_LONG, mix(t, position)));
                    }
                }
            }
        }
    }

    /** The auxiliary-corpus copy of a feature key ({@link Dataset}): never computed at tagging time. */
    static int auxiliary(int key) {
        return key(AUXILIARY, key);
    }

    /** {@link LanguagePack#normalize} with a shortcut for plain ASCII words, which only need lower-casing. */
    static String normalise(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c == '`') return LanguagePack.normalize(word);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static void add(int[] keys, int[] counts, int i, int key) {
        if (counts[i] < MAX) keys[i * MAX + counts[i]++] = key;
    }

    static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return true;
        return false;
    }

    static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLetterOrDigit(word.charAt(i))) return true;
        return false;
    }

    private static final long FNV = 0xcbf29ce484222325L, PRIME = 0x100000001b3L;

    static long hash(String s) {
        long h = FNV;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    /** The lexicon key of a lower-cased word. */
    static int wordKey(String lower) {
        return key(0, hash(lower));
    }

    /** Hash of the word's shape: X upper, x lower, d digit, other characters as themselves, runs capped at {@code run}. */
    static long shapeHash(String word, int run) {
        long h = FNV;
        char previous = 0;
        int repeat = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char t = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            repeat = t == previous ? repeat + 1 : 1;
            previous = t;
            if (repeat <= run) h = (h ^ t) * PRIME;
        }
        return h;
    }

    static long mix(long a, long b) {
        long x = a * 0x9E3779B97F4A7C15L + b;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }

    static int key(int template, long value) {
        long x = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        int k = (int) (x ^ (x >>> 32));
        return k == 0 ? 1 : k;
    }
}
