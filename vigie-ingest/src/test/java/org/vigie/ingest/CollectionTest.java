package org.vigie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CollectionTest {
    @TempDir
    Path dir;

    private static CollectingSink read(IngestOptions options, Path... roots) {
        CollectingSink sink = new CollectingSink();
        new Ingestor(options).read(List.of(roots), sink);
        return sink;
    }

    private Path article(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void declare(Path folder, String content) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(Collection.FILE_NAME), content, StandardCharsets.UTF_8);
    }

    private static String retrievedOf(CollectingSink sink, String fileName) {
        return sink.docs.stream().filter(d -> d.input().path().endsWith(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no document from " + fileName)).metadata().retrieved();
    }

    @Test
    void aFolderDeclarationDatesEveryFileBelowItAndANestedOneWins() throws IOException {
        declare(dir, "# saved after the summit\ncollected=2031-04-07\n");
        article(dir, "a.txt", "Le port a rouvert.");
        article(dir.resolve("later"), "b.txt", "Le port a fermé.");
        declare(dir.resolve("later"), "collected=2031-05-02T08:00:00Z");
        CollectingSink sink = read(IngestOptions.defaults(), dir);
        assertTrue(sink.failures.isEmpty(), sink.failures.toString());
        assertEquals(2, sink.docs.size(), "the declaration file is not a document");
        assertEquals("2031-04-07", retrievedOf(sink, "a.txt"));
        assertEquals("2031-05-02T08:00:00Z", retrievedOf(sink, "b.txt"));
    }

    @Test
    void aSingleFileGetsTheDeclarationOfItsFolderOrOfAFolderAbove() throws IOException {
        declare(dir, "collected=2031-04-07");
        Path file = article(dir.resolve("x").resolve("y"), "a.txt", "Le port a rouvert.");
        assertEquals("2031-04-07", retrievedOf(read(IngestOptions.defaults(), file), "a.txt"));
    }

    @Test
    void theUsersDateOverridesAFolderDeclaration() throws IOException {
        declare(dir, "collected=2031-04-07");
        article(dir, "a.txt", "Le port a rouvert.");
        assertEquals("2030-01-15", retrievedOf(read(IngestOptions.defaults().withCollected("2030-01-15"), dir), "a.txt"));
    }

    @Test
    void withoutADeclarationDocumentsHaveNoRetrievalDate() throws IOException {
        article(dir, "a.txt", "Le port a rouvert.");
        assertNull(retrievedOf(read(IngestOptions.defaults(), dir), "a.txt"));
    }

    @Test
    void anInvalidDeclarationIsReportedAndTheFilesAreStillRead() throws IOException {
        declare(dir, "collected=le 7 avril");
        article(dir, "a.txt", "Le port a rouvert.");
        CollectingSink sink = read(IngestOptions.defaults(), dir);
        assertEquals(1, sink.docs.size());
        assertNull(sink.docs.get(0).metadata().retrieved());
        assertTrue(sink.failureFor(Collection.FILE_NAME).contains("ISO date"), sink.failures.toString());
    }

    @Test
    void aDeclarationWithoutTheKeyTellsWhatToWrite() throws IOException {
        declare(dir, "date=2031-04-07");
        article(dir, "a.txt", "Le port a rouvert.");
        assertTrue(read(IngestOptions.defaults(), dir).failureFor(Collection.FILE_NAME).contains("collected=YYYY-MM-DD"));
    }

    @Test
    void anInvalidUserDateIsRefusedWithTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestOptions.defaults().withCollected("2031-13-01"));
        assertTrue(e.getMessage().contains("2025-04-07"), e.getMessage());
    }

    @Test
    void uploadedBytesTakeTheUsersDate() throws Exception {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults().withCollected("2031-04-07"));
        Document doc = ingestor.readBytes("Le port a rouvert.".getBytes(StandardCharsets.UTF_8), "a.txt", null).get(0);
        assertEquals("2031-04-07", doc.metadata().retrieved());
    }

    @Test
    void aWarcRecordKeepsItsOwnCaptureDateOverTheCollections() throws IOException {
        declare(dir, "collected=2031-04-07");
        Files.write(dir.resolve("crawl.warc"), WarcRecordReaderTest.sample());
        CollectingSink sink = read(IngestOptions.defaults(), dir);
        assertTrue(sink.docs.size() >= 1);
        assertEquals("2022-01-09T10:00:00Z", sink.docs.get(0).metadata().retrieved());
    }
}
