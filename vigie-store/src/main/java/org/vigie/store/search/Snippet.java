package org.vigie.store.search;

import org.vigie.core.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a hit's body text and where the query matched inside it: {@code highlights} are UTF-16 char offsets
 * into {@code text}, sorted and not overlapping. The text is raw document text: whoever renders it escapes it.
 */
public record Snippet(String text, List<Span> highlights) {
    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
        int previousEnd = 0;
        for (Span s : highlights) {
            if (s.start() < previousEnd || s.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + s + " is out of order or outside a snippet of "
                        + text.length() + " chars");
            }
            previousEnd = s.end();
        }
    }

    /** The highlighted parts, in order. */
    public List<String> highlightedTexts() {
        return highlights.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
