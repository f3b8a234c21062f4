package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.nlp.ner.NerSentence;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The derivation of a given-names table from PER spans, on sentences written for the test. */
class GivenNamesCounterTest {
    private static NerSentence s(String doc, String... wordTag) {
        List<String> w = new ArrayList<>(), t = new ArrayList<>();
        for (String x : wordTag) {
            int slash = x.lastIndexOf('/');
            w.add(x.substring(0, slash));
            t.add(x.substring(slash + 1));
        }
        return new NerSentence(doc, w, t);
    }

    private static Map<String, String> table(GivenNames.Counter c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("name\tcount\tgender", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            out.put(cells[0], cells[2]);
        }
        return out;
    }

    @Test
    void aWordOpeningEnoughMultiWordPersonNamesIsKeptWithThePronounMajorityAsGender() {
        GivenNames.Counter c = new GivenNames.Counter(Map.of("he", 'm', "his", 'm', "she", 'f'), Set.of("mother"));
        for (int i = 0; i < 4; i++) {
            c.add(s("d" + i, "Orvald/B-PER", "Pemberly/I-PER", "said/O", "he/O", "would/O", "stay/O"));
        }
        c.add(s("x", "Quillan/B-PER", "Marsh/I-PER", "left/O"));
        Map<String, String> t = table(c);
        assertEquals("m", t.get("orvald"));
        assertFalse(t.containsKey("quillan"), "seen once: under the count threshold");
        assertFalse(t.containsKey("pemberly"), "a surname never opens a name");
    }

    @Test
    void titlesWordsMostlyLowerCaseAndPlaceWordsAreLeftOut() {
        GivenNames.Counter c = new GivenNames.Counter(Map.of(), Set.of("mother"));
        for (int i = 0; i < 3; i++) {
            c.add(s("a" + i, "Mother/B-PER", "Agnes/I-PER", "came/O"));
            c.add(s("b" + i, "Hope/B-PER", "Lanner/I-PER", "came/O", "with/O", "hope/O", "and/O", "hope/O", "and/O", "hope/O"));
            c.add(s("c" + i, "Dunmore/B-PER", "Vale/I-PER", "met/O", "in/O", "Dunmore/B-LOC", "and/O", "Dunmore/B-LOC", "again/O"));
        }
        Map<String, String> t = table(c);
        assertFalse(t.containsKey("mother"), "a title");
        assertFalse(t.containsKey("hope"), "a common word");
        assertFalse(t.containsKey("dunmore"), "mostly a place");
    }

    @Test
    void aPronounInTheNextSentenceOfTheSameDocumentVotes() {
        GivenNames.Counter c = new GivenNames.Counter(Map.of("she", 'f', "he", 'm'), Set.of());
        for (int i = 0; i < 4; i++) {
            c.add(s("d" + i, "Ysolde/B-PER", "Farrant/I-PER", "arrived/O"));
            c.add(s("d" + i, "She/O", "spoke/O"));
        }
        assertEquals("f", table(c).get("ysolde"));
    }

    @Test
    void theGenderTableKeepsOnlyNamesWithAClearPronounMajorityAndTheirVotes() {
        GivenNames.Counter c = new GivenNames.Counter(Map.of("he", 'm', "she", 'f', "her", 'f'), Set.of());
        for (int i = 0; i < 5; i++) {
            c.add(s("d" + i, "Maribel/B-PER", "Quorn/I-PER", "said/O", "she/O", "would/O", "run/O"));
            c.add(s("e" + i, "Tarvo/B-PER", "Lind/I-PER", "said/O", (i % 2 == 0 ? "he" : "she") + "/O", "left/O"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.writeGenders(new PrintStream(bytes, true, StandardCharsets.UTF_8), 4, 0.85);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("name\the\tshe\tgender", lines.get(0));
        assertTrue(lines.contains("maribel\t0\t5\tf"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("tarvo")), "split votes give no gender: " + lines);
    }

    @Test
    void personMentionsOfADocumentBecomeTaggedSentencesForTheCounter() {
        org.vigie.core.Document doc = org.vigie.core.Document.ofText("Maribel Quorn said she would run. Nobody answered.");
        doc = org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "segment")).run(doc);
        doc = doc.with(org.vigie.core.Layers.builder()
                .put(org.vigie.core.LayerKind.MENTIONS, List.of(new org.vigie.core.model.Mention(new org.vigie.core.model.Span(0, 13),
                        org.vigie.core.model.EntityType.PER, "vigie:maribel-quorn", 1.0)))
                .put(org.vigie.core.LayerKind.ENTITIES, List.of(new org.vigie.core.model.Entity("vigie:maribel-quorn", "Maribel Quorn",
                        org.vigie.core.model.EntityType.PER, List.of(new org.vigie.core.model.Span(0, 13))))).build());
        List<NerSentence> out = NameGenders.sentences(doc, "doc");
        assertEquals(2, out.size());
        assertEquals(List.of("B-PER", "I-PER", "O", "O", "O", "O", "O"), out.get(0).tags());
    }
}
