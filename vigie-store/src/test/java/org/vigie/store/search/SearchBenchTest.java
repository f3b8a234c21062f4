package org.vigie.store.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The benchmark's mechanics run in the default suite on a few hundred documents; the measurement itself is tagged
 * slow. Run it with: {@code mvn -pl vigie-store -am test -Dsurefire.excludedGroups=none -Dtest=SearchBenchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dvigie.bench.documents=100000}
 */
class SearchBenchTest {

    @Test
    void eachReplayedCopyHasItsOwnIdDateAndStory() {
        Document base = BenchCorpus.documents(1, 7).get(0);
        Document a = SearchBench.replay(base, 0, 1000, 1);
        Document b = SearchBench.replay(base, 999, 1000, 1);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(base.id(), a.id());
        assertEquals(base.text(), a.text());
        assertEquals(base.layer(LayerKind.ENTITIES), b.layer(LayerKind.ENTITIES));
        assertTrue(a.published().orElseThrow().value().startsWith("2020-01-01T00:00"), a.published().toString());
        assertTrue(b.published().orElseThrow().value().startsWith("2022-12-"), b.published().toString());
        assertNotEquals(a.story(), b.story());
    }

    @Test
    void theBenchmarkIndexesEveryCopyAndTimesEachKindOfQuery() {
        List<Document> docs = BenchCorpus.documents(50, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SearchBench.Report report = SearchBench.run(docs, 200, 1, 5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(200, report.documents());
        assertEquals(SearchBench.QueryMix.KINDS.size(), report.latencies().size());
        Set<String> kinds = new HashSet<>();
        for (SearchBench.Latency l : report.latencies()) {
            kinds.add(l.kind());
            assertEquals(5, l.queries());
            assertTrue(l.p50() <= l.p95() && l.p95() <= l.p99() && l.p99() <= l.max(), l.toString());
        }
        assertTrue(kinds.contains("text + entity"));
        assertTrue(report.latencies().stream().anyMatch(l -> l.meanHits() > 0), "the queries find something");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("docs/s"));
    }

    @Test
    void percentilesAreRanksInTheSortedTimes() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) sorted[i] = i + 1;
        assertEquals(50, SearchBench.percentile(sorted, 50));
        assertEquals(95, SearchBench.percentile(sorted, 95));
        assertEquals(1, SearchBench.percentile(new double[] {1}, 99));
    }

    @Test
    @Tag("slow")
    void measureOnASyntheticCorpus() {
        int total = Integer.getInteger("vigie.bench.documents", 100_000);
        List<Document> docs = BenchCorpus.documents(Math.min(total, 5000), 2024);
        SearchBench.Report report = SearchBench.run(docs, total, System.out);
        assertEquals(total, report.documents());
    }
}
