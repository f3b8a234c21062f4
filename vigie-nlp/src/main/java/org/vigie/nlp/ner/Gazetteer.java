package org.vigie.nlp.ner;

import java.util.List;
import java.util.Set;

/**
 * Names known in advance, looked up by their normalised form ({@link org.vigie.nlp.lang.LanguagePack#normalize},
 * words joined by single spaces). The tagger turns each match into features ("the next three words are a
 * known ORG"), so types should be the tagger's own: PER, ORG, LOC, MISC; other types are ignored by a model
 * that never saw them. Implementations must be thread-safe.
 */
public interface Gazetteer {
    /** The types the phrase is known as; empty when unknown. */
    Set<String> typesOf(String normalisedPhrase);

    /** The longest phrase, in words, worth looking up. */
    default int maxWords() {
        return 6;
    }

    Gazetteer NONE = phrase -> Set.of();

    /** Every type any of the gazetteers knows (e.g. the model's own list plus the knowledge base). */
    static Gazetteer union(Gazetteer... gazetteers) {
        List<Gazetteer> all = List.of(gazetteers);
        int longest = all.stream().mapToInt(Gazetteer::maxWords).max().orElse(1);
        return new Gazetteer() {
            @Override
            public Set<String> typesOf(String normalisedPhrase) {
                Set<String> types = null;
                for (Gazetteer g : all) {
                    Set<String> t = g.typesOf(normalisedPhrase);
                    if (t.isEmpty()) continue;
                    if (types == null) types = t;
                    else {
                        types = new java.util.TreeSet<>(types);
                        types.addAll(t);
                    }
                }
                return types == null ? Set.of() : types;
            }

            @Override
            public int maxWords() {
                return longest;
            }
        };
    }
}
