package org.vigie.core.model;

/** One distinct article inside the text (aggregation pages glue several). */
public record StorySegment(Span span, String title) implements Spanned {
}
