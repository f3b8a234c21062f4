package org.vigie.core.model;

/** An annotation anchored to a range of the document text. */
public interface Spanned {
    Span span();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }
}
