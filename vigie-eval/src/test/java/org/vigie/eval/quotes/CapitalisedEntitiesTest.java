package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CapitalisedEntitiesTest {
    @Test
    void capitalisedRunsBecomeEntitiesWithSurnamesGroupedAndFunctionWordsAndTitlesLeftOut() {
        String text = "The talks began on Monday. Jane Morrow met Mr. Tal in Brenhaven. Morrow said the Alliance agreed.";
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        Layers l = CapitalisedEntities.annotate(d, "en");
        Map<String, Entity> byName = l.get(LayerKind.ENTITIES).stream().collect(Collectors.toMap(Entity::name, e -> e));
        assertFalse(byName.containsKey("The"), byName.keySet().toString());
        assertEquals(EntityType.MISC, byName.get("Monday").type(), byName.keySet().toString());
        assertEquals(EntityType.PER, byName.get("Jane Morrow").type(), byName.keySet().toString());
        assertEquals(2, byName.get("Jane Morrow").mentions().size(), "the surname alone joins the full name");
        assertEquals(EntityType.PER, byName.get("Tal").type(), "a title marks a person and stays out of the span");
        assertEquals(EntityType.ORG, byName.get("Brenhaven").type());
        assertEquals(EntityType.ORG, byName.get("Alliance").type());
    }
}
