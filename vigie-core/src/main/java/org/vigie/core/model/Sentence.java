package org.vigie.core.model;

public record Sentence(Span span) implements Spanned {
}
