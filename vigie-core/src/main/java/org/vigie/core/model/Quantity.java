package org.vigie.core.model;

/**
 * A figure in the text: {@code value} null when it cannot be read (e.g. damaged and not repairable),
 * {@code unit} an English singular noun for what is counted, {@code claimedBy} who states it.
 */
public record Quantity(Span span, Double value, String unit, boolean approximate, boolean artefact,
                       EntityRef claimedBy) implements Spanned {
}
