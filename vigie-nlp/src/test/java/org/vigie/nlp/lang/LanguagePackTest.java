package org.vigie.nlp.lang;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LanguagePackTest {
    @Test
    void aListReadOverSeveralLanguagesIsTheNormalisedUnionOfTheirFiles() {
        Set<String> articles = LanguagePack.wordsOfAll(List.of("en", "fr"), "articles.txt");
        assertTrue(articles.containsAll(Set.of("the", "le", "la", "les", "l'")), articles.toString());
        assertFalse(articles.contains("der"), "German is not among the languages asked for");
        assertTrue(LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "articles.txt").containsAll(Set.of("der", "el", "il")));
    }

    @Test
    void aLanguageWithoutTheFileAddsNothingToAUnion() {
        assertEquals(LanguagePack.wordsOfAll(List.of("en"), "articles.txt"),
                LanguagePack.wordsOfAll(List.of("en", "xx"), "articles.txt"));
    }

    @Test
    void everyDefaultLanguageHasItsArticlesAndAcronymConnectors() {
        for (String language : LanguagePack.DEFAULT_LANGUAGES) {
            assertFalse(LanguagePack.of(language).words("articles.txt").isEmpty(), language);
            assertFalse(LanguagePack.of(language).words("initials-skip.txt").isEmpty(), language);
        }
    }

    @Test
    void normalisingUnifiesApostrophesAndDropsAccents() {
        assertEquals("l'etat", LanguagePack.normalize("L’État"));
    }
}
