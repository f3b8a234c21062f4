package org.vigie.ingest.feeds;

import java.io.IOException;

/** Bytes that are not a feed this parser reads, or a feed it refuses (a DTD, an entity it would have to expand). */
public final class FeedException extends IOException {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
