package org.vigie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JsonRecordReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    private CollectingSink read(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ingestor.read(List.of(f), sink);
        return sink;
    }

    @Test
    void jsonLinesGiveOneDocumentPerLineWithTheirFields() throws IOException {
        CollectingSink sink = read("r.jsonl", """
                {"text": "Premier texte.", "url": "https://a.example/1", "title": "Un", "date": "2021-03-04", "source": "AFP"}

                {"html": "<html><head><title>Ignored</title></head><body><p>Deuxième texte.</p></body></html>", "title": "Deux"}
                """);
        assertEquals(2, sink.docs.size(), sink.failures.toString());
        Document a = sink.docs.get(0);
        assertEquals("Premier texte.", a.text());
        assertEquals("https://a.example/1", a.input().url());
        assertEquals("Un", a.metadata().title());
        assertEquals("2021-03-04", a.metadata().published());
        assertEquals("AFP", a.metadata().source());
        assertEquals(Document.sha256("Premier texte.".getBytes(StandardCharsets.UTF_8)), a.id());
        Document b = sink.docs.get(1);
        assertEquals("Deuxième texte.", b.text());
        assertEquals("Deux", b.metadata().title());
        assertTrue(b.input().mediaType().startsWith("text/html"));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheOthersGoOn() throws IOException {
        CollectingSink sink = read("r.ndjson", """
                {"text": "ligne un"}
                {"text": "ligne deux", oops}
                {"title": "no text"}
                [1, 2]
                {"text": "ligne cinq"}
                """);
        assertEquals(List.of("ligne un", "ligne cinq"), sink.docs.stream().map(Document::text).toList());
        assertEquals(3, sink.failures.size());
        assertTrue(sink.failureFor("r.ndjson:2").contains("invalid JSON"));
        assertTrue(sink.failureFor("r.ndjson:3").contains("neither a 'text' nor an 'html'"));
        assertTrue(sink.failureFor("r.ndjson:4").contains("expected a JSON object"));
    }

    @Test
    void aJsonFileHoldsOneRecordOrAnArray() throws IOException {
        assertEquals("seul", read("one.json", "{\"text\": \"seul\"}").docs.get(0).text());
        CollectingSink sink = read("many.json", "[{\"text\": \"a\"}, {\"text\": 3}, {\"text\": \"c\"}]");
        assertEquals(List.of("a", "c"), sink.docs.stream().map(Document::text).toList());
        assertTrue(sink.failureFor("many.json[1]").contains("neither"));
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() throws IOException {
        CollectingSink sink = read("broken.json", "{\"text\": \"a\",\n \"url\": }");
        assertTrue(sink.docs.isEmpty());
        String failure = sink.failureFor("broken.json");
        assertTrue(failure.contains("invalid JSON at line 2"), failure);
    }

    @Test
    void objectsOnSeveralLinesInAJsonFileAreReadAsJsonLines() throws IOException {
        CollectingSink sink = read("lines.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
        assertEquals(List.of("a", "b"), sink.docs.stream().map(Document::text).toList());
    }

    @Test
    void anUnreadableDateIsDroppedAndRecorded() throws IOException {
        Document doc = read("d.jsonl", "{\"text\": \"x\", \"date\": \"sometime soon\"}\n").docs.get(0);
        assertNull(doc.metadata().published());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("unreadable-date")));
    }

    @Test
    void aRecordsRetrievedDateIsKeptAndWinsOverTheCollections() throws IOException {
        Files.writeString(dir.resolve(Collection.FILE_NAME), "collected=2031-09-01");
        CollectingSink sink = read("r.jsonl", """
                {"text": "TESVIK, 3 mars (AFP) - Le port a rouvert.", "retrieved": "2031-03-04T06:00:00Z"}
                {"html": "<p>TESVIK, 3 mars (AFP) - Le port a rouvert.</p>", "retrieved": "Tue, 04 Mar 2031 06:00:00 GMT"}
                {"text": "TESVIK, 5 mars (AFP) - Le port a fermé."}
                """);
        assertEquals(3, sink.docs.size(), sink.failures.toString());
        assertEquals("2031-03-04T06:00Z", sink.docs.get(0).metadata().retrieved());
        assertTrue(sink.docs.get(1).metadata().retrieved().startsWith("2031-03-04T06:00"), sink.docs.get(1).metadata().retrieved());
        assertEquals("2031-09-01", sink.docs.get(2).metadata().retrieved(), "a record without one takes the folder's");
    }

    @Test
    void anUnreadableRetrievedDateIsDroppedAndRecorded() throws IOException {
        Document doc = read("d.jsonl", "{\"text\": \"x\", \"retrieved\": \"last week\"}\n").docs.get(0);
        assertNull(doc.metadata().retrieved());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("unreadable-date") && d.message().contains("retrieved")));
    }

    @Test
    void uploadedJsonLinesReturnTheGoodRecords() throws InputException {
        byte[] b = "{\"text\": \"ok\"}\nnot json\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, ingestor.readBytes(b, "up.jsonl", null).size());
        InputException e = assertThrows(InputException.class,
                () -> ingestor.readBytes("nope\n".getBytes(StandardCharsets.UTF_8), "up.jsonl", null));
        assertEquals("up.jsonl:1", e.source());
    }
}
