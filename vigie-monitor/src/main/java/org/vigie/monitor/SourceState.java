package org.vigie.monitor;

/**
 * What the monitor remembers of a source between polls and restarts: the validators of the last full answer,
 * when to poll next, consecutive failures, counters and the last success and error (times in epoch ms, 0 or
 * null when never).
 */
record SourceState(String etag, String lastModified, long nextPollMs, int failures, long polls, long notModified,
                   long lastPollMs, long lastSuccessMs, String lastError, long lastErrorMs, long articles,
                   long articleErrors) {
    static final SourceState NEW = new SourceState(null, null, 0, 0, 0, 0, 0, 0, null, 0, 0, 0);
}
