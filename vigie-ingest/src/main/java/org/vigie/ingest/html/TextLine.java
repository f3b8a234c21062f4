package org.vigie.ingest.html;

import org.jsoup.nodes.Element;
import org.vigie.core.model.Span;

/**
 * One line of a page's visible text: its span in the text, the innermost block element it came from, and
 * how many of its characters are link text.
 */
record TextLine(Span span, Element block, int linkChars) {
    int length() {
        return span.length();
    }

    double linkDensity() {
        return span.isEmpty() ? 0 : (double) linkChars / span.length();
    }
}
