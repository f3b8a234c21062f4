package org.vigie.core.model;

import java.util.List;

/**
 * What the input said about itself, before any analysis: HTML meta tags, JSON-LD, WARC headers,
 * JSON record fields. Every field may be null; {@code hints} describe lines of the extracted text.
 */
public record Metadata(String title, String author, String published, String siteName, String url,
                       String canonicalUrl, String language, String source, List<MarkupHint> hints) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, List.of());

    public Metadata {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    public Metadata withHints(List<MarkupHint> newHints) {
        return new Metadata(title, author, published, siteName, url, canonicalUrl, language, source, newHints);
    }
}
