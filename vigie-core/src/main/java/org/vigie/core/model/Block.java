package org.vigie.core.model;

import java.util.Objects;

/** One line or paragraph of the text, classified as body or boilerplate. */
public record Block(Span span, Role role, Kind kind) implements Spanned {

    public enum Role { BODY, BOILERPLATE;
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The contract's block kinds: the first two are body kinds, the rest boilerplate kinds. */
    public enum Kind {
        HEADING, PARAGRAPH,
        NAV, RELATED, COUNTER, BYLINE, CAPTION, CREDIT, URL, DUPLICATE_HEADLINE, AD, COMMENT, OTHER;

        public boolean isBody() { return this == HEADING || this == PARAGRAPH; }
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
        public static Kind fromJson(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
    }

    public Block {
        Objects.requireNonNull(span);
        Objects.requireNonNull(role);
        Objects.requireNonNull(kind);
        if (kind.isBody() != (role == Role.BODY)) {
            throw new IllegalArgumentException("kind " + kind + " does not fit role " + role);
        }
    }

    public static Block body(Span span, Kind kind) { return new Block(span, Role.BODY, kind); }
    public static Block boilerplate(Span span, Kind kind) { return new Block(span, Role.BOILERPLATE, kind); }
    public boolean isBody() { return role == Role.BODY; }
}
