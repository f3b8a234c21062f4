package org.vigie.ingest;

/**
 * Settings of an {@link Ingestor}.
 *
 * @param maxBytes  largest input accepted: a file's size, a gzip file's decompressed size, an upload, and
 *                  for WARC files (which are streamed, as they are routinely gigabytes) each record's payload
 * @param collected when the inputs were collected (ISO date or instant), given by the user; null when unknown.
 *                  It becomes each document's {@code metadata().retrieved()} unless the input carries its own
 *                  (a WARC record's date), and wins over a folder's {@value Collection#FILE_NAME}
 */
public record IngestOptions(long maxBytes, String collected) {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 64) + ", not " + maxBytes);
        }
        if (collected != null) collected = Collection.parse(collected);
    }

    public IngestOptions(long maxBytes) {
        this(maxBytes, null);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES);
    }

    public IngestOptions withMaxBytes(long newMaxBytes) {
        return new IngestOptions(newMaxBytes, collected);
    }

    /** @throws IllegalArgumentException if the date is not an ISO date or instant */
    public IngestOptions withCollected(String newCollected) {
        return new IngestOptions(maxBytes, newCollected);
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        if (bytes >= 1024) return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return bytes + " bytes";
    }
}
