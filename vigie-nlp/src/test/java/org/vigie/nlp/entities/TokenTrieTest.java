package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TokenTrieTest {
    @Test
    void phrasesSharingAPrefixAreAllFoundLongestFirst() {
        TokenTrie<String> t = new TokenTrie<>();
        t.add(List.of("new", "york"), "city");
        t.add(List.of("new", "york", "times"), "paper");
        t.add(List.of("new", "zealand"), "country");
        t.add(List.of("new", "delhi"), "capital");
        List<String> sentence = List.of("in", "new", "york", "times", "square");
        List<TokenTrie.Match<String>> m = t.matches(sentence, 1);
        assertEquals(List.of(4, 3), m.stream().map(TokenTrie.Match::end).toList());
        assertEquals(List.of("paper"), m.get(0).values());
        assertEquals(List.of("country"), t.matches(List.of("new", "zealand"), 0).get(0).values());
        assertEquals(List.of("capital"), t.matches(List.of("new", "delhi"), 0).get(0).values());
        assertTrue(t.matches(List.of("new", "jersey"), 0).isEmpty());
    }

    @Test
    void aPhraseKeepsEachValueOnceInTheOrderAddedAndTakesMoreAfterCompacting() {
        TokenTrie<String> t = new TokenTrie<>();
        t.add(List.of("georgia"), "country");
        t.add(List.of("georgia"), "state");
        t.add(List.of("georgia"), "country");
        t.compact();
        assertEquals(List.of("country", "state"), t.matches(List.of("georgia"), 0).get(0).values());
        t.add(List.of("georgia"), "given name");
        t.add(List.of("georgia", "tech"), "university");
        assertEquals(List.of("country", "state", "given name"), t.matches(List.of("georgia"), 0).get(0).values());
        assertEquals(2, t.longest(List.of("georgia", "tech"), 0));
    }

    @Test
    void addingAnotherTrieCopiesEveryPhrase() {
        TokenTrie<String> a = new TokenTrie<>();
        a.add(List.of("prime", "minister"), "head-of-government");
        TokenTrie<String> b = new TokenTrie<>();
        b.add(List.of("premier", "ministre"), "head-of-government");
        b.add(List.of("prime", "minister"), "title");
        a.addAll(b);
        assertEquals(List.of("head-of-government", "title"), a.matches(List.of("prime", "minister"), 0).get(0).values());
        assertEquals(2, a.longest(List.of("premier", "ministre"), 0));
    }
}
