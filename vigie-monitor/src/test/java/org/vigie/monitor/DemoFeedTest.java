package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class DemoFeedTest {
    @TempDir
    Path dir;

    @Test
    void theDemoFeedGrowsAndTheMonitorKeepsUp() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Harbour reopens\n\nThe northern harbour reopened on Tuesday.");
        Files.writeString(corpus.resolve("b.txt"), "Bridge closes\n\nThe old bridge closed for repairs on Wednesday.");
        Files.writeString(corpus.resolve("c.txt"), "Ferry resumes\n\nThe island ferry resumed service on Thursday.");
        Files.writeString(corpus.resolve("notes.md"), "not an article");
        VirtualTime time = new VirtualTime();
        try (DemoFeed feed = DemoFeed.start(corpus, 0, 1, Duration.ofMinutes(1), time)) {
            SourcesConfig config = SourcesFile.parse(feed.sourcesJson(Duration.ofSeconds(30)), null);
            MonitorOptions options = config.settings().applyTo(MonitorOptions.defaults()).withTime(time, time::sleep);
            assertTrue(options.fetch().addresses().allowLoopback(), "the demo file allows loopback explicitly");
            try (var store = org.vigie.store.DocumentStore.open(dir.resolve("data"));
                 Monitor m = Monitor.open(dir.resolve("data"), options, TinyAnalysis::read,
                         new AnalysingIngest(store, TinyAnalysis.pipeline(), new org.vigie.stories.StoryAssigner(new org.vigie.stories.StoryIndex())))) {
                m.apply(config);
                assertEquals(1, m.pollDue().get(0).newDocuments());
                time.advance(Duration.ofSeconds(30));
                assertEquals(PollReport.Status.NOT_MODIFIED, m.pollDue().get(0).status());
                time.advance(Duration.ofMinutes(2));
                assertEquals(2, m.pollDue().get(0).newDocuments());
                assertEquals(3, store.stats().documents());
                assertEquals(3, m.watchlists().size());
            }
        }
    }
}
