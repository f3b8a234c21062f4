package org.vigie.store.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One matching document: {@code published} is the ISO date or datetime of its analysis record; {@code score} is the
 * relevance score (equal for every hit of a query without text); {@code snippets} are passages of the body, with the
 * matches marked, in text order.
 */
public record SearchHit(String id, Optional<String> title, Optional<String> published, String language, float score,
                        List<Snippet> snippets) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        snippets = List.copyOf(snippets);
    }
}
