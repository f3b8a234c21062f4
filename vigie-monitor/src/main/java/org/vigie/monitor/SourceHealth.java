package org.vigie.monitor;

import java.time.Instant;

/**
 * How a source is doing, for the UI and the API. {@code status} is {@code disabled}, {@code new} (never
 * polled), {@code ok} or {@code failing} (the last poll failed; {@code consecutiveFailures} say how long).
 * Times are null when it never happened. {@code itemsLast24h} counts new documents in the last 24 hours,
 * {@code itemsPerDay} averages them over the last 7 days (or since the source was added, if later).
 */
public record SourceHealth(Source source, String status, Instant lastPoll, Instant lastSuccess, Instant lastError,
                           String lastErrorMessage, int consecutiveFailures, Instant nextPoll, long polls,
                           long notModified, long documents, long articleErrors, long itemsLast24h, double itemsPerDay) {
}
