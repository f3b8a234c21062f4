package org.vigie.eval.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

/**
 * The layers the quotes and events annotators need, built on a raw corpus text: blocks and segmentation from the
 * default pipeline, the corpus language set rather than detected, and entities from the pipeline's entity annotator
 * when one is registered, else from {@link CapitalisedEntities}.
 */
public final class CorpusInput {
    private final boolean realEntities = DefaultPipeline.names().contains("entities");
    private final Pipeline pipeline = DefaultPipeline.create(realEntities
            ? List.of("blocks", "segment", "entities") : List.of("blocks", "segment"));

    public Document prepare(Document raw, String language) {
        Document d = raw.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        d = pipeline.run(d);
        if (!realEntities) d = d.with(CapitalisedEntities.annotate(d, language));
        return d;
    }

    public String entitySource() {
        return realEntities ? "the pipeline's entities annotator" : "capitalised spans (CapitalisedEntities)";
    }
}
