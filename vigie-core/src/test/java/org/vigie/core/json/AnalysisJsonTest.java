package org.vigie.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AnalysisJsonTest {

    @Test
    void offsetsAreCodePointsInJsonAndCharsInside() {
        String text = "\uD83D\uDE00 L’OTAN a dit « oui ».";
        int otan = text.indexOf("OTAN");
        Document doc = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.ENTITIES, List.of(new Entity("Q7184", "NATO", EntityType.ORG, List.of(new Span(otan, otan + 4)))))
                .build());
        ObjectNode json = AnalysisJson.write(doc);
        var mention = json.path("entities").get(0).path("mentions").get(0);
        assertEquals(otan - 1, mention.path("start").asInt(), "the emoji is one code point but two chars");
        assertEquals("OTAN", mention.path("text").asText());
        assertEquals("OTAN", text.codePoints().skip(mention.path("start").asInt()).limit(4)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());

        Document back = AnalysisJson.read(json);
        assertEquals(new Span(otan, otan + 4), back.entities().get(0).mentions().get(0));
    }

    @Test
    void absentInformationIsNullOrEmptyNeverMadeUp() {
        ObjectNode json = AnalysisJson.write(Document.ofText("rien"));
        assertTrue(json.path("title").isNull());
        assertTrue(json.path("published").isNull());
        assertEquals("und", json.path("language").asText());
        for (String field : List.of("blocks", "stories", "sources", "artefacts", "entities", "quotes", "quantities", "times", "events")) {
            assertTrue(json.path(field).isArray() && json.path(field).isEmpty(), field);
        }
        assertFalse(json.has("story"));
    }

    @Test
    void roundTripKeepsEveryLayer() {
        String text = "Selon Reuters, 150 XNUMX soldats sont arrivés lundi.";
        Span reuters = new Span(6, 13);
        EntityRef reutersRef = new EntityRef("Q130879", "Reuters");
        Document doc = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.BLOCKS, List.of(Block.body(new Span(0, text.length()), Block.Kind.PARAGRAPH)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("fr")))
                .put(LayerKind.TITLE, List.of(new Title("Titre", null)))
                .put(LayerKind.PUBLISHED, List.of(new Published("2022-02-10", null, Published.Method.INFERRED)))
                .put(LayerKind.QUANTITIES, List.of(new Quantity(new Span(15, 31), 150000.0, "soldier", true, true, reutersRef)))
                .put(LayerKind.TIMES, List.of(new TimeExpression(new Span(45, 50), "2022-02-07", TimeExpression.Granularity.DAY)))
                .put(LayerKind.SOURCES, List.of(new SourceCredit("Reuters", "Q130879", SourceCredit.Role.CITED, reuters)))
                .put(LayerKind.EVENTS, List.of(new Event(EventType.MOBILIZE, null, reutersRef, null, null, "2022-02-07", false, new Span(0, text.length()))))
                .build());
        ObjectNode json = AnalysisJson.write(doc);
        assertEquals(150000, json.path("quantities").get(0).path("value").asLong());
        assertTrue(json.path("quantities").get(0).path("value").isIntegralNumber());
        Document back = AnalysisJson.read(json);
        assertEquals(doc.quantities(), back.quantities());
        assertEquals(doc.times(), back.times());
        assertEquals(doc.sources(), back.sources());
        assertEquals(doc.events(), back.events());
        assertEquals(doc.blocks(), back.blocks());
        assertEquals("fr", back.language().orElseThrow());
        assertEquals(json, AnalysisJson.write(back));
    }

    @Test
    void aBlockTheLanguageLayerSaysNothingAboutHasNoLanguage() {
        String text = "Un paragraphe en français.\n41";
        Document doc = Document.ofText(text).with(Layers.builder()
                .put(LayerKind.BLOCKS, List.of(Block.body(new Span(0, 26), Block.Kind.PARAGRAPH), Block.boilerplate(new Span(27, 29), Block.Kind.COUNTER)))
                .put(LayerKind.LANGUAGES, List.of(new LanguageSpan(new Span(0, 26), "fr", 0.99)))
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("fr"))).build());
        ObjectNode json = AnalysisJson.write(doc);
        assertEquals("fr", json.path("blocks").get(0).path("language").asText());
        assertTrue(json.path("blocks").get(1).path("language").isNull());
        assertEquals(json, AnalysisJson.write(AnalysisJson.read(json)));
    }

    @Test
    void codePointIndexConvertsBothWays() {
        String text = "a\uD83D\uDE00b\uD83D\uDE00c";
        CodePointIndex cp = new CodePointIndex(text);
        assertEquals(5, cp.codePointLength());
        for (int c = 0; c <= 5; c++) assertEquals(c, cp.toCodePoint(cp.toChar(c)));
        assertEquals(3, cp.toChar(2));
    }
}
