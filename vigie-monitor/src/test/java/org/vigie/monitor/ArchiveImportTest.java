package org.vigie.monitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class ArchiveImportTest {
    @TempDir
    Path dir;

    /** Records progress and asks to stop once {@code stopAfter} records were seen. */
    static final class Recorder implements ImportProgress {
        final long stopAfter;
        final AtomicLong records = new AtomicLong();
        long lastBytes, total;
        boolean done;

        Recorder(long stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void update(long bytesDone, long bytesTotal, long records, long stored, long duplicates, long failed) {
            assertTrue(bytesDone >= lastBytes, "progress never goes back");
            lastBytes = bytesDone;
            total = bytesTotal;
            this.records.set(records);
        }

        @Override
        public void done() {
            done = true;
        }

        boolean cancelled() {
            return records.get() >= stopAfter;
        }
    }

    static byte[] warcRecord(String type, String uri, String payload) {
        String block = type.equals("response")
                ? "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + payload
                : "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n";
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2025-06-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http; msgtype=" + type + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Path warc(Path file, boolean gzip) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            String[][] records = {{"response", "http://news.example/1", "<html><head><title>One</title></head><body>Harbour reopened.</body></html>"},
                    {"request", "http://news.example/2", ""},
                    {"response", "http://news.example/2", "<html><head><title>Two</title></head><body>Bridge closed.</body></html>"},
                    {"response", "http://news.example/3", "<html><head><title>Three</title></head><body>Ferry resumed.</body></html>"}};
            for (String[] r : records) {
                byte[] rec = warcRecord(r[0], r[1], r[2]);
                if (gzip) {
                    // one gzip member per record, as crawlers write them, so a record's offset can be sought
                    ByteArrayOutputStream member = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                        gz.write(rec);
                    }
                    out.write(member.toByteArray());
                } else {
                    out.write(rec);
                }
            }
        }
        return file;
    }

    @Test
    void aJsonLinesArchiveResumesWhereItWasInterrupted() throws Exception {
        Path file = dir.resolve("archive.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 250; i++) sb.append("{\"text\": \"Dispatch number ").append(i).append(" from the coast.\"}\n");
        sb.append("\n");
        Files.writeString(file, sb);
        try (Harness h = new Harness(dir)) {
            Recorder first = new Recorder(120);
            ImportReport interrupted = h.monitor.importArchive(file, false, first, first::cancelled);
            assertFalse(interrupted.complete());
            assertEquals(120, interrupted.stored());
            assertTrue(first.done);
            Recorder second = new Recorder(Long.MAX_VALUE);
            ImportReport resumed = h.monitor.importArchive(file, false, second, second::cancelled);
            assertTrue(resumed.complete());
            assertTrue(resumed.resumed());
            assertEquals(250, resumed.records());
            assertEquals(250, resumed.stored());
            assertEquals(0, resumed.duplicates());
            assertEquals(250, h.reads.get(), "no line is read twice");
            assertEquals(Files.size(file), second.lastBytes);
            assertEquals(250, h.store.stats().documents());
            ImportReport again = h.monitor.importArchive(file, false, ImportProgress.NONE, () -> false);
            assertTrue(again.complete());
            assertEquals(250, h.reads.get(), "a finished file is not read again");
        }
    }

    @Test
    void warcFilesPlainAndGzipImportResponsesWithTheirUrls() throws Exception {
        for (boolean gzip : new boolean[]{false, true}) {
            Path sub = Files.createDirectories(dir.resolve(gzip ? "gz" : "plain"));
            Path file = warc(sub.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), gzip);
            try (Harness h = new Harness(sub)) {
                Recorder first = new Recorder(2);
                ImportReport interrupted = h.monitor.importArchive(file, false, first, first::cancelled);
                assertFalse(interrupted.complete(), "gzip=" + gzip);
                ImportReport resumed = h.monitor.importArchive(file, false, ImportProgress.NONE, () -> false);
                assertTrue(resumed.complete(), "gzip=" + gzip + ": " + resumed);
                assertEquals(3, h.store.stats().documents(), "gzip=" + gzip);
                assertTrue(h.reads.get() <= 4, "at most the record in progress is read again, gzip=" + gzip + ": " + h.reads.get());
                var urls = h.store.list(0, 10).stream().map(d -> d.url()).sorted().toList();
                assertEquals(java.util.List.of("http://news.example/1", "http://news.example/2", "http://news.example/3"), urls);
            }
        }
    }

    @Test
    void aTruncatedWarcKeepsWhatWasReadAndSaysWhere() throws Exception {
        Path file = warc(dir.resolve("crawl.warc"), false);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 40));
        try (Harness h = new Harness(dir)) {
            ImportReport r = h.monitor.importArchive(file, false, ImportProgress.NONE, () -> false);
            assertFalse(r.complete());
            assertNotNull(r.failure());
            assertEquals(2, h.store.stats().documents());
        }
    }
}
