package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Speakers whose names the entity layer typed by guess, and pronouns that must find a person. */
class SpeakerTypesTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();

    /** A document whose entities are given as (surface, type, confidence); each surface's first occurrence. */
    private static Document doc(String text, Object... specs) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        List<Mention> ms = new ArrayList<>();
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < specs.length; i += 3) {
            String surface = (String) specs[i];
            EntityType type = (EntityType) specs[i + 1];
            double confidence = (Double) specs[i + 2];
            String id = "vigie:" + surface.toLowerCase().replace(' ', '-');
            List<Span> spans = new ArrayList<>();
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                spans.add(new Span(at, at + surface.length()));
                ms.add(new Mention(new Span(at, at + surface.length()), type, id, confidence));
            }
            es.add(new Entity(id, surface, type, spans));
        }
        ms.sort(java.util.Comparator.comparing(Mention::span));
        return d.with(Layers.builder().put(LayerKind.MENTIONS, ms).put(LayerKind.ENTITIES, es).build());
    }

    private List<Quote> quotes(Document d) {
        return annotator.annotate(d).get(LayerKind.QUOTES);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void anUnknownWordGuessedAsAPlaceThatSpeaksIsThePersonHeLaterRefersTo() {
        String t = "The Senate Bank Office published its report on Monday.\n"
                + "\"The rules were broken,\" Quorvitt said.\n"
                + "He added that the fines were too small.";
        Document d = doc(t, "Senate Bank Office", EntityType.ORG, 0.75, "Quorvitt", EntityType.GPE, 0.45);
        List<Quote> q = quotes(d);
        assertEquals("Quorvitt", speaker(q.get(0)));
        assertEquals("Quorvitt", speaker(q.get(q.size() - 1)));
    }

    @Test
    void aPlaceNamedAfterAPrepositionStaysAPlaceAndHeFindsNoPerson() {
        String t = "Troops gathered in Quorvitt on Monday.\n"
                + "Quorvitt said the drills were routine.\n"
                + "He added that the troops would leave.";
        Document d = doc(t, "Quorvitt", EntityType.GPE, 0.45);
        List<Quote> q = quotes(d);
        assertNull(speaker(q.get(q.size() - 1)), "he never resolves to a place");
    }

    @Test
    void sheSkipsTheSubjectWhoseGivenNameIsAMansInTheTable() {
        String t = "John Ardley met Sarah Velcombe on Monday.\n"
                + "She said the talks had gone well.";
        Document d = doc(t, "John Ardley", EntityType.PER, 0.75, "Sarah Velcombe", EntityType.PER, 0.75);
        List<Quote> q = quotes(d);
        assertEquals("Sarah Velcombe", speaker(q.get(0)));
    }

    @Test
    void heNeverResolvesToAnOrganisation() {
        String t = "The Harrow Trust published figures on Monday.\n"
                + "He said the figures were wrong.";
        Document d = doc(t, "Harrow Trust", EntityType.ORG, 0.75);
        List<Quote> q = quotes(d);
        assertNull(speaker(q.get(0)));
    }

    @Test
    void theyGoesToTheOrganisationThatWasTheSubjectNeverToAPerson() {
        String t = "The Harrow Trust published figures on Monday.\n"
                + "They said the figures were wrong.";
        assertEquals("Harrow Trust", speaker(quotes(doc(t, "Harrow Trust", EntityType.ORG, 0.75)).get(0)));
        String p = "Ann Reed met Tom Bale on Monday.\n"
                + "They said the talks had gone well.";
        Document d = doc(p, "Ann Reed", EntityType.PER, 0.75, "Tom Bale", EntityType.PER, 0.75);
        assertNull(speaker(quotes(d).get(0)));
    }
}
