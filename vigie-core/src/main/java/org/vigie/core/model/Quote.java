package org.vigie.core.model;

/**
 * A quotation: its content span (without the quotation marks), whether it is direct, its speaker
 * (null when none can be identified), the cue (verb or "selon"), and the language of the content.
 */
public record Quote(Span span, boolean direct, EntityRef speaker, Span cue, String language) implements Spanned {
}
