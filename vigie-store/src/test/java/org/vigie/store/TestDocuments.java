package org.vigie.store;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small analysed documents written for the store tests. */
public final class TestDocuments {
    private TestDocuments() {
    }

    public static byte[] bytes(Document doc) {
        return doc.text().getBytes(StandardCharsets.UTF_8);
    }

    /** The span of the n-th (0-based) occurrence of {@code part} in {@code text}. */
    public static Span find(String text, String part, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(part, at + 1);
            if (at < 0) throw new IllegalArgumentException("'" + part + "' occurs fewer than " + (n + 1) + " times");
        }
        return new Span(at, at + part.length());
    }

    public static Span find(String text, String part) {
        return find(text, part, 0);
    }

    /** A document with one entity of each listed name; each name is mentioned where it occurs in the text. */
    public static Document withEntities(String text, String title, Entity... entities) {
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.TITLE, title == null ? List.of() : List.of(new Title(title, null)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("fr")))
                .put(LayerKind.ENTITIES, List.of(entities))
                .build());
    }

    public static Entity entity(String id, String name, EntityType type, String text, String... surfaces) {
        List<Span> mentions = new ArrayList<>();
        for (String s : surfaces) {
            int n = (int) mentions.stream().filter(m -> text.substring(m.start(), m.end()).equals(s)).count();
            mentions.add(find(text, s, n));
        }
        mentions.sort(null);
        return new Entity(id, name, type, mentions);
    }

    /** A document carrying every kind of layer the analysis record has, with an emoji to shift code points. */
    public static Document full() {
        String text = "Paris \uD83D\uDE00 Flash\n"
                + "Selon l'AFP, Anne Hidalgo a déclaré : « Nous accueillerons 150 XNUMX visiteurs lundi. »\n"
                + "Partager 12";
        Span line1 = new Span(0, text.indexOf('\n'));
        Span line2 = new Span(line1.end() + 1, text.lastIndexOf('\n'));
        Span line3 = new Span(line2.end() + 1, text.length());
        EntityRef hidalgo = new EntityRef("vigie:anne-hidalgo", "Anne Hidalgo");
        EntityRef paris = new EntityRef("Q90", "Paris");
        Span quote = find(text, "Nous accueillerons 150 XNUMX visiteurs lundi.");
        return Document.ofText(text).with(Layers.builder()
                .put(LayerKind.BLOCKS, List.of(Block.boilerplate(line1, Block.Kind.NAV), Block.body(line2, Block.Kind.PARAGRAPH),
                        Block.boilerplate(line3, Block.Kind.COUNTER)))
                .put(LayerKind.LANGUAGES, List.of(new LanguageSpan(line1, "fr", 1.0), new LanguageSpan(line2, "fr", 1.0),
                        new LanguageSpan(line3, "fr", 1.0)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("fr")))
                .put(LayerKind.TITLE, List.of(new Title("Flash", null)))
                .put(LayerKind.PUBLISHED, List.of(new Published("2022-01-09", null, Published.Method.INFERRED)))
                .put(LayerKind.STORIES, List.of(new StorySegment(line2, null)))
                .put(LayerKind.SOURCES, List.of(new SourceCredit("AFP", "Q40464", SourceCredit.Role.CREDITED, find(text, "AFP"))))
                .put(LayerKind.ARTEFACTS, List.of(new Artefact(find(text, "150 XNUMX"), Artefact.Kind.MT_NUMBER, "150 000")))
                .put(LayerKind.ENTITIES, List.of(
                        new Entity("Q90", "Paris", EntityType.GPE, List.of(find(text, "Paris"))),
                        new Entity("Q40464", "Agence France-Presse", EntityType.ORG, List.of(find(text, "AFP"))),
                        new Entity("vigie:anne-hidalgo", "Anne Hidalgo", EntityType.PER, List.of(find(text, "Anne Hidalgo")))))
                .put(LayerKind.QUOTES, List.of(new Quote(quote, true, hidalgo, find(text, "a déclaré"), "fr")))
                .put(LayerKind.QUANTITIES, List.of(new Quantity(find(text, "150 XNUMX visiteurs"), 150000.0, "visitor", false, true, hidalgo)))
                .put(LayerKind.TIMES, List.of(new TimeExpression(find(text, "lundi"), "2022-01-10", TimeExpression.Granularity.DAY)))
                .put(LayerKind.EVENTS, List.of(new Event(EventType.AID, null, paris, null, paris, "2022-01-10", false, quote)))
                .build());
    }
}
