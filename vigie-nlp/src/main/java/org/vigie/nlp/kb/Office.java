package org.vigie.nlp.kb;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A term of office: who held which role of which state or organisation, from when to when (end empty: still in office). */
public record Office(String personId, String role, String of, LocalDate start, Optional<LocalDate> end) {
    public Office {
        Objects.requireNonNull(personId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(of);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("office of " + personId + " ends before it starts");
        }
    }

    /** True when the date falls inside the term; on a hand-over day both holders count. */
    public boolean heldOn(LocalDate date) {
        return !date.isBefore(start) && (end.isEmpty() || !date.isAfter(end.get()));
    }
}
