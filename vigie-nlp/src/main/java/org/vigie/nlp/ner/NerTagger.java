package org.vigie.nlp.ner;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds PER, ORG, LOC and MISC names in one sentence with a {@link NerModel}: hashed features per token,
 * integer weights, first-order Viterbi over the model's IOB2 (or BILOU) labels, constrained so that every
 * name is well formed.
 * Stateless and thread-safe: every call works in its own arrays.
 */
public final class NerTagger {
    private final NerModel model;
    private final Gazetteer gazetteer;
    private final Labels labels;
    private final KbNames kbNames;
    private final KbNames actorNames;

    /** A tagger using the gazetteer the model was trained with. */
    public NerTagger(NerModel model) {
        this(model, model.gazetteer());
    }

    /**
     * A tagger looking names up in another gazetteer (e.g. the knowledge base). The model learnt how far to
     * trust a gazetteer match from its own training-data gazetteer, so a much larger or noisier one shifts
     * its precision: measure before switching.
     */
    public NerTagger(NerModel model, Gazetteer gazetteer) {
        this(model, gazetteer, model.kbNames());
    }

    /** A tagger with other knowledge-base names than the shared knowledge base's (for a model trained with them). */
    NerTagger(NerModel model, Gazetteer gazetteer, KbNames kbNames) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.labels = new Labels(model.labels());
        this.kbNames = model.usesKnowledgeBase() ? kbNames : KbNames.NONE;
        this.actorNames = model.actorNames();
    }

    public NerModel model() {
        return model;
    }

    /**
     * The names among the tokens of one sentence of {@code text} (a longer list is tagged as one sentence).
     * Sorted by position; never overlapping.
     */
    public List<TaggedName> tag(String text, List<Token> tokens) {
        if (tokens.isEmpty()) return List.of();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).span().of(text);
        Decoder.Result result = decode(words);
        List<TaggedName> names = new ArrayList<>();
        for (int[] name : labels.spans(result.labels())) {
            Span span = new Span(tokens.get(name[0]).span().start(), tokens.get(name[1] - 1).span().end());
            names.add(new TaggedName(name[0], name[1], span, EntityType.valueOf(labels.type(name[2])),
                    model.confidence(result.margin(name[0], name[1], model.scale()))));
        }
        return names;
    }

    /** IOB2 labels for the words of one sentence. */
    public List<String> tagWords(List<String> words) {
        if (words.isEmpty()) return List.of();
        return labels.toIob2(decode(words.toArray(String[]::new)).labels());
    }

    private Decoder.Result decode(String[] words) {
        int n = words.length, l = model.labelCount();
        int[] keys = new int[n * Features.MAX], counts = new int[n];
        Features.extract(words, model.lexicon(), gazetteer, kbNames, actorNames, keys, counts);
        int[] emissions = new int[n * l], scores = new int[l];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(scores, 0);
            model.score(keys, i * Features.MAX, counts[i], scores);
            System.arraycopy(scores, 0, emissions, i * l, l);
        }
        return Decoder.viterbi(emissions, n, l, model::transition, labels.allowedFrom(), labels.canEnd(), true);
    }
}
