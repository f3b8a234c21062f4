package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class SchedulerTest {
    @TempDir
    Path dir;

    @Test
    void theBackgroundSchedulerPollsDueSourcesUntilStopped() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), "The northern harbour reopened on Tuesday.");
        Files.setLastModifiedTime(inbox.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        try (Harness h = new Harness(dir, MonitorOptions.defaults().withFolderSettle(Duration.ZERO))) {
            h.monitor.addSource(new Source("inbox", SourceKind.FOLDER, inbox.toString(), null, Duration.ofSeconds(1), true));
            h.monitor.start(Duration.ofMillis(20));
            assertThrows(IllegalStateException.class, () -> h.monitor.start(Duration.ofMillis(20)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (h.store.stats().documents() < 1 && System.nanoTime() < deadline) Thread.sleep(20);
            h.monitor.stop();
            assertEquals(1, h.store.stats().documents());
            assertTrue(h.monitor.health("inbox").orElseThrow().polls() >= 1);
        }
    }
}
