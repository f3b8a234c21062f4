package org.vigie.store.search;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SnippetsTest {

    @Test
    void offsetsAreShiftedToTheTrimmedSnippet() {
        String content = "Intro.\n  Le port de Velmar reste fermé.  \nFin.";
        int start = content.indexOf("  Le");
        int end = content.indexOf("\nFin");
        int v = content.indexOf("Velmar");
        Snippet s = Snippets.snippet(content, start, end, new int[] {v}, new int[] {v + 6});
        assertEquals("Le port de Velmar reste fermé.", s.text());
        assertEquals(List.of(new Span(11, 17)), s.highlights());
        assertEquals(List.of("Velmar"), s.highlightedTexts());
    }

    @Test
    void overlappingMatchesAreMergedAndSorted() {
        String content = "economic sanctions today";
        Snippet s = Snippets.snippet(content, 0, content.length(), new int[] {9, 0, 0}, new int[] {18, 18, 8});
        assertEquals(List.of(new Span(0, 18)), s.highlights());
    }

    @Test
    void aLongPassageIsCutAtSpacesAroundItsFirstMatch() {
        String filler = "mot ".repeat(200);
        String content = filler + "Velmar " + filler;
        int v = content.indexOf("Velmar");
        Snippet s = Snippets.snippet(content, 0, content.length(), new int[] {v}, new int[] {v + 6});
        assertTrue(s.text().length() <= Snippets.MAX_LENGTH, s.text().length() + " chars");
        assertTrue(s.text().startsWith("mot ") && s.text().endsWith("mot"), s.text());
        assertEquals(List.of("Velmar"), s.highlightedTexts());
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String content = "\uD83D\uDE00".repeat(300) + " Velmar";
        int v = content.indexOf("Velmar");
        Snippet s = Snippets.snippet(content, 0, content.length(), new int[] {v}, new int[] {v + 6});
        assertFalse(Character.isLowSurrogate(s.text().charAt(0)), "starts on a whole character");
        assertFalse(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1)));
        assertEquals(List.of("Velmar"), s.highlightedTexts());
    }

    @Test
    void aSnippetRefusesHighlightsOutsideItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Snippet("abc", List.of(new Span(2, 4))));
        assertThrows(IllegalArgumentException.class, () -> new Snippet("abcdef", List.of(new Span(3, 4), new Span(1, 2))));
    }
}
