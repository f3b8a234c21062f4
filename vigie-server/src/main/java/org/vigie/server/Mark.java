package org.vigie.server;

import org.vigie.core.model.Span;

import java.util.Objects;

/**
 * One annotation to highlight in the text: its span, CSS class, hover text and optional link. {@code rank}
 * orders marks of equal extent, lower ranks outside.
 */
record Mark(Span span, String cssClass, String title, String href, int rank) {
    Mark {
        Objects.requireNonNull(span);
        Objects.requireNonNull(cssClass);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }
}
