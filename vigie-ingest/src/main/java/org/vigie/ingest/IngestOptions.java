package org.vigie.ingest;

/**
 * Settings of an {@link Ingestor}.
 *
 * @param maxBytes largest input accepted: a file's size, a gzip file's decompressed size, an upload, and
 *                 for WARC files (which are streamed, as they are routinely gigabytes) each record's payload
 */
public record IngestOptions(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 64) + ", not " + maxBytes);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES);
    }

    public IngestOptions withMaxBytes(long newMaxBytes) {
        return new IngestOptions(newMaxBytes);
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        if (bytes >= 1024) return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return bytes + " bytes";
    }
}
