package org.vigie.nlp.ner;

import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.nlp.entities.NameSpan;
import org.vigie.nlp.entities.NameTagger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained NER model of each language as one of the entity annotator's name taggers: its names, with their
 * calibrated scores, are candidates that the knowledge base and the rules then confirm, type and link.
 * Languages without a model give no names.
 */
public final class StatisticalNameTagger implements NameTagger {
    private final Map<String, Optional<NerTagger>> taggers = new ConcurrentHashMap<>();
    private final double minScore;
    private final Set<EntityType> types;
    private final boolean fallback;

    /**
     * Persons and organisations scored at least 0.7, merged before the rules. The corpora's LOC mixes states,
     * cities and regions, and their MISC takes in nationality words ("Spanish", "valdoriens") that the guidelines
     * count as mentions of the state: places and demonyms are left to the knowledge base and the rules, which tell
     * GPE from LOC.
     */
    public StatisticalNameTagger() {
        this(0.7, EnumSet.of(EntityType.PER, EntityType.ORG), false);
    }

    /**
     * @param minScore least calibrated score of a name kept
     * @param types    the model's types kept (PER, ORG, LOC, MISC)
     * @param fallback whether the names only fill the gaps the knowledge base and the rules leave ({@link NameTagger#fallback})
     */
    public StatisticalNameTagger(double minScore, Set<EntityType> types, boolean fallback) {
        this.minScore = minScore;
        this.types = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
        this.fallback = fallback;
    }

    /** The tagger of the default pipeline: confident persons and organisations where the knowledge base and the rules found nothing. */
    public static StatisticalNameTagger gapFiller() {
        return new StatisticalNameTagger(0.9, EnumSet.of(EntityType.PER, EntityType.ORG), true);
    }

    @Override
    public boolean fallback() {
        return fallback;
    }

    @Override
    public List<NameSpan> tag(Document doc, Sentence sentence, List<Token> tokens, String language) {
        Optional<NerTagger> tagger = taggers.computeIfAbsent(language == null ? "und" : language,
                code -> NerModel.forLanguage(code).map(NerTagger::new));
        if (tagger.isEmpty() || tokens.isEmpty()) return List.of();
        List<NameSpan> out = new ArrayList<>();
        for (TaggedName n : tagger.get().tag(doc.text(), tokens)) {
            if (!types.contains(n.type()) || n.score() < minScore) continue;
            out.add(new NameSpan(n.span(), n.type(), n.score(), "ner"));
        }
        return out;
    }
}
