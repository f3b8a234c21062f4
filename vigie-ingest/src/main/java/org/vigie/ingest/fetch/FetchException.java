package org.vigie.ingest.fetch;

import java.io.IOException;
import java.net.URI;

/** A fetch that did not produce a response: refused by a safety rule, too large, too slow or a network failure. */
public final class FetchException extends IOException {
    /** Why the fetch failed; {@link #REFUSED} and {@link #TOO_LARGE} are permanent, the others may pass. */
    public enum Kind {
        /** A safety rule refused the URL or an address it resolves to; nothing was sent to it. */
        REFUSED,
        /** The response was larger than allowed. */
        TOO_LARGE,
        /** The response did not arrive in time. */
        TIMEOUT,
        /** More redirects than allowed, or a redirect loop. */
        TOO_MANY_REDIRECTS,
        /** Connection refused or reset, unknown host, TLS failure, malformed response. */
        NETWORK
    }

    private final Kind kind;
    private final URI uri;

    public FetchException(Kind kind, URI uri, String message) {
        super(uri == null ? message : uri + ": " + message);
        this.kind = kind;
        this.uri = uri;
    }

    public FetchException(Kind kind, URI uri, String message, Throwable cause) {
        super(uri == null ? message : uri + ": " + message, cause);
        this.kind = kind;
        this.uri = uri;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL being fetched when it failed (after redirects), or null. */
    public URI uri() {
        return uri;
    }

    /** True if trying again later may succeed. */
    public boolean transientFailure() {
        return kind == Kind.TIMEOUT || kind == Kind.NETWORK;
    }
}
