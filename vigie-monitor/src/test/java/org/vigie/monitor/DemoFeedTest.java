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

    @Test
    void articlesOfACollectedFolderAreServedAsLastChangedWhenCollectedAndTheMonitorDatesThemSo() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve(org.vigie.ingest.Collection.FILE_NAME), "collected=2025-04-07\n");
        Files.writeString(corpus.resolve("a.txt"), "Harbour reopens\n\nTESVIK, March 3 - The northern harbour reopened.");
        VirtualTime time = new VirtualTime();
        java.util.List<String> retrieved = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.vigie.core.Annotator recorder = new org.vigie.core.Annotator() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public java.util.Set<org.vigie.core.LayerKind<?>> requires() {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<org.vigie.core.LayerKind<?>> produces() {
                return java.util.Set.of();
            }

            @Override
            public org.vigie.core.Layers annotate(org.vigie.core.Document doc) {
                retrieved.add(String.valueOf(doc.metadata().retrieved()));
                return org.vigie.core.Layers.builder().build();
            }
        };
        try (DemoFeed feed = DemoFeed.start(corpus, 0, 1, Duration.ofMinutes(1), time)) {
            SourcesConfig config = SourcesFile.parse(feed.sourcesJson(Duration.ofSeconds(30)), null);
            MonitorOptions options = config.settings().applyTo(MonitorOptions.defaults()).withTime(time, time::sleep);
            try (var store = org.vigie.store.DocumentStore.open(dir.resolve("data"));
                 Monitor m = Monitor.open(dir.resolve("data"), options, TinyAnalysis::read,
                         new AnalysingIngest(store, new org.vigie.core.Pipeline(java.util.List.of(recorder)),
                                 new org.vigie.stories.StoryAssigner(new org.vigie.stories.StoryIndex())))) {
                m.apply(config);
                assertEquals(1, m.pollDue().get(0).newDocuments());
            }
        }
        assertEquals(java.util.List.of("2025-04-07T00:00:00Z"), retrieved,
                "the page's Last-Modified, earlier than the fetch, bounds its publication date");
    }

    @Test
    void anHttpDateThatCannotBeReadIsIgnored() {
        assertNull(RemotePoller.httpDate("yesterday"));
        assertNull(RemotePoller.httpDate(null));
        assertEquals(java.time.Instant.parse("2031-04-07T10:00:00Z"), RemotePoller.httpDate("Mon, 07 Apr 2031 10:00:00 GMT"));
    }
}
