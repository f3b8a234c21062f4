package org.vigie.eval.quotes;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Metadata;
import org.vigie.nlp.artefacts.ReadingAnnotator;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.List;

/**
 * The input an evaluated annotator sees for a gold record: the gold text with the gold blocks, language, language
 * spans, published date, entities, mentions and times injected, and sentences and tokens from the default
 * segmenter reading the text repaired (see ReadingAnnotator). Quotes and events are not injected: they are what is evaluated.
 */
public final class GoldInput {
    private GoldInput() {
    }

    public static Document of(Document gold) {
        Document d = Document.of(gold.id(), gold.input(), gold.text(), Metadata.EMPTY);
        Layers.Builder b = Layers.builder();
        for (LayerKind<?> k : List.of(LayerKind.BLOCKS, LayerKind.LANGUAGES, LayerKind.LANGUAGE, LayerKind.TITLE,
                LayerKind.STORIES, LayerKind.PUBLISHED, LayerKind.MENTIONS, LayerKind.ENTITIES, LayerKind.TIMES)) {
            copy(gold, k, b);
        }
        d = d.with(b.build());
        d = d.with(new ReadingAnnotator().annotate(d));
        return d.with(Pipeline.apply(new SegmentAnnotator(), d));
    }

    private static <T> void copy(Document from, LayerKind<T> kind, Layers.Builder to) {
        if (from.has(kind)) to.put(kind, from.layer(kind));
    }
}
