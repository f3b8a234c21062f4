package org.vigie.nlp.quotes;

import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

/**
 * A quote with the phrase naming its source as written ("he", "a senior official", "Teodor Vasko"), or null when no
 * source phrase was found. The phrase is what attribution corpora annotate; the quote's speaker is its resolved entity.
 */
public record Attribution(Quote quote, Span source) {
}
