package org.vigie.store.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.search.SearchDocs.*;

class LuceneSearchIndexTest {
    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void openAndFill() {
        index = LuceneSearchIndex.open(dir);
        for (Document d : corpus()) index.index(d);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private List<String> ids(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::id).toList();
    }

    private Set<String> idSet(String text) {
        return Set.copyOf(ids(SearchQuery.of(text).withPage(0, 100)));
    }

    private static Set<String> idsOf(Document... docs) {
        return java.util.Arrays.stream(docs).map(Document::id).collect(Collectors.toSet());
    }

    @Test
    void frenchElisionIsRemovedSoTheBareAcronymFindsIt() {
        assertEquals(idsOf(sanctionsFr()), idSet("OTBC"));
        assertEquals(idsOf(sanctionsFr()), idSet("otbc"), "case does not matter");
        assertEquals(idsOf(sanctionsFr()), idSet("l'OTBC"), "the query's own elision, straight apostrophe, is removed too");
    }

    @Test
    void accentsAreFoldedSoDefenseFindsDefense() {
        assertTrue(idSet("defense").contains(sanctionsFr().id()), "'defense' finds 'défense'");
        assertTrue(idSet("réunion").contains(meetingFr().id()));
        assertTrue(idSet("reunion").contains(meetingFr().id()), "the title's 'Réunion' is found without its accent");
    }

    @Test
    void frenchStemmingJoinsSingularAndPlural() {
        Set<String> hits = idSet("sanctions");
        assertTrue(hits.contains(meetingFr().id()), "'sanctions' finds the French 'sanction'");
        assertTrue(hits.contains(sanctionsFr().id()));
        assertTrue(idSet("sanction").contains(sanctionsFr().id()), "and 'sanction' finds 'sanctions'");
    }

    @Test
    void englishPossessivesAndStemsAreRemoved() {
        assertTrue(idSet("Brenhaven").contains(defenceEn().id()), "Brenhaven's is found by Brenhaven");
        assertTrue(idSet("negotiator").contains(talksEn().id()), "'negotiator' finds 'Negotiators'");
        assertTrue(idSet("resumed").contains(talksEn().id()), "'resumed' finds 'resume'");
    }

    @Test
    void otherLanguagesAreFoldedButNotStemmed() {
        assertEquals(idsOf(talksDe()), idSet("gesprache"), "German 'Gespräche' is found without its umlaut");
        assertEquals(Set.of(), idSet("gesprach"), "and no stemmer cuts it down");
    }

    @Test
    void aDamagedWordIsFoundAndShownAsItsRepair() {
        Document clean = SearchDocs.doc("fr", null, "Le ministre a déclaré lundi que la frontière restait ouverte.").build();
        String text = clean.text().replace("déclaré", "dÃ©clarÃ©");
        Document damaged = Document.ofText(text).with(org.vigie.core.Layers.builder()
                .put(org.vigie.core.LayerKind.BLOCKS, List.of(org.vigie.core.model.Block.body(
                        new org.vigie.core.model.Span(0, text.length()), org.vigie.core.model.Block.Kind.PARAGRAPH)))
                .put(org.vigie.core.LayerKind.LANGUAGE, clean.layer(org.vigie.core.LayerKind.LANGUAGE))
                .put(org.vigie.core.LayerKind.TITLE, List.of(new org.vigie.core.model.Title(text, new org.vigie.core.model.Span(0, text.length()))))
                .put(org.vigie.core.LayerKind.ARTEFACTS, List.of(new org.vigie.core.model.Artefact(
                        org.vigie.store.TestDocuments.find(text, "dÃ©clarÃ©"), org.vigie.core.model.Artefact.Kind.ENCODING, "déclaré")))
                .build());
        index.index(damaged);
        assertTrue(idSet("déclaré").contains(damaged.id()), "the repaired word is what is indexed");
        SearchHit hit = index.search(SearchQuery.of("déclaré").withPage(0, 100)).hits().stream()
                .filter(h -> h.id().equals(damaged.id())).findFirst().orElseThrow();
        assertTrue(hit.toString().contains("déclaré") && !hit.toString().contains("Ã©"), "snippets and title show the repair: " + hit);
        assertEquals(Optional.of("Le ministre a déclaré lundi que la frontière restait ouverte."), hit.title(), hit.toString());
    }

    @Test
    void boilerplateLinesAreNotSearched() {
        assertEquals(idsOf(portFr()), idSet("Velmar"));
        assertEquals(Set.of(), idSet("abonnez"), "the navigation line is not part of the body");
    }

    @Test
    void phrasesMatchOnlyWordsInThatOrder() {
        assertEquals(idsOf(sanctionsFr()), idSet("\"sanctions économiques\""));
        assertEquals(Set.of(), idSet("\"économiques sanctions\""));
        assertEquals(idsOf(defenceEn()), idSet("\"economic sanctions\""), "not the talks, where 'economic' meets 'cooperation'");
    }

    @Test
    void wordsAreAllRequiredUnlessJoinedByOr() {
        assertEquals(idsOf(talksEn()), idSet("Aalstad Tuesday"));
        assertEquals(idsOf(talksEn(), defenceEn()), idSet("Tuesday OR minister"));
        assertEquals(idsOf(talksEn(), talksDe(), meetingFr()), idSet("Aalstad"));
        assertEquals(idsOf(talksDe(), meetingFr()), idSet("Aalstad -Tuesday"));
        assertEquals(idsOf(talksDe(), meetingFr()), idSet("Aalstad NOT Tuesday"));
        assertEquals(idsOf(meetingFr(), defenceEn()), idSet("(ministres OR minister) -Tuesday"));
    }

    @Test
    void anEmptyTextMatchesEveryDocument() {
        assertEquals(6, index.search(SearchQuery.of("")).total());
        assertEquals(6, index.search(SearchQuery.of("   ")).total());
    }

    @Test
    void exclusionsAloneMatchEverythingElse() {
        assertEquals(5, index.search(SearchQuery.of("-Velmar")).total());
    }

    @Test
    void eachFilterRestrictsTheHits() {
        SearchQuery all = SearchQuery.of("").withPage(0, 100);
        assertEquals(idsOf(sanctionsFr(), meetingFr(), portFr()), Set.copyOf(ids(all.withFilter(SearchFacet.LANGUAGE, "FR"))));
        assertEquals(5, index.search(all.withFilter(SearchFacet.LANGUAGE, "fr", "en")).total(), "languages are alternatives");
        assertEquals(idsOf(meetingFr(), defenceEn()), Set.copyOf(ids(all.withFilter(SearchFacet.SOURCE, "Reuters"))));
        assertEquals(idsOf(sanctionsFr(), defenceEn()), Set.copyOf(ids(all.withFilter(SearchFacet.ENTITY, "Q900001"))));
        assertEquals(idsOf(sanctionsFr(), defenceEn()), Set.copyOf(ids(all.withFilter(SearchFacet.ENTITY, "brenhaven"))),
                "an entity is also found by its name, in any case");
        assertEquals(Set.of(), Set.copyOf(ids(all.withFilter(SearchFacet.ENTITY, "Q900001", "Q900002"))), "entities are all required");
        assertEquals(idsOf(defenceEn()), Set.copyOf(ids(all.withFilter(SearchFacet.ENTITY_TYPE, "per"))));
        assertEquals(idsOf(portFr()), Set.copyOf(ids(all.withFilter(SearchFacet.ENTITY_TYPE, "LOC"))));
        assertEquals(idsOf(meetingFr(), talksEn()), Set.copyOf(ids(all.withFilter(SearchFacet.EVENT_TYPE, "consult"))));
        assertEquals(idsOf(sanctionsFr(), defenceEn()), Set.copyOf(ids(all.withFilter(SearchFacet.STORY, "story-1"))));
        assertEquals(idsOf(meetingFr(), talksDe()), Set.copyOf(ids(all.withFilter(SearchFacet.MONTH, "2022-02"))));
    }

    @Test
    void aDateRangeIncludesBothEnds() {
        SearchQuery all = SearchQuery.of("").withPage(0, 100);
        assertEquals(idsOf(meetingFr(), talksDe()), Set.copyOf(ids(all.withDates(LocalDate.of(2022, 2, 3), LocalDate.of(2022, 2, 15)))));
        assertEquals(idsOf(talksEn()), Set.copyOf(ids(all.withDates(LocalDate.of(2022, 3, 5), null))), "a datetime counts by its day");
        assertEquals(idsOf(sanctionsFr()), Set.copyOf(ids(all.withDates(null, LocalDate.of(2022, 1, 10)))));
        assertEquals(idsOf(defenceEn(), meetingFr()), Set.copyOf(ids(SearchQuery.of("sanctions").withDates(LocalDate.of(2022, 1, 15), null))),
                "the range combines with the text");
    }

    @Test
    void filtersCombineWithTheText() {
        assertEquals(idsOf(talksEn()), idSetOf(SearchQuery.of("Aalstad").withFilter(SearchFacet.LANGUAGE, "en")));
        assertEquals(idsOf(meetingFr()), idSetOf(SearchQuery.of("Aalstad").withFilter(SearchFacet.SOURCE, "Reuters")));
    }

    private Set<String> idSetOf(SearchQuery q) {
        return Set.copyOf(ids(q));
    }

    @Test
    void facetsCountTheMatchingDocuments() {
        SearchResult r = index.search(SearchQuery.of(""));
        assertEquals(Map.of("fr", 3L, "en", 2L, "de", 1L), counts(r, SearchFacet.LANGUAGE));
        assertEquals(Map.of("Reuters", 2L, "AFP", 1L, "AP", 1L), counts(r, SearchFacet.SOURCE));
        assertEquals(Map.of("Q900002", 3L, "Q900001", 2L, "vigie:otbc", 1L, "vigie:velmar", 1L, "vigie:defence-minister", 1L),
                counts(r, SearchFacet.ENTITY));
        assertEquals(Map.of("GPE", 5L, "ORG", 1L, "PER", 1L, "LOC", 1L), counts(r, SearchFacet.ENTITY_TYPE));
        assertEquals(Map.of("CONSULT", 2L, "SANCTION", 1L, "REJECT", 1L), counts(r, SearchFacet.EVENT_TYPE));
        assertEquals(Map.of("story-1", 2L, "story-2", 1L), counts(r, SearchFacet.STORY));
        assertEquals(Map.of("2022-01", 2L, "2022-02", 2L, "2022-03", 1L), counts(r, SearchFacet.MONTH));
        assertEquals(3L, r.facet(SearchFacet.ENTITY).get(0).count(), "most frequent first");
    }

    @Test
    void entityFacetValuesAreIdsLabelledWithNames() {
        SearchResult r = index.search(SearchQuery.of(""));
        Map<String, String> labels = r.facet(SearchFacet.ENTITY).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::label));
        assertEquals("Aalstad", labels.get("Q900002"));
        assertEquals("Defence minister of Brenhaven", labels.get("vigie:defence-minister"));
    }

    @Test
    void facetsFollowTheQueryAndFilters() {
        SearchResult r = index.search(SearchQuery.of("Aalstad").withFilter(SearchFacet.LANGUAGE, "fr", "en"));
        assertEquals(2, r.total());
        assertEquals(Map.of("fr", 1L, "en", 1L), counts(r, SearchFacet.LANGUAGE));
        assertEquals(Map.of("Reuters", 1L, "AP", 1L), counts(r, SearchFacet.SOURCE));
        SearchResult limited = index.search(SearchQuery.of("").withFacetLimit(1));
        assertEquals(List.of("fr"), limited.facet(SearchFacet.LANGUAGE).stream().map(FacetCount::value).toList());
        assertTrue(index.search(SearchQuery.of("").withFacetLimit(0)).facets().isEmpty());
    }

    private static Map<String, Long> counts(SearchResult r, SearchFacet facet) {
        Map<String, Long> m = new TreeMap<>();
        for (FacetCount c : r.facet(facet)) m.put(c.value(), c.count());
        return m;
    }

    @Test
    void dateSortPutsNewestFirstAndUndatedLast() {
        List<String> newest = ids(SearchQuery.of("").withSort(SearchSort.NEWEST));
        assertEquals(List.of(talksEn().id(), talksDe().id(), meetingFr().id(), defenceEn().id(), sanctionsFr().id(), portFr().id()), newest);
        List<String> oldest = ids(SearchQuery.of("").withSort(SearchSort.OLDEST));
        assertEquals(List.of(sanctionsFr().id(), defenceEn().id(), meetingFr().id(), talksDe().id(), talksEn().id(), portFr().id()), oldest);
    }

    @Test
    void relevancePutsTheTitleMatchFirst() {
        List<String> hits = ids(SearchQuery.of("Velmar OR port"));
        assertEquals(portFr().id(), hits.get(0));
        List<SearchHit> ranked = index.search(SearchQuery.of("Aalstad")).hits();
        for (int i = 1; i < ranked.size(); i++) assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score());
    }

    @Test
    void pagesSliceTheOrderedHitsAndTheTotalCountsThemAll() {
        SearchQuery q = SearchQuery.of("").withSort(SearchSort.NEWEST);
        SearchResult second = index.search(q.withPage(2, 2));
        assertEquals(6, second.total());
        assertEquals(List.of(meetingFr().id(), defenceEn().id()), second.hits().stream().map(SearchHit::id).toList());
        assertEquals(List.of(portFr().id()), ids(q.withPage(5, 2)));
        assertEquals(List.of(), ids(q.withPage(6, 2)));
        assertEquals(6, index.search(q.withPage(0, 0)).total(), "a page of nothing still counts");
    }

    @Test
    void hitsCarryTheirStoredFields() {
        SearchHit hit = index.search(SearchQuery.of("Negotiators")).hits().get(0);
        assertEquals(talksEn().id(), hit.id());
        assertEquals("Talks resume in Aalstad", hit.title().orElseThrow());
        assertEquals("2022-03-05T09:30:00Z", hit.published().orElseThrow());
        assertEquals("en", hit.language());
        assertTrue(hit.score() > 0);
        SearchHit undated = index.search(SearchQuery.of("Velmar")).hits().get(0);
        assertTrue(undated.published().isEmpty());
    }

    @Test
    void snippetsMarkTheMatchesByOffset() {
        SearchHit hit = index.search(SearchQuery.of("Aalstad").withFilter(SearchFacet.LANGUAGE, "fr")).hits().get(0);
        Snippet s = hit.snippets().get(0);
        assertEquals("Les ministres se sont réunis à Aalstad pour discuter d’une sanction commune.", s.text());
        assertEquals(List.of("Aalstad"), s.highlightedTexts());
        assertEquals(s.text().indexOf("Aalstad"), s.highlights().get(0).start());
    }

    @Test
    void snippetsMarkTheWholeElidedWordAndEveryStemmedForm() {
        Snippet s = index.search(SearchQuery.of("OTBC")).hits().get(0).snippets().get(0);
        assertTrue(s.highlightedTexts().contains("l’OTBC"), s.toString());
        List<String> marked = index.search(SearchQuery.of("sanction").withFilter(SearchFacet.LANGUAGE, "fr").withPage(0, 5))
                .hits().stream().flatMap(h -> h.snippets().stream()).flatMap(x -> x.highlightedTexts().stream()).toList();
        assertTrue(marked.containsAll(List.of("sanctions", "sanction")), marked.toString());
    }

    @Test
    void aPhraseIsMarkedOnlyWhereItOccurs() {
        SearchHit hit = index.search(SearchQuery.of("\"economic sanctions\"")).hits().get(0);
        List<String> marked = hit.snippets().stream().flatMap(s -> s.highlightedTexts().stream()).toList();
        assertFalse(marked.isEmpty());
        assertTrue(String.join(" ", marked).toLowerCase().contains("economic"), marked.toString());
        assertTrue(marked.stream().allMatch(m -> m.toLowerCase().matches("economic|sanctions|economic sanctions")), marked.toString());
    }

    @Test
    void aQueryWithoutTextShowsTheOpeningOfTheBody() {
        SearchHit hit = index.search(SearchQuery.of("").withFilter(SearchFacet.LANGUAGE, "de")).hits().get(0);
        assertEquals("Die Gespräche in Aalstad wurden am Dienstag fortgesetzt.", hit.snippets().get(0).text());
        assertEquals(List.of(), hit.snippets().get(0).highlights());
        assertEquals(List.of(), index.search(SearchQuery.of("Aalstad").withSnippets(0)).hits().get(0).snippets());
    }

    @Test
    void indexingTheSameDocumentAgainReplacesIt() {
        index.index(sanctionsFr());
        index.index(sanctionsFr());
        assertEquals(6, index.size());
        assertEquals(1, index.search(SearchQuery.of("OTBC")).total());
        Document restoried = sanctionsFr().without(org.vigie.core.LayerKind.STORY).with(org.vigie.core.Layers.of(
                org.vigie.core.LayerKind.STORY, List.of(new org.vigie.core.model.StoryAssignment("story-9"))));
        index.index(restoried);
        assertEquals(6, index.size());
        assertEquals(Set.of(sanctionsFr().id()), idSetOf(SearchQuery.of("").withFilter(SearchFacet.STORY, "story-9")));
        assertEquals(Set.of(defenceEn().id()), idSetOf(SearchQuery.of("").withFilter(SearchFacet.STORY, "story-1")));
    }

    @Test
    void writesAreSeenAtOnceAndSurviveAReopen() {
        Document extra = doc("en", "Harbour closed", "The harbour of Quellin closed at dawn.")
                .entity("vigie:quellin", "Quellin", EntityType.LOC, "Quellin").build();
        index.index(extra);
        assertTrue(index.contains(extra.id()), "seen before any commit");
        assertEquals(Set.of(extra.id()), idSet("Quellin"));
        index.delete(sanctionsFr().id());
        assertFalse(index.contains(sanctionsFr().id()));
        index.close();
        index = LuceneSearchIndex.open(dir);
        assertEquals(Set.of(extra.id()), idSet("Quellin"));
        assertEquals(6, index.size());
        assertEquals(idsOf(meetingFr(), defenceEn(), talksEn(), talksDe(), portFr(), extra), index.ids());
    }

    /**
     * The files on disk at any instant are what a crash leaves: a copy taken while uncommitted writes were flushed
     * must open at the last commit, whole.
     */
    @Test
    void aCrashMidWriteLeavesTheLastCommitReadable() throws IOException {
        index.commit();
        for (int i = 0; i < 200; i++) {
            index.index(doc("en", "Bulletin " + i, "Uncommitted bulletin number " + i + " about Quellin.").build());
        }
        assertTrue(index.contains(doc("en", "Bulletin 0", "Uncommitted bulletin number 0 about Quellin.").build().id()),
                "the search refresh flushed the uncommitted documents to new files");
        Path crashed = dir.resolve("crashed");
        Path folder = dir.resolve(LuceneSearchIndex.FOLDER);
        Files.createDirectories(crashed.resolve(LuceneSearchIndex.FOLDER));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, crashed.resolve(LuceneSearchIndex.FOLDER).resolve(f.getFileName()));
            }
        }
        try (LuceneSearchIndex recovered = LuceneSearchIndex.open(crashed)) {
            assertEquals(6, recovered.size(), "the committed documents, and only those");
            assertEquals(3, recovered.search(SearchQuery.of("Aalstad")).total());
            assertEquals(0, recovered.search(SearchQuery.of("bulletin")).total());
        }
    }

    @Test
    void anEmptyIndexAnswersWithNothing() {
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("empty"));
        SearchResult r = index.search(SearchQuery.of("Aalstad"));
        assertEquals(0, r.total());
        assertEquals(List.of(), r.hits());
        assertTrue(r.facets().isEmpty());
        assertEquals(0, index.search(SearchQuery.of("")).total());
        assertEquals(Set.of(), index.ids());
    }

    @Test
    void queryTextThatIsNotSyntaxIsSearchedAsWords() {
        for (String hostile : List.of("title:<script>alert(1)</script>", "*:*", "a~2^3 [x TO y] {z} \\ / ! ?", "Jean-Pierre",
                "Paris - Berlin", "'; DROP TABLE documents; --", "\u0000\u001f\uFFFF", "\uD83D\uDE00 emoji", "+ - ++ --",
                "AND-OR", "NOTaword", "\"\"", "a OR \"\"", "OTBC*", "id:" + sanctionsFr().id())) {
            assertDoesNotThrow(() -> index.search(SearchQuery.of(hostile)), hostile);
        }
        assertEquals(idsOf(sanctionsFr()), idSet("<OTBC>"), "markup characters are neither syntax nor words");
        assertEquals(idsOf(sanctionsFr()), idSet("«OTBC»,"));
        assertEquals(Set.of(), idSet("!!!"), "a query of punctuation finds nothing rather than everything");
    }

    @Test
    void queryTextWithBadSyntaxIsAClearError() {
        Map<String, String> cases = Map.of(
                "\"sanctions économiques", "quote at position 1 is not closed",
                "(Aalstad OR Velmar", "'(' at position 1 is not closed",
                "Aalstad)", "')' at position 8 has no matching '('",
                "AND Aalstad", "AND at position 1 has nothing before it",
                "Aalstad OR", "OR at position 9 has nothing after it",
                "Aalstad NOT", "NOT at position 9 has nothing after it",
                "()", "parentheses before position 2 are empty");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            SearchQueryException e = assertThrows(SearchQueryException.class, () -> index.search(SearchQuery.of(c.getKey())), c.getKey());
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + " → " + e.getMessage());
        }
        String deep = "(".repeat(QuerySyntax.MAX_DEPTH + 1) + "a" + ")".repeat(QuerySyntax.MAX_DEPTH + 1);
        assertThrows(SearchQueryException.class, () -> index.search(SearchQuery.of(deep)));
        String many = "mot ".repeat(QuerySyntax.MAX_TERMS + 1);
        SearchQueryException e = assertThrows(SearchQueryException.class, () -> index.search(SearchQuery.of(many)));
        assertTrue(e.getMessage().contains("more than " + QuerySyntax.MAX_TERMS + " words"), e.getMessage());
    }
}
