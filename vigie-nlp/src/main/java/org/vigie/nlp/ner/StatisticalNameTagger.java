package org.vigie.nlp.ner;

import org.vigie.core.Document;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.nlp.entities.NameSpan;
import org.vigie.nlp.entities.NameTagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained NER model of each language as one of the entity annotator's name taggers: its names, with their
 * calibrated scores, are candidates that the knowledge base and the rules then confirm, type and link.
 * Languages without a model give no names.
 */
public final class StatisticalNameTagger implements NameTagger {
    private static final double MIN_SCORE = 0.7;
    private final Map<String, Optional<NerTagger>> taggers = new ConcurrentHashMap<>();

    @Override
    public List<NameSpan> tag(Document doc, Sentence sentence, List<Token> tokens, String language) {
        Optional<NerTagger> tagger = taggers.computeIfAbsent(language == null ? "und" : language,
                code -> NerModel.forLanguage(code).map(NerTagger::new));
        if (tagger.isEmpty() || tokens.isEmpty()) return List.of();
        List<NameSpan> out = new ArrayList<>();
        for (TaggedName n : tagger.get().tag(doc.text(), tokens)) {
            // the corpora's LOC mixes states, cities and regions: places are left to the knowledge base and the rules,
            // which tell GPE from LOC; persons and organisations are the model's strength
            if (n.type() == org.vigie.core.model.EntityType.LOC || n.score() < MIN_SCORE) continue;
            out.add(new NameSpan(n.span(), n.type(), n.score(), "ner"));
        }
        return out;
    }
}
