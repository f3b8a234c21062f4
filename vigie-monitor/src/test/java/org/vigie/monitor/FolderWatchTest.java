package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class FolderWatchTest {
    @TempDir
    Path dir;

    static Path drop(Path folder, String name, String content, Instant modified) throws Exception {
        Path f = folder.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void newAndChangedFilesAreIngestedOnceAndHalfWrittenOnesWait() throws Exception {
        Path inbox = dir.resolve("inbox");
        Instant old = Instant.now().minusSeconds(3600);
        drop(inbox, "a.html", "<html><head><title>A</title></head><body>Harbour reopened on Tuesday.</body></html>", old);
        Path b = drop(inbox, "b.txt", "The bridge closed for repairs.", old);
        drop(inbox, ".partial.txt", "A hidden file being written.", old);
        drop(inbox, "sub/c.html", "<html><head><title>C</title></head><body>The ferry resumed service.</body></html>", old);
        try (Harness h = new Harness(dir, MonitorOptions.defaults().withFolderSettle(Duration.ofMinutes(5)))) {
            h.monitor.addSource(new Source("inbox", SourceKind.FOLDER, inbox.toString(), null, Duration.ofMinutes(1), true));
            PollReport first = h.monitor.pollDue().get(0);
            assertEquals(3, first.newDocuments());
            assertEquals(3, h.reads.get());

            h.time.advance(Duration.ofMinutes(1));
            assertEquals(0, h.monitor.pollDue().get(0).newDocuments());
            assertEquals(3, h.reads.get(), "known files are not read again");

            drop(inbox, "d.html", "<html><head><title>A</title></head><body>Harbour reopened on Tuesday.</body></html>", old);
            drop(inbox, "e.txt", "Written a moment ago and maybe not finished.", Instant.now());
            Files.writeString(b, "The bridge reopened after repairs.");
            Files.setLastModifiedTime(b, FileTime.from(old.plusSeconds(60)));
            h.time.advance(Duration.ofMinutes(1));
            PollReport third = h.monitor.pollDue().get(0);
            assertEquals(1, third.newDocuments(), "the changed file only");
            assertEquals(1, third.duplicates(), "a copy under another name is recognised");
            assertTrue(third.deferred(), "a file changed within the settle time waits");
            assertEquals(4, h.store.stats().documents());
        }
    }

    @Test
    void aMissingFolderIsAFailingSourceNotACrash() throws Exception {
        try (Harness h = new Harness(dir)) {
            h.monitor.addSource(new Source("gone", SourceKind.FOLDER, dir.resolve("nope").toString(), null, Duration.ofMinutes(1), true));
            PollReport r = h.monitor.pollDue().get(0);
            assertEquals(PollReport.Status.FAILED, r.status());
            assertTrue(r.message().contains("no such folder"));
            assertEquals("failing", h.monitor.health("gone").orElseThrow().status());
        }
    }
}
