package org.vigie.store.search;

import org.junit.jupiter.api.Test;
import org.vigie.store.search.QuerySyntax.All;
import org.vigie.store.search.QuerySyntax.Any;
import org.vigie.store.search.QuerySyntax.Phrase;
import org.vigie.store.search.QuerySyntax.Word;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuerySyntaxTest {

    @Test
    void wordsNextToEachOtherAreAllRequired() {
        assertEquals(new All(List.of(new Word("sanctions"), new Word("OTBC")), List.of()), QuerySyntax.parse("sanctions  OTBC"));
        assertEquals(QuerySyntax.parse("sanctions OTBC"), QuerySyntax.parse("sanctions AND OTBC"));
        assertEquals(new Word("OTBC"), QuerySyntax.parse(" OTBC "));
    }

    @Test
    void orBindsLooserThanAnd() {
        assertEquals(new Any(List.of(new Word("a"), new All(List.of(new Word("b"), new Word("c")), List.of()))),
                QuerySyntax.parse("a OR b c"));
        assertEquals(new All(List.of(new Any(List.of(new Word("a"), new Word("b"))), new Word("c")), List.of()),
                QuerySyntax.parse("(a OR b) c"));
    }

    @Test
    void phrasesKeepTheirText() {
        assertEquals(new All(List.of(new Phrase("sanctions économiques"), new Word("UE")), List.of()),
                QuerySyntax.parse("\"sanctions économiques\" UE"));
    }

    @Test
    void minusAndNotExclude() {
        All expected = new All(List.of(new Word("Aalstad")), List.of(new Word("mardi")));
        assertEquals(expected, QuerySyntax.parse("Aalstad -mardi"));
        assertEquals(expected, QuerySyntax.parse("Aalstad NOT mardi"));
        assertEquals(new All(List.of(), List.of(new Phrase("a b"))), QuerySyntax.parse("-\"a b\""));
        assertEquals(new Word("Aalstad"), QuerySyntax.parse("+Aalstad"));
    }

    @Test
    void operatorsAreUpperCaseWordsOnly() {
        assertEquals(new All(List.of(new Word("paix"), new Word("or"), new Word("guerre")), List.of()),
                QuerySyntax.parse("paix or guerre"));
        assertEquals(new All(List.of(new Word("NOTE"), new Word("ORAL")), List.of()), QuerySyntax.parse("NOTE ORAL"));
    }

    @Test
    void hyphensInsideWordsAndLoneDashesAreText() {
        assertEquals(new Word("Jean-Pierre"), QuerySyntax.parse("Jean-Pierre"));
        assertEquals(new All(List.of(new Word("Paris"), new Word("-"), new Word("Berlin")), List.of()), QuerySyntax.parse("Paris - Berlin"));
        assertEquals(new Word("title:x*"), QuerySyntax.parse("title:x*"));
    }

    @Test
    void unbalancedInputIsRefusedWithItsPosition() {
        assertEquals("cannot read the query: the quote at position 3 is not closed. Use words, \"exact phrases\", OR, AND, "
                + "-word to exclude, and balanced parentheses.", assertThrows(SearchQueryException.class,
                () -> QuerySyntax.parse("a \"b c")).getMessage());
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("a (b"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("a b)"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("OR"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("a AND OR b"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("a OR OR b"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("NOT"));
        assertThrows(SearchQueryException.class, () -> QuerySyntax.parse("a ( ) b"));
    }
}
