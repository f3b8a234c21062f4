package org.vigie.ingest.feeds;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A parsed feed: its format and title (null if none), its items in document order, the child sitemaps of a
 * sitemap index, and how many entries were skipped because they had no usable http(s) link.
 */
public record Feed(FeedFormat format, String title, List<FeedItem> items, List<URI> sitemaps, int skipped) {
    public Feed {
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }
}
