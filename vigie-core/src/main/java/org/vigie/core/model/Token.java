package org.vigie.core.model;

/** A word, number or punctuation mark. */
public record Token(Span span, Kind kind) implements Spanned {
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }
}
