package org.vigie.ingest.feeds;

/** What a fetched list of articles turned out to be. */
public enum FeedFormat {
    /** RSS 0.91, 0.92 and 2.0: {@code <rss><channel><item>}. */
    RSS,
    /** RSS 0.90 and 1.0: {@code <rdf:RDF><item rdf:about>}. */
    RDF,
    ATOM,
    /** A sitemap ({@code <urlset>}), news sitemaps included. */
    SITEMAP,
    /** A sitemap index ({@code <sitemapindex>}): its entries are other sitemaps, in {@link Feed#sitemaps()}. */
    SITEMAP_INDEX,
    /** Plain text, one article URL a line. */
    URL_LIST;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
