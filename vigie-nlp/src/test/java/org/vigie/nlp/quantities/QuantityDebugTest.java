package org.vigie.nlp.quantities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

class QuantityDebugTest {
    @Test
    void debug() {
        for (String s : System.getProperty("q", "").split("\\|")) {
            Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(s));
            d = d.with(Layers.builder().put(LayerKind.ENTITIES, List.of()).put(LayerKind.MENTIONS, List.of()).build());
            System.out.println(s + " -> " + new QuantityAnnotator().annotate(d).get(LayerKind.QUANTITIES).stream().map(q -> q.span().of(s) + "=" + q).toList());
        }
    }
}
