package org.vigie.ingest.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One article a feed points to: its absolute http(s) {@code url}; the feed's own id for it ({@code guid}, Atom
 * {@code id}), title, publication time and summary, each null when the feed does not give it or it cannot be read.
 */
public record FeedItem(URI url, String guid, String title, Instant published, String summary) {
    public FeedItem {
        Objects.requireNonNull(url, "url");
    }
}
