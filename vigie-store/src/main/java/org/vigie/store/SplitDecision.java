package org.vigie.store;

import java.util.Objects;

/** A name the user split off its discovered group ({@code memberId}, a {@code vigie:} id), and when (ISO instant). */
public record SplitDecision(String memberId, String splitAt) {
    public SplitDecision {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(splitAt);
    }
}
