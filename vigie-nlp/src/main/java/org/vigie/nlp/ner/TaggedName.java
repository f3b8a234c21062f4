package org.vigie.nlp.ner;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

/**
 * A name found by the tagger: tokens {@code [firstToken, endToken)} of the list it was given, their char
 * span in the text, the type (PER, ORG, LOC or MISC; CoNLL's LOC covers countries and cities too) and a
 * confidence in [0, 1] derived from how much the best tagging beats the best one without this name.
 */
public record TaggedName(int firstToken, int endToken, Span span, EntityType type, double score) {
}
