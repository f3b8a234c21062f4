package org.vigie.server;

import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.TimeExpression;

import java.math.BigDecimal;

/** Short plain-text descriptions of annotations, shared by hover texts and side panels. */
final class Describe {
    private Describe() {
    }

    static String ref(EntityRef r) {
        return r == null ? "—" : r.name();
    }

    static String event(Event e) {
        StringBuilder sb = new StringBuilder(e.type().name());
        if (e.mode() != null) sb.append(" (").append(e.mode()).append(')');
        if (e.negated()) sb.append(", negated");
        sb.append(": ").append(ref(e.actor1()));
        if (e.actor2() != null) sb.append(" → ").append(e.actor2().name());
        if (e.location() != null) sb.append(", in ").append(e.location().name());
        if (e.date() != null) sb.append(", ").append(e.date());
        return sb.toString();
    }

    static String time(TimeExpression t) {
        return (t.value() == null ? "unresolved" : t.value()) + " (" + t.granularity().jsonName() + ")";
    }

    static String value(Quantity q) {
        Double v = q.value();
        if (v == null) return "unreadable";
        if (v.isNaN() || v.isInfinite()) return String.valueOf(v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String quantity(Quantity q) {
        StringBuilder sb = new StringBuilder();
        if (q.approximate()) sb.append("≈ ");
        sb.append(value(q));
        if (q.unit() != null) sb.append(' ').append(q.unit());
        if (q.artefact()) sb.append(", damaged in the text");
        if (q.claimedBy() != null) sb.append(", according to ").append(q.claimedBy().name());
        return sb.toString();
    }
}
