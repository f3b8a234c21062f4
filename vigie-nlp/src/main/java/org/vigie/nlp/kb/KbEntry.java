package org.vigie.nlp.kb;

import org.vigie.core.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity of the knowledge base. {@code id} is a Wikidata QID when {@code qidStatus} is not UNVERIFIED, else an
 * engine id {@code vigie:<slug>}; {@code name} is the canonical English name; {@code names} maps a language code (or
 * {@code "*"} for forms used in any language) to the surface forms of that language; {@code kind} says what it is
 * (country, capital, city, region, igo, alliance, person, outlet...); {@code country} the state it belongs to.
 */
public record KbEntry(String id, QidStatus qidStatus, EntityType type, String kind, String name,
                      Map<String, List<String>> names, Optional<String> country, Optional<Coordinates> coordinates) {
    public KbEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(qidStatus);
        Objects.requireNonNull(type);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        names = Map.copyOf(names);
        Objects.requireNonNull(country);
        Objects.requireNonNull(coordinates);
    }

    /** Every surface form in every language, the canonical name first. */
    public List<String> allNames() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(name);
        names.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The forms of one language, or the canonical name when that language has none. */
    public List<String> namesIn(String language) {
        List<String> l = names.get(language);
        return l == null || l.isEmpty() ? List.of(name) : l;
    }

    public boolean isWikidata() {
        return qidStatus != QidStatus.UNVERIFIED;
    }
}
