package org.vigie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WarcRecordReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: " + date
                + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] response(String uri, String date, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return record("response", uri, date, "application/http;msgtype=response", TestBytes.concat(head, body));
    }

    static byte[] sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(record("warcinfo", "urn:x", "2022-01-09T10:00:00Z", "application/warc-fields",
                "software: test\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(response("https://news.example/a", "2022-01-09T10:00:00Z", "text/html; charset=windows-1252",
                "<html><body><p>Caf\u00E9 \u2013 premi\u00E8re page.</p></body></html>".getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        out.writeBytes(response("https://news.example/logo.png", "2022-01-09T10:00:01Z", "image/png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        out.writeBytes(response("https://news.example/2021/12/24/b", "2022-01-09T10:00:02Z", "text/html",
                "<p>Seconde page.</p>".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(record("resource", "file:///notes.txt", "2022-01-09T10:00:03Z", "text/plain",
                "Une note.".getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    @Test
    void responseAndResourceRecordsBecomeDocumentsWithUrlAndDate() throws IOException {
        Path f = Files.write(dir.resolve("crawl.warc"), sample());
        CollectingSink sink = new CollectingSink();
        ingestor.read(List.of(f), sink);
        assertTrue(sink.failures.isEmpty(), sink.failures.toString());
        assertEquals(List.of("Café – première page.", "Seconde page.", "Une note."), sink.docs.stream().map(Document::text).toList());
        Document first = sink.docs.get(0);
        assertEquals("https://news.example/a", first.input().url());
        assertEquals("https://news.example/a", first.metadata().url());
        assertEquals("2022-01-09T10:00:00Z", first.metadata().published());
        assertEquals("text/html; charset=windows-1252", first.input().mediaType());
        assertEquals("2021-12-24", sink.docs.get(1).metadata().published(), "a date in the page's URL beats the capture date");
    }

    @Test
    void gzipWarcFilesAreStreamed() throws IOException {
        Path f = Files.write(dir.resolve("crawl.warc.gz"), IngestorTest.gzip(sample()));
        CollectingSink sink = new CollectingSink();
        ingestor.read(List.of(f), sink);
        assertEquals(3, sink.docs.size(), sink.failures.toString());
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheOffset() throws IOException {
        byte[] all = sample();
        byte[] cut = Arrays.copyOf(all, all.length - 40);
        Path f = Files.write(dir.resolve("cut.warc"), cut);
        Files.writeString(dir.resolve("next.txt"), "after the broken file");
        CollectingSink sink = new CollectingSink();
        ingestor.read(List.of(dir), sink);
        List<String> texts = sink.docs.stream().map(Document::text).toList();
        assertTrue(texts.containsAll(List.of("Café – première page.", "Seconde page.", "after the broken file")), texts.toString());
        assertEquals(1, sink.failures.size(), sink.failures.toString());
        assertTrue(sink.failures.get(0).startsWith(f + "@"), sink.failures.get(0));
    }

    @Test
    void aWarcLargerThanTheFileLimitIsStreamedButBigRecordsAreRefused() throws IOException {
        Ingestor small = new Ingestor(new IngestOptions(40));
        Path f = Files.write(dir.resolve("crawl.warc"), sample());
        CollectingSink sink = new CollectingSink();
        small.read(List.of(f), sink);
        assertEquals(List.of("Seconde page.", "Une note."), sink.docs.stream().map(Document::text).toList());
        assertTrue(sink.failureFor("https://news.example/a").contains("over the limit"));
    }

    @Test
    void uploadedWarcBytesAreRead() throws Exception {
        assertEquals(3, ingestor.readBytes(sample(), "upload.warc", null).size());
    }
}
