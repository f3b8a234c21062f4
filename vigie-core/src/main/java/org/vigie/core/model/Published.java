package org.vigie.core.model;

/** The publication date or datetime (ISO), how it was found, and the text it was read from, if any. */
public record Published(String value, Span evidence, Method method) {
    public enum Method { METADATA, TEXT, INFERRED;
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
