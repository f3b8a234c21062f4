package org.vigie.store.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SearchQueryTest {

    @Test
    void filterValuesAreNormalisedAndBlanksDropped() {
        SearchQuery q = SearchQuery.of("x").withFilter(SearchFacet.LANGUAGE, "FR", " ", "")
                .withFilter(SearchFacet.ENTITY_TYPE, "gpe").withFilter(SearchFacet.EVENT_TYPE, "Consult")
                .withFilter(SearchFacet.SOURCE, "  Reuters ");
        assertEquals(Set.of("fr"), q.filter(SearchFacet.LANGUAGE));
        assertEquals(Set.of("GPE"), q.filter(SearchFacet.ENTITY_TYPE));
        assertEquals(Set.of("CONSULT"), q.filter(SearchFacet.EVENT_TYPE));
        assertEquals(Set.of("Reuters"), q.filter(SearchFacet.SOURCE));
        assertEquals(Set.of(), q.filter(SearchFacet.STORY));
        assertFalse(SearchQuery.of("x").withFilter(SearchFacet.STORY, " ").filters().containsKey(SearchFacet.STORY));
    }

    @Test
    void badValuesAreRefusedWithAClearMessage() {
        assertTrue(assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withFilter(SearchFacet.ENTITY_TYPE, "PERSON"))
                .getMessage().contains("entity type must be one of [PER, ORG, GPE, LOC, MISC]"));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withFilter(SearchFacet.EVENT_TYPE, "WAR"));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withFilter(SearchFacet.MONTH, "2022-13"));
        assertTrue(assertThrows(SearchQueryException.class, () -> SearchQuery.of("x")
                .withDates(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1))).getMessage().contains("starts (2022-02-01) after"));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withPage(-1, 10));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withPage(0, SearchQuery.MAX_LIMIT + 1));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withPage(SearchQuery.MAX_WINDOW, 1));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withFacetLimit(SearchQuery.MAX_FACET_LIMIT + 1));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withSnippets(-1));
        assertThrows(SearchQueryException.class, () -> SearchQuery.of("x").withFilter(SearchFacet.SOURCE, "s".repeat(301)));
    }

    @Test
    void aQueryLongerThanTheLimitIsRefused() {
        assertDoesNotThrow(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_TEXT_LENGTH)));
        SearchQueryException e = assertThrows(SearchQueryException.class, () -> SearchQuery.of("a".repeat(SearchQuery.MAX_TEXT_LENGTH + 1)));
        assertEquals("the query is 1001 characters long; at most 1000 are allowed", e.getMessage());
    }

    @Test
    void sortNamesAreRead() {
        assertEquals(SearchSort.NEWEST, SearchSort.parse("date"));
        assertEquals(SearchSort.NEWEST, SearchSort.parse("Newest"));
        assertEquals(SearchSort.OLDEST, SearchSort.parse("oldest"));
        assertEquals(SearchSort.RELEVANCE, SearchSort.parse(" relevance "));
        assertThrows(SearchQueryException.class, () -> SearchSort.parse("random"));
    }
}
