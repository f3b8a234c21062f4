package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class WordClustersTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Made-up sentences where days, towns and verbs each share their contexts. */
    private static List<NerSentence> corpus() {
        String[] days = {"lundi", "mardi", "jeudi", "samedi"}, towns = {"Brelon", "Castel", "Dorvy", "Ermont"},
                verbs = {"chante", "danse", "mange", "court"};
        List<NerSentence> out = new ArrayList<>();
        Random r = new Random(3);
        for (int i = 0; i < 300; i++) {
            List<String> words = List.of("il", verbs[r.nextInt(4)], "le", days[r.nextInt(4)], "à", towns[r.nextInt(4)], ".");
            out.add(new NerSentence("d" + i, words, Collections.nCopies(words.size(), "O")));
        }
        return out;
    }

    @Test
    void everyWordOfAFineClusterBelongsToTheSameCoarseGroup() {
        IntTable clusters = WordClusters.build(corpus(), 6, 2, 11, QUIET);
        Map<Integer, Integer> groupOfCluster = new HashMap<>();
        for (int key : clusters.keys()) {
            int packed = Lexicon.pack(10, 10, clusters.get(key, 0));
            int fine = Lexicon.cluster(packed), coarse = Lexicon.coarseCluster(packed);
            assertTrue(fine >= 1 && fine <= 6, "cluster " + fine);
            assertTrue(coarse >= 1 && coarse <= 2, "group " + coarse);
            assertEquals(groupOfCluster.computeIfAbsent(fine, f -> coarse), coarse);
        }
        assertTrue(groupOfCluster.size() > 1);
    }

    @Test
    void withoutGroupsTheClustersAreTheSameAsBefore() {
        IntTable plain = WordClusters.build(corpus(), 6, 11, QUIET), grouped = WordClusters.build(corpus(), 6, 2, 11, QUIET);
        assertEquals(plain.size(), grouped.size());
        for (int key : plain.keys()) {
            assertEquals(plain.get(key, 0), Lexicon.cluster(Lexicon.pack(10, 10, grouped.get(key, 0))));
            assertEquals(0, Lexicon.coarseCluster(Lexicon.pack(10, 10, plain.get(key, 0))));
        }
    }

    @Test
    void tooManyGroupsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WordClusters.build(corpus(), 6, 64, 11, QUIET));
    }

    @Test
    void aWordClusteredFromOtherTextGetsItsClusterButNoStatistics() {
        List<NerSentence> training = corpus().stream().filter(s -> !s.words().contains("samedi")).limit(20).toList();
        IntTable clusters = WordClusters.build(corpus(), 6, 11, QUIET);
        Lexicon lexicon = Lexicon.build(training, clusters);
        int samedi = lexicon.stats(Features.wordKey("samedi"));
        assertTrue(clusters.get(Features.wordKey("samedi"), 0) > 0);
        assertEquals(clusters.get(Features.wordKey("samedi"), 0), Lexicon.cluster(samedi));
        assertEquals(0, Lexicon.wordStats(samedi));
        assertNotEquals(0, Lexicon.wordStats(lexicon.stats(Features.wordKey("il"))));
        for (NerSentence s : corpus()) {
            for (String w : s.words()) {
                int packed = lexicon.stats(Features.wordKey(w.toLowerCase(Locale.ROOT)));
                assertTrue(Lexicon.cluster(packed) > 0, w + " has no cluster");
            }
        }
    }
}
