package org.vigie.bench.stories;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.stories.Fingerprint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReplayTest {
    static final String TEXT = "Customs officers in Port Velden seized 3000 crates of rifles on Tuesday, the Ostrian police said.";

    static Document analysed() {
        return Document.ofText(TEXT).with(Layers.builder()
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage("en")))
                .put(LayerKind.PUBLISHED, List.of(new Published("2025-05-06T10:00", null, Published.Method.METADATA)))
                .put(LayerKind.ENTITIES, List.of(new Entity("vigie:port-velden", "Port Velden", EntityType.GPE,
                        List.of(new Span(TEXT.indexOf("Port Velden"), TEXT.indexOf("Port Velden") + 11)))))
                .put(LayerKind.TIMES, List.of(new TimeExpression(new Span(TEXT.indexOf("Tuesday"), TEXT.indexOf("Tuesday") + 7), "2025-05-06",
                        TimeExpression.Granularity.DAY)))
                .build());
    }

    @Test
    void aReplayHasItsOwnIdDatesNamesAndFiguresButTheSameShape() {
        Document base = analysed();
        Document r = Replay.of(base, 3, 5);
        assertEquals(base.text().length(), r.text().length(), "spans stay valid");
        assertNotEquals(base.id(), r.id());
        assertEquals(64, r.id().length());
        assertEquals("2025-05-27T10:00", r.published().orElseThrow().value(), "three generations of a week later");
        assertEquals("2025-05-27", r.layer(LayerKind.TIMES).get(0).value());
        String id = r.layer(LayerKind.ENTITIES).get(0).id();
        assertTrue(id.startsWith("vigie:p") && id.length() == "vigie:port-velden".length() && !id.equals("vigie:port-velden"), id);
        assertEquals(id, Replay.id("vigie:port-velden", 3), "the same entity gets the same id in every document of a generation");
        assertNotEquals(id, Replay.id("vigie:port-velden", 4));
        assertNotEquals(base.text(), r.text());
        assertFalse(r.text().contains("3000"), "figures change with the generation");
        assertEquals(Replay.of(base, 3, 5).text(), r.text(), "replays are deterministic");
        assertNotEquals(Replay.of(base, 4, 5).id(), r.id());
        assertEquals(r.language(), base.language());
        assertDoesNotThrow(() -> Fingerprint.of(r));
    }

    @Test
    void renamedNamesKeepTheirFirstLetterAndLength() {
        String renamed = Replay.rewrite("Valdoria and Valdorie", 2, new java.util.SplittableRandom(1));
        String[] words = renamed.split(" and ");
        assertEquals('V', words[0].charAt(0));
        assertEquals(words[0].substring(0, 5), words[1].substring(0, 5), "the same name key in both languages");
        assertNotEquals("Valdo", words[0].substring(0, 5));
    }

    @Test
    void theBenchmarkRefusesSizesOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> StoryBench.run(List.of(analysed()), new int[]{10, 5}, System.out));
        assertThrows(IllegalArgumentException.class, () -> StoryBench.run(List.of(), new int[]{10}, System.out));
    }
}
