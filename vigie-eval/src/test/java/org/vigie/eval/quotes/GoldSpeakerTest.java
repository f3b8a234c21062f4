package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Which entity a PolNeAR Source span names, on sentences written for the test. */
class GoldSpeakerTest {
    /** A document with each listed surface a mention of its own entity (an outlet when the type is null: no entity). */
    private static Document doc(String text, Object... specs) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        List<Mention> ms = new ArrayList<>();
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < specs.length; i += 2) {
            String surface = (String) specs[i];
            EntityType type = (EntityType) specs[i + 1];
            int at = text.indexOf(surface);
            Span s = new Span(at, at + surface.length());
            String id = "vigie:" + CapitalisedEntities.slug(surface);
            ms.add(new Mention(s, type == null ? EntityType.ORG : type, id, 1.0));
            if (type != null) es.add(new Entity(id, surface, type, List.of(s)));
        }
        ms.sort(java.util.Comparator.comparing(Mention::span));
        return d.with(Layers.builder().put(LayerKind.MENTIONS, ms).put(LayerKind.ENTITIES, es).build());
    }

    private static QuoteScorer.Item gold(Document d, String source, boolean head) {
        int at = d.text().indexOf(source);
        Span content = new Span(d.text().indexOf("the plan"), d.text().indexOf("the plan") + 8);
        PolnearReader.Relation r = new PolnearReader.Relation(List.of(content), List.of(), List.of(new Span(at, at + source.length())));
        return QuoteEvaluator.goldItem(d, r, head);
    }

    @Test
    void theNameHeadingTheSourceIsTheSpeakerNotTheNameModifyingIt() {
        String t = "Harrow Party spokesman Ann Reed said the plan was dead.";
        Document d = doc(t, "Harrow Party", EntityType.ORG, "Ann Reed", EntityType.PER);
        QuoteScorer.Item g = gold(d, "Harrow Party spokesman Ann Reed", true);
        assertTrue(g.speakerScored());
        assertEquals("vigie:ann-reed", g.speaker());
        assertEquals("vigie:harrow-party", gold(d, "Harrow Party spokesman Ann Reed", false).speaker(), "the previous protocol");
    }

    @Test
    void anAppositionOrBracketAfterTheNameIsNotTheHead() {
        String t = "Ann Reed (D-Mo.), a lawyer for Harrow Party, said the plan was dead.";
        Document d = doc(t, "Ann Reed", EntityType.PER, "Harrow Party", EntityType.ORG);
        assertEquals("vigie:ann-reed", gold(d, "Ann Reed (D-Mo.), a lawyer for Harrow Party", true).speaker());
    }

    @Test
    void aCommonNounHeadOrAnOutletIsNotScoredForTheSpeaker() {
        String t = "The Harrow Party chairman said the plan was dead, and the Daily Courier reported it.";
        Document d = doc(t, "Harrow Party", EntityType.ORG, "Daily Courier", null);
        assertFalse(gold(d, "The Harrow Party chairman", true).speakerScored());
        assertTrue(gold(d, "The Harrow Party chairman", false).speakerScored(), "the previous protocol scored the modifier");
        assertFalse(gold(d, "the Daily Courier", true).speakerScored());
    }

    @Test
    void aPossessiveSourceIsHeadedByTheNameBeforeIts() {
        String t = "Ann Reed’s claim that the plan was dead spread fast.";
        Document d = doc(t, "Ann Reed", EntityType.PER);
        assertEquals("vigie:ann-reed", gold(d, "Ann Reed’s", true).speaker());
    }
}
