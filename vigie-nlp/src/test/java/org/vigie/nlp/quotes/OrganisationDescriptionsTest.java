package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OrganisationDescriptionsTest {
    private static final Pipeline ENTITIES = DefaultPipeline.create(List.of("blocks", "language", "segment", "published", "entities"));
    private static final Pipeline EVENTS = DefaultPipeline.create(List.of("blocks", "language", "segment", "published", "entities", "quotes", "times", "events"));

    private static List<String> described(String text) {
        Document doc = ENTITIES.run(Document.ofText(text));
        Document out = OrganisationDescriptions.withDescriptions(doc);
        List<Mention> before = doc.layerOrEmpty(LayerKind.MENTIONS);
        return out.layerOrEmpty(LayerKind.MENTIONS).stream().filter(m -> !before.contains(m))
                .map(m -> m.span().of(text) + "=" + name(out, m.entityId())).toList();
    }

    private static String name(Document doc, String id) {
        return doc.layerOrEmpty(LayerKind.ENTITIES).stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(id);
    }

    @Test
    void aDefiniteNounFromTheNameOfTheLastNamedOrganisationRefersToIt() {
        assertEquals(List.of("the agency=International Atomic Energy Agency"),
                described("The International Atomic Energy Agency sent four inspectors to Iran. Officials in Tehran later criticised the agency."));
        assertEquals(List.of("the nuclear agency=International Atomic Energy Agency"),
                described("The International Atomic Energy Agency sent four inspectors to Iran. Tehran later criticised the nuclear agency."));
        assertEquals(List.of("The court=International Criminal Court"),
                described("Kenya asked the International Criminal Court to drop the case. The court refused on Tuesday."));
    }

    @Test
    void noOrganisationNamedBeforeWithThatNounMeansNoReference() {
        assertEquals(List.of(), described("The European Union met in Brussels. The agency said nothing."));
        assertEquals(List.of(), described("The agency said nothing. The International Atomic Energy Agency met later."));
    }

    @Test
    void aDescriptionWhoseOwnerIsNamedRightAfterIsAnotherBody() {
        assertEquals(List.of(), described("The International Atomic Energy Agency met on Monday. The agency of the African Union did not."));
    }

    @Test
    void aDescriptionThatSpeaksIsTheOrganisation() {
        Document doc = EVENTS.run(Document.ofText("The World Health Organization sent a team to Goma on Friday. "
                + "The organisation said the outbreak was under control."));
        List<org.vigie.core.model.Quote> quotes = doc.layerOrEmpty(LayerKind.QUOTES);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("World Health Organization", quotes.get(0).speaker().name());
        Document direct = EVENTS.run(Document.ofText("Kenya asked the International Criminal Court to drop the case. "
                + "\"We will not drop it,\" the court said in a statement."));
        assertEquals("International Criminal Court", direct.layerOrEmpty(LayerKind.QUOTES).get(0).speaker().name());
    }

    @Test
    void anEventAimedAtTheDescriptionIsAimedAtTheOrganisation() {
        Document doc = EVENTS.run(Document.ofText("The International Atomic Energy Agency sent four inspectors to Iran on Monday. "
                + "Iran accused the agency of spying for Israel."));
        Event accuse = doc.layerOrEmpty(LayerKind.EVENTS).stream().filter(e -> e.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertEquals("International Atomic Energy Agency", accuse.actor2().name());
    }
}
