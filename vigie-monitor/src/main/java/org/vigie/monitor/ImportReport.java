package org.vigie.monitor;

import java.nio.file.Path;

/**
 * How an archive import went, counting from the start of the file across resumed runs: records read, documents
 * stored, records already ingested, records that failed (with the first {@code failure}), whether this run
 * resumed an earlier one, and whether the file is now complete (false when cancelled or stopped by an error).
 */
public record ImportReport(Path file, long records, long stored, long duplicates, long failed, boolean resumed,
                           boolean complete, String failure) {
}
