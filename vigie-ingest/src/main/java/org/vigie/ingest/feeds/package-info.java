/**
 * Feed and list parsing for the monitor: RSS 0.9x, 1.0 (RDF) and 2.0, Atom, sitemaps (with Google News
 * extensions) and sitemap indexes, parsed with the JDK's StAX with DTDs and external entities off, and plain
 * lists of article URLs. {@link org.vigie.ingest.feeds.FeedParser#parse} is the entry point.
 */
package org.vigie.ingest.feeds;
