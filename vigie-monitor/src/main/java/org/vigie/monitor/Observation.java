package org.vigie.monitor;

import java.time.Instant;

/**
 * A document the monitor just ingested, with where it came from: the monitor source id (null for imports),
 * the publisher it counts as (the article's host, see {@link Publishers}), its URL (may be null), when it was
 * seen ({@code at}, the time of its alerts), when it was published for the story windows ({@code time}, see
 * {@link PublicationTime}), and whether it brought a new independent source to its story.
 */
record Observation(Ingested ingested, String sourceId, String publisher, String url, Instant at, Instant time,
                   boolean newIndependentSource) {
}
