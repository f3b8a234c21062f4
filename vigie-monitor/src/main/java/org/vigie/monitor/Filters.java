package org.vigie.monitor;

import java.util.List;
import java.util.Set;

/**
 * Conditions every alert of a watchlist must meet, on the document that raised it: it mentions one of
 * {@code entities}, names one of {@code places} (a place entity or an event location), comes from one of
 * {@code sources} (a monitor source id or a publisher host), is in one of {@code languages}, contains one of
 * {@code keywords} (whole words, any case). An empty condition is always met.
 */
public record Filters(Set<String> entities, Set<String> places, Set<String> sources, Set<String> languages,
                      List<String> keywords) {
    public static final Filters NONE = new Filters(Set.of(), Set.of(), Set.of(), Set.of(), List.of());

    public Filters {
        entities = Set.copyOf(entities);
        places = Set.copyOf(places);
        sources = Set.copyOf(sources);
        languages = Set.copyOf(languages);
        keywords = List.copyOf(keywords);
    }

    public boolean isEmpty() {
        return entities.isEmpty() && places.isEmpty() && sources.isEmpty() && languages.isEmpty() && keywords.isEmpty();
    }
}
