package org.vigie.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Watches a folder: each regular, non-hidden file not seen before with this size and modification time is read
 * and handed to the intake, once its last change is old enough that the writer has finished (the folder-settle
 * time, measured on the wall clock since file times are). Polling rather than a file-system watch service, which
 * misses events on network and container file systems.
 */
final class FolderPoller {
    private static final int MAX_DEPTH = 8;

    private final MonitorDb db;
    private final ArticleIntake intake;
    private final MonitorOptions options;
    private final Clock wall = Clock.systemUTC();

    FolderPoller(MonitorDb db, ArticleIntake intake, MonitorOptions options) {
        this.db = db;
        this.intake = intake;
        this.options = options;
    }

    PollOutcome poll(Source source) throws InterruptedException {
        Path folder = source.folder();
        if (!Files.isDirectory(folder)) return PollOutcome.of(PollReport.failed(source.id(), "no such folder: " + folder));
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder, MAX_DEPTH)) {
            files = new ArrayList<>(s.filter(p -> !hidden(folder, p) && Files.isRegularFile(p)).toList());
        } catch (IOException | RuntimeException e) {
            return PollOutcome.of(PollReport.failed(source.id(), "cannot list " + folder + ": " + e.getMessage()));
        }
        files.sort(Comparator.naturalOrder());
        int stored = 0, duplicates = 0, errors = 0;
        boolean deferred = false;
        String firstError = null;
        long settleBefore = wall.millis() - options.folderSettle().toMillis();
        for (Path file : files) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            String path = file.toAbsolutePath().toString();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // removed while listing
            }
            long size = attrs.size(), mtime = attrs.lastModifiedTime().toMillis();
            var known = db.folderFile(path);
            if (known.isPresent() && known.get().size() == size && known.get().mtimeMs() == mtime) continue;
            if (mtime > settleBefore) {
                deferred = true;
                continue;
            }
            long now = options.clock().millis();
            if (size > options.folderMaxBytes()) {
                db.markFolderFile(path, size, mtime, "too-large", now);
                errors++;
                if (firstError == null) firstError = file + ": larger than " + options.folderMaxBytes() + " bytes; import it as an archive";
                continue;
            }
            ArticleIntake.Result r;
            try {
                r = intake.accept(Files.readAllBytes(file), path, null, null, source.id(), options.clock().instant(), true);
            } catch (IOException e) {
                errors++;
                if (firstError == null) firstError = file + ": " + e.getMessage();
                continue; // not marked: tried again next poll
            }
            String outcome = r.failure() != null ? "unreadable" : r.stored() > 0 ? "ingested" : "duplicate";
            db.markFolderFile(path, size, mtime, outcome, now);
            stored += r.stored();
            duplicates += r.duplicates();
            if (r.failure() != null) {
                errors++;
                if (firstError == null) firstError = r.failure();
            }
        }
        return PollOutcome.of(new PollReport(source.id(), PollReport.Status.OK, stored, duplicates, errors, deferred, firstError));
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
