package org.vigie.core.model;

/** The language of one stretch of text (a block or a part of it), ISO 639-1, with the detector's confidence in [0,1]. */
public record LanguageSpan(Span span, String language, double confidence) implements Spanned {
}
