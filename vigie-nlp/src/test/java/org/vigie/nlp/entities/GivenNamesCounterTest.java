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
}
