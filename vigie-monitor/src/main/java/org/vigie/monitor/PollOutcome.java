package org.vigie.monitor;

import org.vigie.ingest.fetch.Validators;

import java.time.Duration;

/** A poll's report with what the next poll needs: the new validators (null keeps the old ones) and a server's wait request. */
record PollOutcome(PollReport report, Validators validators, Duration retryAfter) {
    static PollOutcome of(PollReport report) {
        return new PollOutcome(report, null, null);
    }
}
