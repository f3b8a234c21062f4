package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

import java.util.Objects;

/**
 * A name found by a {@link NameTagger}: its span (title and elided article excluded), its type, the tagger's
 * confidence in [0,1] and which tagger found it ({@code "rules"}, {@code "crf"}...).
 */
public record NameSpan(Span span, EntityType type, double confidence, String origin) {
    public NameSpan {
        Objects.requireNonNull(span);
        Objects.requireNonNull(type);
        Objects.requireNonNull(origin);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
}
