package org.vigie.core.model;

/** A date expression with its resolved ISO value (null when it cannot be resolved). */
public record TimeExpression(Span span, String value, Granularity granularity) implements Spanned {
    public enum Granularity { DAY, WEEK, MONTH, YEAR, DATETIME;
        public String jsonName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
