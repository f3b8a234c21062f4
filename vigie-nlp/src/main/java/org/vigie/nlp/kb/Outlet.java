package org.vigie.nlp.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A news agency or outlet: names used in credit lines, web domains, country, and whether a state owns or controls it. */
public record Outlet(String id, String name, List<String> aliases, List<String> domains, Optional<String> country,
                     boolean stateAffiliated, String kind) {
    public Outlet {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        Objects.requireNonNull(country);
        Objects.requireNonNull(kind);
    }
}
