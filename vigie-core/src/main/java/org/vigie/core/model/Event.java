package org.vigie.core.model;

import java.util.Objects;

/** One reported action coded in PLOVER: who did what to whom, where and when. */
public record Event(EventType type, String mode, EntityRef actor1, EntityRef actor2, EntityRef location,
                    String date, boolean negated, Span evidence) implements Spanned {
    public Event {
        Objects.requireNonNull(type);
        Objects.requireNonNull(evidence);
    }

    @Override
    public Span span() { return evidence; }
}
