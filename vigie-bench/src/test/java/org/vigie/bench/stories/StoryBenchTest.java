package org.vigie.bench.stories;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The benchmark itself, on a small scale; run with {@code -Dsurefire.excludedGroups=none} or {@code -Peval}. */
@Tag("slow")
class StoryBenchTest {
    @Test
    void theCurveHasOnePointPerSizeAndReplaysFormStoriesPerGeneration() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<StoryBench.Point> points = StoryBench.run(List.of(ReplayTest.analysed()), new int[]{200, 2000},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(2, points.size());
        assertEquals(2000, points.get(1).documents());
        assertTrue(points.get(1).stories() > 100, "each generation tells a new event: " + points.get(1).stories());
        assertTrue(points.get(1).heapBytes() > 0);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("p95 ms"));
    }
}
