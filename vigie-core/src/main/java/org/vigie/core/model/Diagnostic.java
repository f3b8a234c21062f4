package org.vigie.core.model;

/** Something an annotator could not handle, kept as data instead of thrown (span may be null). */
public record Diagnostic(String annotator, Span span, String code, String message) {
}
