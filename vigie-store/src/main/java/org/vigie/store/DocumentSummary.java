package org.vigie.store;

import java.time.Instant;

/**
 * One stored document as listed: {@code title}, {@code published}, {@code path} and {@code url} are null when
 * unknown; {@code published} is the ISO date or datetime of the analysis record; the counts are of the record's
 * entities, quotes, quantities, times and events.
 */
public record DocumentSummary(String id, String title, String published, String language, String path, String url,
                              String mediaType, long bytes, Instant ingestedAt,
                              int entities, int quotes, int quantities, int times, int events) {

    /** Where the document came from: its URL if it has one, else its path, else null. */
    public String source() {
        return url != null ? url : path;
    }
}
