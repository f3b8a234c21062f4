package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Documents stored outside the monitor's sources (upload page, ingest API) still go through the watchlists. */
class OutsideIngestTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentIngestedOutsideTheSourcesRaisesTheWatchlistsAlertsOnce() throws Exception {
        try (Harness h = new Harness(dir)) {
            h.monitor.putWatchlist(new Watchlist("any", null, new Rule.AnyDocument(), Filters.NONE, null, true));
            AnalysingIngest ingest = new AnalysingIngest(h.store, TinyAnalysis.pipeline(), new StoryAssigner(new StoryIndex()));
            Document raw = Document.ofText("Norway says the talks will go on next week.\n");
            Optional<Ingested> stored = ingest.ingest(raw, raw.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(stored.isPresent());
            List<Alert> raised = h.monitor.observe(stored.get());
            assertEquals(1, raised.size());
            assertEquals("any", raised.get(0).watchlistId());
            assertEquals(1, h.monitor.alertCount("any"));
            assertTrue(ingest.ingest(raw, new byte[0]).isEmpty(), "the same text is not stored twice, so it cannot alert twice");
        }
    }
}
