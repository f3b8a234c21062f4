package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class KbNamesTest {
    private static final String[] SYLLABLES = {"ba", "ter", "vo", "lin", "sa", "dor", "mek", "ru", "pal", "ist", "go", "nef"};

    private static List<int[]> matches(KbNames kb, String... words) {
        return Features.kbMatches(words, kb);
    }

    @Test
    void aNameSplitAtItsApostropheByTheCorpusStillMatches() {
        KbNames kb = KbNames.of(Map.of("Alliance de l'Atlantique", EntityType.ORG));
        List<int[]> found = matches(kb, "selon", "l'", "Alliance", "de", "l'", "Atlantique", ",");
        assertEquals(1, found.size());
        assertArrayEquals(new int[]{2, 6, 1 << EntityType.ORG.ordinal()}, found.get(0));
    }

    @Test
    void theLongestKnownNameWinsAndAccentsAndCaseDoNotMatter() {
        KbNames kb = KbNames.of(Map.of("Côte", EntityType.LOC, "Côte d'Ivoire", EntityType.GPE));
        List<int[]> found = matches(kb, "en", "COTE", "D'IVOIRE", "et", "sur", "la", "Cote");
        assertEquals(2, found.size());
        assertArrayEquals(new int[]{1, 3, 1 << EntityType.GPE.ordinal()}, found.get(0));
        assertArrayEquals(new int[]{6, 7, 1 << EntityType.LOC.ordinal()}, found.get(1));
    }

    @Test
    void aNameMustStartOnACapitalisedWord() {
        KbNames kb = KbNames.of(Map.of("Paris", EntityType.GPE));
        assertTrue(matches(kb, "les", "paris", "sportifs").isEmpty());
        assertEquals(1, matches(kb, "à", "Paris").size());
    }

    @Test
    void aNameKnownWithTwoTypesCarriesBoth() {
        KbNames kb = KbNames.of(Map.of("Georgia", EntityType.GPE));
        KbNames both = KbNames.of(Map.of("Georgia", EntityType.GPE, "GEORGIA", EntityType.LOC));
        assertEquals(1 << EntityType.GPE.ordinal(), matches(kb, "Georgia").get(0)[2]);
        assertEquals((1 << EntityType.GPE.ordinal()) | (1 << EntityType.LOC.ordinal()), matches(both, "Georgia").get(0)[2]);
    }

    @Test
    void theSharedKnowledgeBaseGivesCountriesAndOrganisations() {
        KbNames kb = KbNames.shared();
        assertFalse(kb.isEmpty());
        assertEquals(1 << EntityType.GPE.ordinal(), matches(kb, "France").get(0)[2] & (1 << EntityType.GPE.ordinal()));
        assertTrue(matches(kb, "the", "weather").isEmpty());
    }

    private static String name(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** "we heard from Bater today ." where the name is a person or a place only the knowledge base can tell. */
    private static NerSentence sentence(String name, boolean person, int i) {
        return new NerSentence("doc" + i, List.of("we", "heard", "from", name, "today", "."),
                List.of("O", "O", "O", person ? "B-PER" : "B-LOC", "O", "O"));
    }

    @Test
    void aModelTrainedWithKnowledgeBaseFeaturesTypesUnseenNamesByTheirKnowledgeBaseType() {
        Random r = new Random(3);
        Map<String, EntityType> known = new HashMap<>();
        List<NerSentence> train = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String n = name(r);
            if (known.containsKey(n)) continue;
            boolean person = r.nextBoolean();
            known.put(n, person ? EntityType.PER : EntityType.GPE);
            train.add(sentence(n, person, i));
        }
        Map<String, EntityType> unseen = new LinkedHashMap<>();
        while (unseen.size() < 40) {
            String n = name(r) + "ek";
            unseen.put(n, unseen.size() % 2 == 0 ? EntityType.PER : EntityType.GPE);
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerTrainer.Options options = new NerTrainer.Options(6, 2, 3, 0, 0, 7, false, 1, 0, true);
        NerModel model = NerTrainer.train("xx", train, options, KbNames.of(known), quiet);
        assertTrue(model.usesKnowledgeBase());

        Map<String, EntityType> later = new HashMap<>(known);
        later.putAll(unseen);
        NerTagger tagger = new NerTagger(model, model.gazetteer(), KbNames.of(later));
        int right = 0;
        for (Map.Entry<String, EntityType> e : unseen.entrySet()) {
            String expected = e.getValue() == EntityType.PER ? "B-PER" : "B-LOC";
            if (tagger.tagWords(List.of("we", "heard", "from", e.getKey(), "today", ".")).get(3).equals(expected)) right++;
        }
        assertTrue(right >= 36, right + " of 40 unseen names typed as the knowledge base says");
    }

    @Test
    void aModelTrainedWithoutKnowledgeBaseFeaturesIgnoresTheKnowledgeBase() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<NerSentence> train = List.of(sentence("Bater", true, 0), sentence("Volin", false, 1));
        NerModel model = NerTrainer.train("xx", train, new NerTrainer.Options(2, 1, 2, 0, 0, 7, false, 1, 0), quiet);
        assertFalse(model.usesKnowledgeBase());
        assertSame(KbNames.NONE, model.kbNames());
    }
}
