package org.vigie.monitor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Published;
import org.vigie.stories.Relation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Story windows over publication times: documents arriving together are not news together, and the reverse. */
class PublicationWindowsTest {
    static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

    @TempDir
    Path dir;
    MonitorDb db;
    WatchlistEvaluator evaluator;
    int counter;

    @BeforeEach
    void open() {
        db = MonitorDb.open(dir);
        evaluator = new WatchlistEvaluator(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Document published(String text, String value) {
        Document doc = Document.ofText(text);
        return value == null ? doc : doc.with(Layers.of(LayerKind.PUBLISHED, List.of(new Published(value, null, Published.Method.METADATA))));
    }

    /** Records a report as the intake does (story source at its publication time) and evaluates it. */
    List<Draft> report(Watchlist wl, String story, String publisher, Instant arrival, String publishedValue) {
        Document doc = published("Report " + (++counter) + " of " + story + " by " + publisher, publishedValue);
        Ingested in = new Ingested(doc, story, Relation.REPORT);
        Instant time = PublicationTime.of(doc, arrival);
        boolean added = db.addStorySource(story, publisher, time.toEpochMilli(), doc.id());
        List<Draft> drafts = evaluator.evaluate(wl, new Observation(in, null, publisher, null, arrival, time, added));
        return drafts.stream().filter(d -> db.addAlert(d.dedupe(), wl.id(), d.storyId(), d.dedupe(), arrival.toEpochMilli(), "{}", "none")).toList();
    }

    static Watchlist fiveInTwoHours() {
        return new Watchlist("five", null, new Rule.StorySources(5, Duration.ofHours(2)), Filters.NONE, null, true);
    }

    @Test
    void thePublicationTimeIsUsedAndNeverLaterThanTheArrival() {
        assertEquals(Instant.parse("2025-06-10T09:30:00Z"), PublicationTime.of(published("a", "2025-06-10T11:30:00+02:00"), NOW));
        assertEquals(NOW, PublicationTime.of(published("b", "2025-06-13T08:00:00Z"), NOW), "three days ahead: clamped");
        assertEquals(NOW, PublicationTime.of(published("c", "2025-06-10T12:30:00Z"), NOW), "half an hour ahead: clamped");
        assertEquals(NOW, PublicationTime.of(published("d", "not a date"), NOW), "unreadable: arrival");
        assertEquals(NOW, PublicationTime.of(published("e", null), NOW), "unknown: arrival");
        assertEquals(Instant.parse("2025-06-08T23:59:59.999Z"), PublicationTime.of(published("f", "2025-06-08"), NOW),
                "a bare date counts as the end of its day");
        assertEquals(NOW, PublicationTime.of(published("g", "2025-06-10"), NOW), "today's date: arrival");
        assertEquals(Instant.parse("2025-06-10T07:00:00Z"), PublicationTime.of(published("h", "2025-06-10T07:00:00"), NOW),
                "no offset: UTC");
        Document fromMetadata = Document.ofText("i").withMetadata(new Metadata(null, null, "2025-06-09T10:00:00Z", null, null, null, null, null, List.of()));
        assertEquals(Instant.parse("2025-06-09T10:00:00Z"), PublicationTime.of(fromMetadata, NOW), "page metadata when there is no layer");
    }

    @Test
    void documentsArrivingTogetherButPublishedDaysApartAreNotFiveWithinTwoHours() {
        Watchlist wl = fiveInTwoHours();
        for (int i = 0; i < 6; i++) {
            Instant arrival = NOW.plusSeconds(i);
            String published = NOW.minus(Duration.ofHours(10L * i)).toString();
            assertEquals(List.of(), report(wl, "old", "site" + i, arrival, published), "report " + i);
        }
    }

    @Test
    void documentsPublishedWithinTwoHoursCountEvenIfTheyArriveInAnyOrderOverADay() {
        Watchlist wl = fiveInTwoHours();
        // the latest-published arrives first, the earliest last; arrivals spread over twenty hours
        int[] minutes = {100, 80, 60, 20, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), report(wl, "late", "site" + i, NOW.plus(Duration.ofHours(5L * i)),
                    NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(minutes[i])).toString()));
        }
        List<Draft> fifth = report(wl, "late", "site4", NOW.plus(Duration.ofHours(20)), NOW.minus(Duration.ofDays(1)).toString());
        assertEquals(1, fifth.size());
        assertEquals(5, fifth.get(0).evidence().size());
    }

    @Test
    void aFutureDatedDocumentCountsAtItsArrivalAndCannotOpenAWindowAhead() {
        Watchlist wl = fiveInTwoHours();
        // four sources within the last hour, then one claiming to be from next week
        for (int i = 0; i < 4; i++) report(wl, "future", "site" + i, NOW.plus(Duration.ofMinutes(10L * i)), null);
        List<Draft> fifth = report(wl, "future", "site4", NOW.plus(Duration.ofMinutes(45)), NOW.plus(Duration.ofDays(7)).toString());
        assertEquals(1, fifth.size(), "clamped to its arrival, it joins the others");
        assertTrue(db.storySources("future").stream().allMatch(s -> s.firstMs() <= NOW.plus(Duration.ofMinutes(45)).toEpochMilli()));
    }

    @Test
    void anOldDocumentDoesNotMakeASteadyStoryLookBreaking() {
        Watchlist wl = new Watchlist("breaking", null, Rule.Breaking.defaults(), Filters.NONE, null, true);
        Instant start = NOW.minus(Duration.ofHours(12));
        int site = 0;
        // an item dated years before, then one source an hour for ten hours
        assertEquals(List.of(), report(wl, "steady", "archive", start, "2019-03-01T10:00:00Z"));
        for (int h = 0; h < 10; h++) {
            Instant t = start.plus(Duration.ofHours(h));
            assertEquals(List.of(), report(wl, "steady", "site" + (++site), t, t.toString()), "hour " + h);
        }
        // three in the next hour is about three times the usual one an hour, not quite a burst, the ancient item
        // notwithstanding (it would stretch the story's history to six years and its usual rate to nothing)
        for (int m = 10; m <= 30; m += 10) {
            Instant t = start.plus(Duration.ofMinutes(600 + m));
            assertEquals(List.of(), report(wl, "steady", "site" + (++site), t, t.toString()), "minute " + m);
        }
        Instant t = start.plus(Duration.ofMinutes(640));
        assertEquals(1, report(wl, "steady", "site" + (++site), t, t.toString()).size(), "four in an hour is");
    }

    @Test
    void aBurstOfOldNewsArrivingNowIsNotBreakingNow() {
        Watchlist wl = new Watchlist("breaking", null, Rule.Breaking.defaults(), Filters.NONE, null, true);
        // five reports arrive within a minute, published a day apart each
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of(), report(wl, "replay", "site" + i, NOW.plusSeconds(10L * i), NOW.minus(Duration.ofDays(i + 1)).toString()));
        }
    }

    @Test
    void theMonitorRecordsAStorysSourcesAtTheirPublicationTimes() {
        try (Harness h = new Harness(dir.resolve("monitor"))) {
            h.monitor.putWatchlist(new Watchlist("three", null, new Rule.StorySources(3, Duration.ofHours(2)), Filters.NONE, null, true));
            Instant now = h.time.instant();
            List<Alert> raised = new java.util.ArrayList<>();
            // three sites at once, publishing a week apart each: a story, but not three sources within two hours
            for (int i = 0; i < 3; i++) {
                Document doc = published("Old report " + i, now.minus(Duration.ofDays(7L * i)).toString())
                        .withMetadata(new Metadata(null, null, null, null, "https://site" + i + ".example/a", null, null, null, List.of()));
                raised.addAll(h.monitor.observe(new Ingested(doc, "archive-story", Relation.REPORT)));
            }
            assertEquals(List.of(), raised);
            // without dates the same three arrivals are three sources within two hours
            for (int i = 0; i < 3; i++) {
                Document doc = Document.ofText("New report " + i)
                        .withMetadata(new Metadata(null, null, null, null, "https://site" + i + ".example/b", null, null, null, List.of()));
                raised.addAll(h.monitor.observe(new Ingested(doc, "live-story", Relation.REPORT)));
            }
            assertEquals(1, raised.size());
            assertEquals("live-story", raised.get(0).storyId());
        }
    }

    @Test
    void densestFindsTheFullestWindowThatHoldsTheNewSource() {
        List<MonitorDb.StorySource> s = List.of(src("a", 0), src("b", 10), src("c", 50), src("d", 60), src("e", 65), src("f", 200));
        assertEquals(List.of("c", "d", "e"), keys(WatchlistEvaluator.densest(s, 50, 15, true)));
        assertEquals(List.of("a", "b"), keys(WatchlistEvaluator.densest(s, 10, 40, true)), "a tie goes to the earliest");
        List<MonitorDb.StorySource> edge = List.of(src("x", 0), src("y", 40));
        assertEquals(List.of("x", "y"), keys(WatchlistEvaluator.densest(edge, 40, 40, true)));
        assertEquals(List.of("y"), keys(WatchlistEvaluator.densest(edge, 40, 40, false)));
        assertEquals(List.of("f"), keys(WatchlistEvaluator.densest(s, 200, 60, false)));
    }

    static MonitorDb.StorySource src(String key, long ms) {
        return new MonitorDb.StorySource(key, ms, "doc-" + key);
    }

    static List<String> keys(List<MonitorDb.StorySource> l) {
        return l.stream().map(MonitorDb.StorySource::sourceKey).toList();
    }
}
