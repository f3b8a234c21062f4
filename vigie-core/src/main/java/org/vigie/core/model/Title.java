package org.vigie.core.model;

/** The headline; {@code evidence} is the line it was read from, or null when it came from metadata. */
public record Title(String text, Span evidence) {
}
