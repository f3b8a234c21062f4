package org.vigie.stories;

/** How a document relates to the story it joined. */
public enum Relation {
    /** The first document of its story. */
    ORIGINAL,
    /** The same text (near-identical body), republished. */
    COPY,
    /** A shortened or rewritten copy of a document of the story. */
    EDIT,
    /** The same report in another language. */
    TRANSLATION,
    /** Independent coverage of the same event. */
    REPORT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
