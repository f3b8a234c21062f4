package org.vigie.monitor;

/**
 * What one poll of a source did: its status, how many new documents it stored, how many articles were
 * already known by content, how many articles failed, whether some new items were left for the next poll,
 * and a message (the error of a failed poll, or the first article error).
 */
public record PollReport(String sourceId, Status status, int newDocuments, int duplicates, int articleErrors,
                         boolean deferred, String message) {
    public enum Status { OK, NOT_MODIFIED, FAILED }

    static PollReport failed(String sourceId, String message) {
        return new PollReport(sourceId, Status.FAILED, 0, 0, 0, false, message);
    }
}
