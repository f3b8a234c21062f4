package org.vigie.stories;

import java.util.Locale;

/** How a document relates to the other documents of its story. */
public enum Relation {
    /** The original of a republication chain: the earliest of texts that were copied, edited or translated. */
    ORIGINAL,
    /** The same text (near-identical body) republished, maybe with other boilerplate. */
    COPY,
    /** A shortened or rewritten copy. */
    EDIT,
    /** The same text in another language (human or machine translation). */
    TRANSLATION,
    /** Independent coverage of the story's event: no other document of the story copies or translates it. */
    REPORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the document repeats another text (and so is not an independent source). */
    public boolean isRepublication() {
        return this == COPY || this == EDIT || this == TRANSLATION;
    }

    public static Relation fromJson(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown relation '" + s + "'; expected original, copy, edit, translation or report", e);
        }
    }
}
