package org.vigie.nlp.ner;

import java.util.List;
import java.util.function.Function;

/** Training sentences turned into feature ids (numbered in order of first appearance) and label ids, once. */
final class Dataset {
    final int[][] features;
    final int[][] offsets;
    final int[][] gold;
    private final int[] keys;
    private final java.util.BitSet auxiliaryCopies;
    private final int featureCount;
    private final long tokens;

    private Dataset(int[][] features, int[][] offsets, int[][] gold, int[] keys, java.util.BitSet auxiliaryCopies, int featureCount, long tokens) {
        this.features = features;
        this.auxiliaryCopies = auxiliaryCopies;
        this.offsets = offsets;
        this.gold = gold;
        this.keys = keys;
        this.featureCount = featureCount;
        this.tokens = tokens;
    }

    static Dataset of(List<NerSentence> sentences, Labels labels, Lexicon lexicon, Function<NerSentence, Gazetteer> gazetteers) {
        return of(sentences, labels, lexicon, gazetteers, KbNames.NONE);
    }

    static Dataset of(List<NerSentence> sentences, Labels labels, Lexicon lexicon, Function<NerSentence, Gazetteer> gazetteers, KbNames kb) {
        return of(sentences, labels, lexicon, gazetteers, kb, s -> false);
    }

    /**
     * @param auxiliary sentences of an auxiliary corpus (other conventions, other kind of text): each of their
     *                  features also gets a copy of its own, which only they have, so that what is peculiar to that
     *                  corpus goes to the copies while what it shares with the others goes to the common features
     *                  (Daumé 2007, "frustratingly easy domain adaptation"); taggers use the common features only
     */
    static Dataset of(List<NerSentence> sentences, Labels labels, Lexicon lexicon, Function<NerSentence, Gazetteer> gazetteers, KbNames kb,
                      java.util.function.Predicate<NerSentence> auxiliary) {
        return of(sentences, labels, lexicon, gazetteers, kb, KbNames.NONE, auxiliary);
    }

    /** The same with actor-name features ({@link ActorNames}). */
    static Dataset of(List<NerSentence> sentences, Labels labels, Lexicon lexicon, Function<NerSentence, Gazetteer> gazetteers, KbNames kb,
                      KbNames actors, java.util.function.Predicate<NerSentence> auxiliary) {
        IntTable ids = new IntTable(1 << 20);
        int[] keyOf = new int[1 << 20];
        int count = 0;
        long tokens = 0;
        java.util.BitSet copies = new java.util.BitSet();
        int[][] features = new int[sentences.size()][], offsets = new int[sentences.size()][], gold = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            NerSentence sentence = sentences.get(s);
            String[] words = sentence.words().toArray(String[]::new);
            int n = words.length;
            tokens += n;
            int[] keys = new int[n * Features.MAX], counts = new int[n];
            Features.extract(words, lexicon, gazetteers.apply(sentence), kb, actors, keys, counts);
            boolean aux = auxiliary.test(sentence);
            int total = 0;
            for (int c : counts) total += c;
            if (aux) total *= 2;
            int[] f = new int[total], off = new int[n + 1], g = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                off[i] = at;
                for (int k = 0; k < counts[i] * (aux ? 2 : 1); k++) {
                    int key = k < counts[i] ? keys[i * Features.MAX + k] : Features.auxiliary(keys[i * Features.MAX + k - counts[i]]);
                    int id = ids.putIfAbsent(key, count);
                    if (id == count) {
                        if (count == keyOf.length) keyOf = java.util.Arrays.copyOf(keyOf, count * 2);
                        if (k >= counts[i]) copies.set(count);
                        keyOf[count++] = key;
                    }
                    f[at++] = id;
                }
            }
            off[n] = at;
            try {
                System.arraycopy(labels.encode(sentence.tags()), 0, g, 0, n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " in " + sentence.document(), e);
            }
            features[s] = f;
            offsets[s] = off;
            gold[s] = g;
        }
        return new Dataset(features, offsets, gold, keyOf, copies, count, tokens);
    }

    int size() {
        return gold.length;
    }

    int featureCount() {
        return featureCount;
    }

    int key(int feature) {
        return keys[feature];
    }

    /** Whether a feature id is an auxiliary corpus's private copy ({@link Features#auxiliary}), which taggers never look up. */
    boolean auxiliaryCopy(int feature) {
        return auxiliaryCopies.get(feature);
    }

    long tokens() {
        return tokens;
    }
}
