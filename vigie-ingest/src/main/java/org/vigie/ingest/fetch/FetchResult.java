package org.vigie.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A response: the URL asked for and the one that answered after {@code redirects}, the status, the declared
 * media type, the body (empty unless the status is 2xx), the validators for the next conditional request and,
 * for 429 and 503 answers, how long the server asked to wait (null if it did not say).
 */
public record FetchResult(URI requested, URI finalUri, int status, String mediaType, byte[] body,
                          Validators validators, List<URI> redirects, Duration retryAfter) {
    public FetchResult {
        redirects = List.copyOf(redirects);
        body = body == null ? new byte[0] : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }
}
