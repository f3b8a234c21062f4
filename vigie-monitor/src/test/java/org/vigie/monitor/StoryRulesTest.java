package org.vigie.monitor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.stories.Relation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StoryRulesTest {
    static final Instant T0 = Instant.parse("2025-06-03T08:00:00Z");

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

    /** A report of {@code story} by {@code publisher} seen at {@code at}, recorded as the intake would. */
    List<Draft> report(Watchlist wl, String story, String publisher, Duration at, Relation relation) {
        Document doc = Document.ofText("Report " + (++counter) + " of " + story + " by " + publisher);
        Instant when = T0.plus(at);
        Ingested in = new Ingested(doc, story, relation);
        boolean added = in.independent() && db.addStorySource(story, publisher, when.toEpochMilli(), doc.id());
        List<Draft> drafts = evaluator.evaluate(wl, new Observation(in, null, publisher, null, when, when, added));
        // what Watchlists does with a draft: keep it unless it repeats one
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            if (db.addAlert(d.dedupe(), wl.id(), d.storyId(), d.dedupe(), when.toEpochMilli(), "{}", "none")) kept.add(d);
        }
        return kept;
    }

    static Watchlist fiveInTwoHours() {
        return new Watchlist("five", null, new Rule.StorySources(5, Duration.ofHours(2)), Filters.NONE, null, true);
    }

    @Test
    void fiveIndependentSourcesWithinTheWindowRaiseOneAlert() {
        Watchlist wl = fiveInTwoHours();
        for (int i = 1; i <= 4; i++) assertEquals(List.of(), report(wl, "s1", "site" + i, Duration.ofMinutes(10L * i), Relation.REPORT));
        List<Draft> fifth = report(wl, "s1", "site5", Duration.ofMinutes(50), Relation.REPORT);
        assertEquals(1, fifth.size());
        assertEquals(5, fifth.get(0).evidence().size(), "the evidence lists the story's sources");
        assertEquals(List.of(), report(wl, "s1", "site6", Duration.ofMinutes(55), Relation.REPORT), "once per story");
    }

    @Test
    void sourcesSpreadBeyondTheWindowDoNotCount() {
        Watchlist wl = fiveInTwoHours();
        for (int i = 1; i <= 4; i++) report(wl, "s2", "site" + i, Duration.ofMinutes(10L * i), Relation.REPORT);
        assertEquals(List.of(), report(wl, "s2", "site5", Duration.ofMinutes(135), Relation.REPORT));
        assertEquals(List.of(), report(wl, "s2", "site6", Duration.ofMinutes(155), Relation.REPORT));
    }

    @Test
    void copiesAndRepeatsOfOnePublisherAreNotIndependentSources() {
        Watchlist wl = fiveInTwoHours();
        report(wl, "s3", "wire", Duration.ZERO, Relation.ORIGINAL);
        for (int i = 1; i <= 6; i++) assertEquals(List.of(), report(wl, "s3", "aggregator" + i, Duration.ofMinutes(i), Relation.COPY));
        for (int i = 1; i <= 3; i++) assertEquals(List.of(), report(wl, "s3", "wire", Duration.ofMinutes(10 + i), Relation.REPORT));
        assertEquals(1, db.storySources("s3").size());
    }

    @Test
    void aStoryGrowingAtItsUsualPaceIsNotBreakingButABurstIs() {
        Watchlist wl = new Watchlist("breaking", null, Rule.Breaking.defaults(), Filters.NONE, null, true);
        int site = 0;
        for (int h = 0; h < 10; h++) {
            assertEquals(List.of(), report(wl, "steady", "site" + (++site), Duration.ofHours(h), Relation.REPORT), "hour " + h);
        }
        // three in the next hour: about three times the usual one an hour, but not quite
        assertEquals(List.of(), report(wl, "steady", "site" + (++site), Duration.ofMinutes(600 + 10), Relation.REPORT));
        assertEquals(List.of(), report(wl, "steady", "site" + (++site), Duration.ofMinutes(600 + 20), Relation.REPORT));
        assertEquals(List.of(), report(wl, "steady", "site" + (++site), Duration.ofMinutes(600 + 30), Relation.REPORT));
        List<Draft> burst = report(wl, "steady", "site" + (++site), Duration.ofMinutes(600 + 40), Relation.REPORT);
        assertEquals(1, burst.size(), "four in an hour against about one an hour");
        assertEquals(List.of(), report(wl, "steady", "site" + (++site), Duration.ofMinutes(600 + 50), Relation.REPORT), "cooldown");
    }

    @Test
    void aNewStoryBreaksWithThreeSourcesInAnHourAndNotWithTwo() {
        Watchlist wl = new Watchlist("breaking", null, Rule.Breaking.defaults(), Filters.NONE, null, true);
        assertEquals(List.of(), report(wl, "new", "a", Duration.ZERO, Relation.ORIGINAL));
        assertEquals(List.of(), report(wl, "new", "b", Duration.ofMinutes(20), Relation.REPORT));
        assertEquals(List.of(), report(wl, "slow", "a", Duration.ZERO, Relation.ORIGINAL));
        assertEquals(List.of(), report(wl, "slow", "b", Duration.ofMinutes(50), Relation.REPORT));
        assertEquals(List.of(), report(wl, "slow", "c", Duration.ofMinutes(70), Relation.REPORT), "the first source is out of the window");
        assertEquals(1, report(wl, "new", "c", Duration.ofMinutes(40), Relation.REPORT).size());
    }
}
