package org.vigie.core.model;

/**
 * What the source markup said about a line of the extracted text, e.g. {@code "h1"}, {@code "nav"},
 * {@code "figcaption"}, {@code "li"}, or a boilerplate score from an HTML extractor ({@code "boilerplate"}).
 */
public record MarkupHint(Span span, String kind) implements Spanned {
}
