package org.vigie.monitor;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;

/**
 * Bulk import of WARC crawls and JSON Lines archives, plain or gzip, with progress and checkpoints: every
 * {@value #CHECKPOINT_EVERY} records (and when it stops) the position of the next record is saved, so a run
 * interrupted by a crash or Ctrl-C resumes there. Records done again after a crash (at most the ones since the
 * last checkpoint) are recognised by their content and not ingested twice. A WARC resumes by seeking (records of
 * a gzip WARC are separate gzip members, the usual practice); a JSON Lines file by skipping lines already read.
 */
final class ArchiveImport {
    static final int CHECKPOINT_EVERY = 100;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final MonitorDb db;
    private final ArticleIntake intake;
    private final Clock clock;

    ArchiveImport(MonitorDb db, ArticleIntake intake, Clock clock) {
        this.db = db;
        this.intake = intake;
        this.clock = clock;
    }

    ImportReport run(Path file, boolean alerts, ImportProgress progress, BooleanSupplier cancelled) {
        Path abs = file.toAbsolutePath().normalize();
        long size, mtime;
        try {
            size = Files.size(abs);
            mtime = Files.getLastModifiedTime(abs).toMillis();
        } catch (IOException e) {
            return new ImportReport(abs, 0, 0, 0, 0, false, false, "cannot read " + abs + ": " + e.getMessage());
        }
        Optional<ImportCheckpoint> saved = db.checkpoint(abs.toString()).filter(k -> k.size() == size && k.mtimeMs() == mtime);
        ImportCheckpoint start = saved.orElse(new ImportCheckpoint(abs.toString(), size, mtime, 0, 0, 0, 0, 0, false));
        if (start.done()) {
            progress.done();
            return new ImportReport(abs, start.records(), start.stored(), start.duplicates(), start.failed(), true, true, null);
        }
        Run run = new Run(start, alerts, progress, cancelled);
        try {
            if (isWarc(abs)) run.warc(abs); else run.jsonLines(abs);
            run.complete = !run.cancelled;
        } catch (IOException | RuntimeException e) {
            run.failure = run.failure == null ? "reading stopped at record " + run.records + ": " + e.getMessage() : run.failure;
        } finally {
            run.checkpoint();
            progress.done();
        }
        return new ImportReport(abs, run.records, run.stored, run.duplicates, run.failed, saved.isPresent() && start.records() > 0,
                run.complete, run.failure);
    }

    static boolean isWarc(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return true;
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) return false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            InputStream body = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b
                    ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file);
            try (body) {
                return new String(body.readNBytes(6), java.nio.charset.StandardCharsets.US_ASCII).startsWith("WARC/");
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** One import run: the counts and the position of the next record, checkpointed as it goes. */
    private final class Run {
        final ImportCheckpoint start;
        final boolean alerts;
        final ImportProgress progress;
        final BooleanSupplier cancelledBy;
        long position, records, stored, duplicates, failed, sinceCheckpoint;
        boolean cancelled, complete;
        String failure;

        Run(ImportCheckpoint start, boolean alerts, ImportProgress progress, BooleanSupplier cancelledBy) {
            this.start = start;
            this.alerts = alerts;
            this.progress = progress;
            this.cancelledBy = cancelledBy;
            position = start.position();
            records = start.records();
            stored = start.stored();
            duplicates = start.duplicates();
            failed = start.failed();
        }

        void warc(Path file) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ch.position(position);
                WarcReader reader = new WarcReader(ch);
                while (true) {
                    if (stop()) return;
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        position = start.size();
                        break;
                    }
                    position = reader.position();
                    tick();
                    WarcRecord rec = next.get();
                    records++;
                    record(rec);
                    progress.update(position, start.size(), records, stored, duplicates, failed);
                }
            }
        }

        private void record(WarcRecord rec) throws IOException {
            byte[] body;
            String type;
            if (rec instanceof WarcResponse resp) {
                org.netpreserve.jwarc.HttpResponse http;
                try {
                    http = resp.http();
                } catch (IOException | RuntimeException e) {
                    fail("record " + records + ": unreadable HTTP response: " + e.getMessage());
                    return;
                }
                if (http.status() < 200 || http.status() >= 300) return;
                type = mediaType(http.contentType());
                body = read(http.body());
            } else if (rec instanceof WarcResource res) {
                type = mediaType(res.contentType());
                body = read(res.body());
            } else {
                return; // requests, metadata, warcinfo, revisits: nothing to read
            }
            if (body == null) {
                fail("record " + records + ": larger than " + MAX_RECORD + " bytes");
                return;
            }
            String target = rec instanceof WarcTargetRecord t ? t.target() : null;
            Instant at = rec.date() != null ? rec.date() : clock.instant();
            accept(body, target != null ? target : "record-" + records, target, type, at);
        }

        private String mediaType(MediaType t) {
            return t == null ? null : t.toString();
        }

        private byte[] read(MessageBody body) throws IOException {
            byte[] b = body.stream().readNBytes(MAX_RECORD + 1);
            return b.length > MAX_RECORD ? null : b;
        }

        void jsonLines(Path file) throws IOException {
            try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
                InputStream raw = new BufferedInputStream(counted, 1 << 16);
                raw.mark(2);
                int b0 = raw.read(), b1 = raw.read();
                raw.reset();
                InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
                long line = 0;
                ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
                while (true) {
                    if (stop()) return;
                    boolean eof = readLine(in, buf);
                    if (buf.size() == 0 && eof) {
                        position = Math.max(position, line);
                        break;
                    }
                    line++;
                    if (line <= start.position()) {
                        buf.reset();
                        continue;
                    }
                    byte[] bytes = buf.toByteArray();
                    buf.reset();
                    position = line;
                    if (isBlank(bytes)) continue;
                    tick();
                    records++;
                    if (bytes.length > MAX_RECORD) {
                        fail(file.getFileName() + ":" + line + ": line longer than " + MAX_RECORD + " bytes");
                    } else {
                        accept(bytes, file + ":" + line, null, "application/json", clock.instant());
                    }
                    progress.update(counted.count, start.size(), records, stored, duplicates, failed);
                    if (eof) break;
                }
            }
        }

        /** Reads one line into {@code buf} (without its end); true at end of input. Over-long lines are cut, not buffered whole. */
        private boolean readLine(InputStream in, ByteArrayOutputStream buf) throws IOException {
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') return false;
                if (buf.size() <= MAX_RECORD) buf.write(c);
            }
            return true;
        }

        private boolean isBlank(byte[] b) {
            for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
            return true;
        }

        private void accept(byte[] body, String name, String url, String type, Instant at) {
            ArticleIntake.Result r = intake.accept(body, name, url, type, null, at, alerts);
            stored += r.stored();
            duplicates += r.duplicates();
            if (r.failure() != null) fail(r.failure());
        }

        private void fail(String reason) {
            failed++;
            if (failure == null) failure = reason;
        }

        /** Saves a checkpoint before reading on, every so many records, so at most that many are done again. */
        private void tick() {
            if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
                checkpoint();
                sinceCheckpoint = 0;
            }
        }

        private boolean stop() {
            if (cancelledBy.getAsBoolean() || Thread.currentThread().isInterrupted()) cancelled = true;
            return cancelled;
        }

        void checkpoint() {
            db.saveCheckpoint(new ImportCheckpoint(start.path(), start.size(), start.mtimeMs(), position, records, stored,
                    duplicates, failed, complete), clock.millis());
        }
    }

    /** Counts the bytes read from the file, for the progress bar of compressed archives. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count++;
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
