package org.vigie.nlp.kb;

import java.util.List;
import java.util.Objects;

/** One row of a knowledge-base extension file: the entry the annotators link to, and the roles it held. */
public record ExtensionEntry(KbEntry entry, List<RoleTerm> roles) {
    public ExtensionEntry {
        Objects.requireNonNull(entry);
        roles = List.copyOf(roles);
    }
}
