package org.vigie.core.model;

import java.util.List;

/**
 * What the input said about itself, before any analysis: HTML meta tags, JSON-LD, WARC headers,
 * JSON record fields. Every field may be null; {@code hints} describe lines of the extracted text.
 * {@code retrieved} is when the input was collected (a WARC record's date, a fetch, a collection's declared date),
 * as an ISO date or instant: not a publication date, but the latest one an article can have, which completes dates
 * written without a year.
 */
public record Metadata(String title, String author, String published, String siteName, String url,
                       String canonicalUrl, String language, String source, List<MarkupHint> hints, String retrieved) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, List.of(), null);

    public Metadata {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    public Metadata(String title, String author, String published, String siteName, String url,
                    String canonicalUrl, String language, String source, List<MarkupHint> hints) {
        this(title, author, published, siteName, url, canonicalUrl, language, source, hints, null);
    }

    public Metadata withHints(List<MarkupHint> newHints) {
        return new Metadata(title, author, published, siteName, url, canonicalUrl, language, source, newHints, retrieved);
    }

    public Metadata withRetrieved(String newRetrieved) {
        return new Metadata(title, author, published, siteName, url, canonicalUrl, language, source, hints, newRetrieved);
    }
}
