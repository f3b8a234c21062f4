package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;

import java.util.List;

/**
 * Finds names in one sentence. The rule-based {@link CapitalisedNameTagger} is one implementation; a statistical
 * tagger trained on NER corpora can be another: {@link EntityAnnotator} merges every tagger's spans with the
 * knowledge-base gazetteer's (gazetteer first, then taggers in the order given, longer spans first on overlap),
 * then links and groups them. Implementations must be thread-safe and must not throw on odd text.
 */
public interface NameTagger {
    /**
     * @param tokens   the sentence's tokens, in order
     * @param language ISO 639-1 code of the sentence's block ({@code "und"} when unknown)
     */
    List<NameSpan> tag(Document doc, Sentence sentence, List<Token> tokens, String language);

    /**
     * Whether the tagger only fills gaps: its spans are merged after the rules', on tokens that neither the knowledge
     * base, the role phrases nor the rules claimed, instead of before the rules.
     */
    default boolean fallback() {
        return false;
    }
}
