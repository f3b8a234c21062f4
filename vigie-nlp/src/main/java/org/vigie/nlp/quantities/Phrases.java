package org.vigie.nlp.quantities;

import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.List;

/** Cuts a resource phrase into normalised tokens exactly as the segmenter cuts the text, so both compare token by token. */
final class Phrases {
    private static final SegmentAnnotator SEGMENTER = new SegmentAnnotator();

    private Phrases() {
    }

    static List<String> tokens(String phrase) {
        return tokenize(phrase).stream().map(t -> LanguagePack.normalize(t.span().of(phrase))).toList();
    }

    static List<Token> tokenize(String phrase) {
        return SEGMENTER.tokenize(phrase);
    }
}
