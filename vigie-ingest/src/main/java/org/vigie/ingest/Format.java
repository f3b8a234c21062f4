package org.vigie.ingest;

/** The input formats the ingest stage reads. */
public enum Format {
    TEXT("text/plain"), HTML("text/html"), JSON("application/json"), JSON_LINES("application/x-ndjson"),
    WARC("application/warc");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
