package org.vigie.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.stories.*;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the stories of every database store must do, whatever keeps the data: a backend's test extends this class with
 * its backend's {@link StoreFixture}.
 */
public abstract class StoryStoreContract<F extends StoreFixture> extends StoreContract<F> {
    static final String SEIZURE = "Customs officers in Port Velden seized 300 crates of rifles from the freighter Nordlys on Tuesday and arrested its captain.\n"
            + "The crates were hidden under sacks of grain bound for Belmark, the interior ministry said.\n"
            + "Interior Minister Harald Ness called it the largest seizure of weapons in the harbour for a decade.";
    static final String SEIZURE_REPORT = "Ostrian customs found rifles hidden in grain aboard the freighter Nordlys in Port Velden on Tuesday.\n"
            + "Minister Harald Ness said the captain of the Nordlys had been arrested and the crates of rifles seized.";
    static final String FLOOD = "Heavy rain flooded the old town of Lindholm overnight and hundreds of residents were moved to schools.\n"
            + "The river rose by three metres and the mayor of Lindholm asked for pumps and volunteers.";

    protected StoryStore stories;

    protected StoryStoreContract(F fixture) {
        super(fixture);
    }

    @BeforeEach
    void openStories() {
        stories = StoryStore.of(store);
    }

    static Document doc(String text, String title, String date) {
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en")))
                .put(LayerKind.TITLE, List.of(new Title(title, null)))
                .put(LayerKind.PUBLISHED, List.of(new Published(date, null, Published.Method.METADATA)))
                .build());
    }

    /** Assigns and stores, the way ingestion does. */
    static Assignment ingest(StoryAssigner assigner, StoryStore stories, Document analysed) {
        StoryAssigner.Result r = assigner.assign(analysed);
        assertTrue(stories.put(r.document(), TestDocuments.bytes(analysed), r.assignment()));
        return r.assignment();
    }

    private long query(String sql) throws SQLException {
        return sql().number(sql);
    }

    @Test
    void aDocumentIsStoredWithItsStoryAndItsChain() throws SQLException {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Document original = doc(SEIZURE, "Rifles seized on freighter", "2025-05-06");
        Assignment a = ingest(assigner, stories, original);
        Assignment copy = ingest(assigner, stories, doc("Home | World\n" + SEIZURE + "\nShare this", "Rifles seized on freighter", "2025-05-06"));
        Assignment flood = ingest(assigner, stories, doc(FLOOD, "Floods in Lindholm", "2025-05-06"));
        assertEquals(a.storyId(), copy.storyId());
        assertEquals(2, stories.count());
        assertEquals(Relation.ORIGINAL, stories.membership(original.id()).orElseThrow().relation(), "updated when the copy arrived");
        assertEquals(original.id(), stories.membership(copy.documentId()).orElseThrow().of());
        assertEquals(List.of(original.id(), copy.documentId()), stories.members(a.storyId()).stream().map(Membership::documentId).toList());
        StoryStore.Listing listing = stories.story(a.storyId()).orElseThrow();
        assertEquals("Rifles seized on freighter", listing.title());
        assertEquals(2, listing.story().documents());
        assertEquals(1, listing.story().independentSources());
        assertEquals(a.storyId(), store.get(original.id()).orElseThrow().story().orElseThrow());
        assertEquals(2, query("SELECT COUNT(DISTINCT story) FROM documents"));
        assertEquals(flood.storyId(), stories.stories(StoryStore.Order.SOURCES, 0, 10).stream()
                .filter(l -> l.title().equals("Floods in Lindholm")).findFirst().orElseThrow().story().id());
    }

    @Test
    void reopeningRestoresTheIndexFromStoredFingerprints() {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Assignment first = ingest(assigner, stories, doc(SEIZURE, "Rifles seized", "2025-05-06"));
        ingest(assigner, stories, doc(FLOOD, "Floods", "2025-05-06"));
        store.close();
        store = openStore();
        stories = StoryStore.of(store);
        List<String> phases = new ArrayList<>();
        StoryIndex restored = stories.loadIndex(StoryIndex.Options.defaults(), (phase, done, total) -> phases.add(phase + " " + done + "/" + total));
        assertEquals(2, restored.size());
        assertEquals(List.of("restoring stories 2/2"), phases, "nothing had to be analysed again");
        Assignment report = new StoryAssigner(restored).assign(doc(SEIZURE_REPORT, "Rifles found in grain", "2025-05-06")).assignment();
        assertEquals(first.storyId(), report.storyId());
    }

    @Test
    void storedDocumentsWithoutStoriesAreAssignedWhenTheIndexIsLoaded() throws SQLException {
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06"), b = doc(SEIZURE_REPORT, "Rifles found", "2025-05-06");
        store.put(a, TestDocuments.bytes(a));
        store.put(b, TestDocuments.bytes(b));
        StoryIndex readOnly = stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE, false);
        assertEquals(2, readOnly.size());
        assertEquals(0, query("SELECT COUNT(*) FROM story_members"), "nothing written when asked not to");
        StoryIndex index = stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE);
        assertEquals(2, index.size());
        assertEquals(2, query("SELECT COUNT(*) FROM story_members"));
        assertEquals(stories.membership(a.id()).orElseThrow().storyId(), stories.membership(b.id()).orElseThrow().storyId());
        assertEquals(1, stories.count());
    }

    @Test
    void aMergeMovesTheStoredMembersAndRetiresTheStory() throws SQLException {
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06"), b = doc(FLOOD, "Floods", "2025-05-06"), c = doc(SEIZURE_REPORT, "Rifles found", "2025-05-06");
        Fingerprint fa = Fingerprint.of(a), fb = Fingerprint.of(b), fc = Fingerprint.of(c);
        Story one = new Story("story-one", 1, "2025-05-06", "2025-05-06", List.of("en"), 1, 1, a.id());
        Story two = new Story("story-two", 1, "2025-05-06", "2025-05-06", List.of("en"), 1, 1, b.id());
        assertTrue(stories.put(a, TestDocuments.bytes(a), new Assignment(new Membership(a.id(), "story-one", Relation.REPORT, null, 0),
                List.of(), List.of(one), List.of(), fa)));
        assertTrue(stories.put(b, TestDocuments.bytes(b), new Assignment(new Membership(b.id(), "story-two", Relation.REPORT, null, 0),
                List.of(), List.of(two), List.of(), fb)));
        Story merged = new Story("story-one", 3, "2025-05-06", "2025-05-06", List.of("en"), 2, 2, a.id());
        Membership moved = new Membership(b.id(), "story-one", Relation.COPY, c.id(), 0.9);
        assertTrue(stories.put(c, TestDocuments.bytes(c), new Assignment(new Membership(c.id(), "story-one", Relation.ORIGINAL, null, 1.2),
                List.of(moved), List.of(merged), List.of("story-two"), fc)));
        assertEquals(1, stories.count());
        assertTrue(stories.story("story-two").isEmpty());
        assertEquals(moved, stories.membership(b.id()).orElseThrow());
        assertEquals(3, stories.story("story-one").orElseThrow().story().documents());
        assertEquals(0, query("SELECT COUNT(*) FROM documents WHERE story = 'story-two'"), "the documents table follows");
        assertEquals("story-one", stories.mergedInto("story-two").orElseThrow(), "links to the merged story still lead somewhere");
        assertTrue(stories.mergedInto("story-one").isEmpty());
    }

    @Test
    void aDocumentAlreadyStoredIsNotStoredTwice() throws SQLException {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06");
        ingest(assigner, stories, a);
        StoryAssigner.Result again = assigner.assign(a);
        assertFalse(stories.put(again.document(), TestDocuments.bytes(a), again.assignment()));
        assertEquals(1, query("SELECT COUNT(*) FROM story_members"));
    }

    @Test
    void assignAndPutStoresOnceAndKeepsTheStoryLayer() {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06");
        StoryAssigner.Result r = stories.assignAndPut(assigner, a, TestDocuments.bytes(a)).orElseThrow();
        assertEquals(r.assignment().storyId(), store.get(a.id()).orElseThrow().story().orElseThrow());
        assertTrue(stories.assignAndPut(assigner, a, TestDocuments.bytes(a)).isEmpty(), "already stored");
        assertEquals(1, assigner.index().size(), "and not added to the index twice");
    }

    @Test
    void anAssignmentForAnotherDocumentIsRefused() {
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06"), b = doc(FLOOD, "Floods", "2025-05-06");
        Assignment forB = new StoryIndex().add(Fingerprint.of(b));
        assertThrows(IllegalArgumentException.class, () -> stories.put(a, TestDocuments.bytes(a), forB));
    }

    @Test
    void storiesAreRankedByIndependentSourcesOrByRecency() {
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06"), b = doc(FLOOD, "Floods", "2025-05-09");
        stories.put(a, TestDocuments.bytes(a), new Assignment(new Membership(a.id(), "story-many", Relation.REPORT, null, 0), List.of(),
                List.of(new Story("story-many", 5, "2025-05-01", "2025-05-06", List.of("en"), 3, 3, a.id())), List.of(), Fingerprint.of(a)));
        stories.put(b, TestDocuments.bytes(b), new Assignment(new Membership(b.id(), "story-new", Relation.REPORT, null, 0), List.of(),
                List.of(new Story("story-new", 1, "2025-05-09", "2025-05-09", List.of("en"), 1, 1, b.id())), List.of(), Fingerprint.of(b)));
        Document c = doc(SEIZURE_REPORT, "Rifles found", "2025-05-07");
        stories.put(c, TestDocuments.bytes(c), new Assignment(new Membership(c.id(), "story-undated", Relation.REPORT, null, 0), List.of(),
                List.of(new Story("story-undated", 1, null, null, List.of(), 1, 1, c.id())), List.of(), Fingerprint.of(c)));
        assertEquals(List.of("story-many", "story-new", "story-undated"), ids(stories.stories(StoryStore.Order.SOURCES, 0, 10)),
                "a story without dates comes after the dated ones with as many sources");
        assertEquals(List.of("story-new", "story-many", "story-undated"), ids(stories.stories(StoryStore.Order.RECENT, 0, 10)));
        assertEquals(List.of("story-new"), ids(stories.stories(StoryStore.Order.SOURCES, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> stories.stories(StoryStore.Order.SOURCES, -1, 10));
    }

    @Test
    void theStoriesOfTheDayAreThoseThatGrewMostThatDay() {
        Document old1 = doc(SEIZURE, "Rifles seized", "2025-05-05"), old2 = doc(FLOOD, "Floods", "2025-05-05");
        Document today1 = doc(SEIZURE_REPORT, "Rifles found", "2025-05-06"), today2 = doc(FLOOD + "\nMore rain.", "More floods", "2025-05-06T08:00:00Z");
        Document today3 = doc("Home | News\n" + FLOOD, "Floods again", "2025-05-06");
        Story seizure = new Story("story-seizure", 2, "2025-05-05", "2025-05-06", List.of("en"), 2, 2, old1.id());
        Story flood = new Story("story-flood", 3, "2025-05-05", "2025-05-06", List.of("en"), 1, 1, old2.id());
        for (Document d : List.of(old1, today1)) putIn(d, seizure);
        for (Document d : List.of(old2, today2, today3)) putIn(d, flood);
        assertEquals("2025-05-06", stories.latestDay(java.time.LocalDate.parse("2026-01-01")).orElseThrow(),
                "a publication time counts by its day");
        assertEquals("2025-05-05", stories.latestDay(java.time.LocalDate.parse("2025-05-05")).orElseThrow(), "no later than asked");
        List<StoryStore.DayListing> day = stories.ofTheDay("2025-05-06", 0, 10);
        assertEquals(List.of("story-flood", "story-seizure"), day.stream().map(l -> l.listing().story().id()).toList(),
                "two documents that day before one, though it has fewer independent sources");
        assertEquals(List.of(2, 1), day.stream().map(StoryStore.DayListing::documentsThatDay).toList());
        assertEquals("Floods", day.get(0).listing().title());
        assertEquals(2, stories.countOfTheDay("2025-05-06"));
        assertEquals(List.of(1, 1), stories.ofTheDay("2025-05-05", 0, 10).stream().map(StoryStore.DayListing::documentsThatDay).toList());
        assertEquals(List.of("story-seizure"), stories.ofTheDay("2025-05-06", 1, 10).stream().map(l -> l.listing().story().id()).toList());
        assertEquals(List.of(), stories.ofTheDay("2025-05-07", 0, 10));
        assertEquals(0, stories.countOfTheDay("2025-05-07"));
    }

    @Test
    void aStoreWithoutStoriesHasNoLatestDay() {
        assertTrue(stories.latestDay(java.time.LocalDate.parse("2026-01-01")).isEmpty());
    }

    private void putIn(Document d, Story s) {
        assertTrue(stories.put(d, TestDocuments.bytes(d), new Assignment(new Membership(d.id(), s.id(), Relation.REPORT, null, 0),
                List.of(), List.of(s), List.of(), Fingerprint.of(d))));
    }

    private static List<String> ids(List<StoryStore.Listing> l) {
        return l.stream().map(x -> x.story().id()).toList();
    }

    @Test
    void aDamagedFingerprintIsComputedAgainFromTheStoredRecord() throws SQLException {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Document a = doc(SEIZURE, "Rifles seized", "2025-05-06");
        ingest(assigner, stories, a);
        sql().execute("UPDATE story_members SET fingerprint = " + sql().bytesLiteral("0102"));
        StoryIndex index = stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE);
        assertEquals(1, index.size());
        assertTrue(index.storyOf(a.id()).isPresent());
        assertTrue(query("SELECT LENGTH(fingerprint) FROM story_members") > 2, "the fingerprint was written again");
    }

    @Test
    void theSummaryIsComputedFromTheStoredRecords() {
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Assignment a = ingest(assigner, stories, doc(SEIZURE, "Rifles seized on freighter", "2025-05-06"));
        ingest(assigner, stories, doc(SEIZURE_REPORT, "Rifles found in grain", "2025-05-06"));
        StorySummary s = stories.summary(a.storyId(), 100).orElseThrow();
        assertEquals(2, s.documents());
        assertEquals("2025-05-06", s.firstDate());
        assertTrue(stories.summary("story-none", 100).isEmpty());
        assertEquals(1, stories.summary(a.storyId(), 1).orElseThrow().documents(), "at most the documents asked for are read");
    }
}
