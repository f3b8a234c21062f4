package org.vigie.core.model;

/** A news organisation credited by or evidently at the origin of the text. {@code entityId} may be null. */
public record SourceCredit(String name, String entityId, Role role, Span evidence) implements Spanned {
    public SourceCredit {
        name = Reading.clean(name);
    }

    public enum Role { PUBLISHER, CREDITED, CITED;
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    @Override
    public Span span() { return evidence; }
}
