package org.vigie.nlp.ner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.*;

import static org.junit.jupiter.api.Assertions.*;

/** Trains on a small synthetic corpus whose names follow obvious patterns, then checks generalisation to unseen names. */
class NerTaggerTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tus", "var", "zel", "po", "dri", "nau", "sef", "gor"};
    private static NerModel model;

    private static String name(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** Sentences like "Mr Kalo said the Zelpo Company will open an office in Drimi on Monday ." */
    static List<NerSentence> corpus(int size, long seed) {
        Random r = new Random(seed);
        String[] days = {"Monday", "Tuesday", "Friday"};
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> w = new ArrayList<>(), t = new ArrayList<>();
            switch (i % 3) {
                case 0 -> {
                    add(w, t, "Mr", "O");
                    add(w, t, name(r), "B-PER");
                    add(w, t, "said", "O");
                    add(w, t, "on", "O");
                    add(w, t, days[r.nextInt(3)], "O");
                }
                case 1 -> {
                    add(w, t, "the", "O");
                    add(w, t, name(r), "B-ORG");
                    add(w, t, "Company", "I-ORG");
                    add(w, t, "will", "O");
                    add(w, t, "open", "O");
                    add(w, t, "an", "O");
                    add(w, t, "office", "O");
                }
                default -> {
                    add(w, t, "they", "O");
                    add(w, t, "travelled", "O");
                    add(w, t, "to", "O");
                    add(w, t, name(r), "B-LOC");
                    add(w, t, "by", "O");
                    add(w, t, "train", "O");
                }
            }
            add(w, t, ".", "O");
            out.add(new NerSentence("doc" + i / 4, w, t));
        }
        return out;
    }

    private static void add(List<String> w, List<String> t, String word, String tag) {
        w.add(word);
        t.add(tag);
    }

    @BeforeAll
    static void train() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        model = NerTrainer.train("xx", corpus(600, 1), new NerTrainer.Options(8, 2, 3, 0, 0, 7, true, 1, 0), quiet);
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && text.charAt(j) != ' ') j++;
            out.add(new Token(new Span(i, j), Token.Kind.WORD));
            i = j;
        }
        return out;
    }

    @Test
    void namesNeverSeenInTrainingAreFoundFromTheirContext() {
        List<NerSentence> unseen = corpus(90, 99);
        NerTagger tagger = new NerTagger(model);
        int right = 0;
        for (NerSentence s : unseen) if (tagger.tagWords(s.words()).equals(s.tags())) right++;
        assertTrue(right >= 85, right + " of 90 sentences tagged exactly");
    }

    @Test
    void taggedNamesCarryTokenRangeCharSpanTypeAndScore() {
        String text = "Mr Porenvar said on Friday .";
        List<TaggedName> names = new NerTagger(model).tag(text, tokens(text));
        assertEquals(1, names.size());
        TaggedName n = names.get(0);
        assertEquals(1, n.firstToken());
        assertEquals(2, n.endToken());
        assertEquals("Porenvar", n.span().of(text));
        assertEquals(EntityType.PER, n.type());
        assertTrue(n.score() > 0.5 && n.score() < 1.0, "score " + n.score());
    }

    @Test
    void aTwoWordOrganisationIsOneName() {
        String text = "the Tusgor Company will open an office .";
        List<TaggedName> names = new NerTagger(model).tag(text, tokens(text));
        assertEquals(1, names.size());
        assertEquals("Tusgor Company", names.get(0).span().of(text));
        assertEquals(EntityType.ORG, names.get(0).type());
    }

    @Test
    void oddTokensAreTaggedWithoutFailing() {
        String text = "Mr  Kalo 😀 said";
        List<Token> tokens = List.of(new Token(new Span(0, 2), Token.Kind.WORD), new Token(new Span(3, 3), Token.Kind.SYMBOL),
                new Token(new Span(4, 8), Token.Kind.WORD), new Token(new Span(9, 11), Token.Kind.SYMBOL),
                new Token(new Span(12, 16), Token.Kind.WORD));
        for (TaggedName n : new NerTagger(model).tag(text, tokens)) {
            assertTrue(n.firstToken() < n.endToken() && n.endToken() <= tokens.size());
            assertTrue(n.score() >= 0 && n.score() <= 1);
        }
    }

    @Test
    void aUnionOfGazetteersKnowsEveryTypeAnyOfThemKnows() {
        WordListGazetteer a = new WordListGazetteer(Map.of("port talbot", Set.of("LOC"), "orla", Set.of("PER")));
        WordListGazetteer b = new WordListGazetteer(Map.of("port talbot", Set.of("ORG"), "the three rivers trust", Set.of("ORG")));
        Gazetteer both = Gazetteer.union(a, b);
        assertEquals(Set.of("LOC", "ORG"), both.typesOf("port talbot"));
        assertEquals(Set.of("PER"), both.typesOf("orla"));
        assertEquals(Set.of(), both.typesOf("cardiff"));
        assertEquals(4, both.maxWords());
    }

    @Test
    void emptyInputGivesNoNames() {
        assertEquals(List.of(), new NerTagger(model).tag("", List.of()));
        assertEquals(List.of(), new NerTagger(model).tagWords(List.of()));
    }

    @Test
    void aSavedModelLoadsBackAndTagsIdentically(@TempDir Path dir) throws IOException {
        model.save(dir);
        assertTrue(Files.size(dir.resolve("model.bin")) > 0);
        NerModel loaded = NerModel.load(dir);
        assertEquals(model.features(), loaded.features());
        assertEquals(model.manifest(), loaded.manifest());
        assertEquals("xx", loaded.language());
        NerTagger a = new NerTagger(model), b = new NerTagger(loaded);
        for (NerSentence s : corpus(60, 5)) {
            String text = String.join(" ", s.words());
            assertEquals(a.tag(text, tokens(text)), b.tag(text, tokens(text)));
        }
    }

    @Test
    void aModelFromAnotherFeatureSetIsRefused(@TempDir Path dir) throws IOException {
        model.save(dir);
        byte[] bytes;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("model.bin")))) {
            bytes = in.readAllBytes();
        }
        bytes[7] = (byte) (bytes[7] + 1);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("model.bin")))) {
            out.write(bytes);
        }
        var e = assertThrows(org.vigie.core.ConfigException.class, () -> NerModel.load(dir));
        assertTrue(e.getMessage().contains("feature set"), e.getMessage());
    }

    @Test
    void concurrentCallersGetTheSameNamesAsOneCaller() throws Exception {
        NerTagger tagger = new NerTagger(model);
        List<String> texts = corpus(200, 11).stream().map(s -> String.join(" ", s.words())).toList();
        List<List<TaggedName>> expected = texts.stream().map(t -> tagger.tag(t, tokens(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        if (!tagger.tag(texts.get(i), tokens(texts.get(i))).equals(expected.get(i))) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void gazetteerMatchesBecomeFeaturesTheModelLearnsToTrust() {
        // Every sentence has the same context, so only the gazetteer tells a PER from a LOC. Each name
        // occurs in three documents, so the jackknifed gazetteer of one fold knows it from another.
        Random r = new Random(3);
        Map<String, String> types = new LinkedHashMap<>();
        while (types.size() < 150) types.putIfAbsent(name(r), r.nextBoolean() ? "PER" : "LOC");
        types.remove("Zelkagor");
        types.remove("Mipodri");
        List<NerSentence> train = new ArrayList<>();
        int doc = 0;
        for (int round = 0; round < 3; round++) {
            for (Map.Entry<String, String> e : types.entrySet()) {
                train.add(new NerSentence("d" + doc++, List.of("we", "saw", e.getKey(), "."), List.of("O", "O", "B-" + e.getValue(), "O")));
            }
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        NerModel m = NerTrainer.train("xx", train, new NerTrainer.Options(6, 2, 3, 0, 0, 7, false, 1, 0), quiet);
        WordListGazetteer extra = new WordListGazetteer(Map.of("zelkagor", Set.of("LOC"), "mipodri", Set.of("PER")));
        NerTagger tagger = new NerTagger(m, extra);
        assertEquals(List.of("O", "O", "B-LOC", "O"), tagger.tagWords(List.of("we", "saw", "Zelkagor", ".")));
        assertEquals(List.of("O", "O", "B-PER", "O"), tagger.tagWords(List.of("we", "saw", "Mipodri", ".")));
    }
}
