package org.vigie.nlp.kb;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A role an extension entry held, from when to when (either end may be unknown): a Phoenix actor code such as
 * {@code RUSGOV}, a Wikidata position QID, or an office of the knowledge base written {@code <role>@<of>}
 * ({@code foreign-minister@Q142}, see {@link PositionOffices}), which the knowledge base adds to its terms of office
 * when the start is known; the other roles are kept for reference.
 */
public record RoleTerm(String role, Optional<LocalDate> start, Optional<LocalDate> end) {
    public RoleTerm {
        Objects.requireNonNull(role);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (role.isBlank() || role.contains("|") || role.contains(" ") || role.contains("\t")) {
            throw new IllegalArgumentException("bad role code '" + role + "'");
        }
    }

    /** {@code CODE start..end}, an unknown end left empty ({@code RUSGOV 2008-05-08..}). */
    public String format() {
        if (start.isEmpty() && end.isEmpty()) return role;
        return role + " " + start.map(LocalDate::toString).orElse("") + ".." + end.map(LocalDate::toString).orElse("");
    }

    static RoleTerm parse(String s, String where) {
        String t = s.strip();
        int space = t.indexOf(' ');
        if (space < 0) return new RoleTerm(t, Optional.empty(), Optional.empty());
        String range = t.substring(space + 1).strip();
        int dots = range.indexOf("..");
        if (dots < 0) throw new org.vigie.core.ConfigException(where + ": bad role range '" + s + "' (expected CODE start..end)");
        String a = range.substring(0, dots).strip();
        String b = range.substring(dots + 2).strip();
        return new RoleTerm(t.substring(0, space),
                a.isEmpty() ? Optional.empty() : Optional.of(KnowledgeBase.date(a, where)),
                b.isEmpty() ? Optional.empty() : Optional.of(KnowledgeBase.date(b, where)));
    }
}
