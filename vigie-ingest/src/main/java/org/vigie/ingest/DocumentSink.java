package org.vigie.ingest;

import org.vigie.core.Document;

/**
 * Receives what an {@link Ingestor} read: each document as soon as it is ready, and each input that could
 * not be read (a file, a JSON line, a WARC record) with its source and the reason. One failure never
 * stops the others.
 */
public interface DocumentSink {
    void accept(Document doc);

    /** {@code source} names the path, {@code path:line} or {@code path@offset}; {@code reason} says why. */
    void failed(String source, String reason);
}
