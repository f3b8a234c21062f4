package org.vigie.ingest.fetch;

/**
 * What a previous response said about its version, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged resource costs a 304 and no body. Either may be null.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
