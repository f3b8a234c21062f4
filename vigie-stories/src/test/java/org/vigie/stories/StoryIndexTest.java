package org.vigie.stories;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StoryIndexTest {
    private static final String TROOPS = "Korvan has moved two armoured brigades towards the Sarvel valley, officials in Miravel said on Monday. "
            + "The defence ministry described the movement as a routine rotation of forces ahead of spring exercises near the border. "
            + "Diplomats in Brenhaven said talks between the two foreign ministers would resume next week.";
    private static final String FLOODS = "Heavy rain flooded the old town of Tesmar overnight and hundreds of residents were moved to schools. "
            + "The river rose by three metres in a few hours and the mayor asked for pumps and volunteers from neighbouring towns.";

    private static Document doc(String text, String language, String date, List<Entity> entities) {
        Layers.Builder b = Layers.builder()
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language)))
                .put(LayerKind.PUBLISHED, List.of(new Published(date, null, Published.Method.METADATA)))
                .put(LayerKind.ENTITIES, entities);
        return Document.ofText(text).with(b.build());
    }

    private static Entity entity(String id, String name, EntityType type) {
        return new Entity(id, name, type, List.of(new Span(0, 1)));
    }

    @Test
    void aRepublishedCopyWithOtherBoilerplateJoinsAsACopy() {
        StoryIndex index = new StoryIndex();
        Assignment original = index.add(Fingerprint.of(doc(TROOPS, "en", "2025-03-10", List.of())));
        Assignment copy = index.add(Fingerprint.of(doc("Home | World | Europe\n" + TROOPS + "\nShare this article\n", "en", "2025-03-10", List.of())));
        assertEquals(Relation.REPORT, original.relation(), "alone, a document is a report");
        assertEquals(Relation.ORIGINAL, index.membership(original.documentId()).orElseThrow().relation(), "once copied, the original");
        assertEquals(original.storyId(), copy.storyId());
        assertTrue(copy.relation() == Relation.COPY || copy.relation() == Relation.EDIT, copy.toString());
        assertEquals(original.documentId(), copy.of());
    }

    @Test
    void anUnrelatedStoryStartsItsOwnCluster() {
        StoryIndex index = new StoryIndex();
        Assignment a = index.add(Fingerprint.of(doc(TROOPS, "en", "2025-03-10", List.of())));
        Assignment b = index.add(Fingerprint.of(doc(FLOODS, "en", "2025-03-10", List.of())));
        assertNotEquals(a.storyId(), b.storyId());
        assertEquals(2, index.stories().size());
    }

    @Test
    void aTranslationMeetsItsOriginalThroughEntitiesFiguresAndDates() {
        List<Entity> shared = List.of(entity("vigie:valdoria", "Valdoria", EntityType.GPE), entity("vigie:sarvel-valley", "Sarvel valley", EntityType.LOC),
                entity("vigie:miravel", "Miravel", EntityType.GPE));
        Document en = doc(TROOPS, "en", "2025-03-10", shared).without(LayerKind.ENTITIES)
                .with(Layers.builder().put(LayerKind.ENTITIES, shared)
                        .put(LayerKind.QUANTITIES, List.of(new Quantity(new Span(0, 3), 2.0, "brigade", false, false, null)))
                        .put(LayerKind.TIMES, List.of(new TimeExpression(new Span(0, 3), "2025-03-10", TimeExpression.Granularity.DAY))).build());
        String french = "Korvan a déplacé deux brigades blindées vers la vallée de la Sarvel, ont indiqué lundi des responsables à Miravel.";
        Document fr = doc(french, "fr", "2025-03-10", shared).without(LayerKind.ENTITIES)
                .with(Layers.builder().put(LayerKind.ENTITIES, shared)
                        .put(LayerKind.QUANTITIES, List.of(new Quantity(new Span(0, 3), 2.0, "brigade", false, false, null)))
                        .put(LayerKind.TIMES, List.of(new TimeExpression(new Span(0, 3), "2025-03-10", TimeExpression.Granularity.DAY))).build());
        StoryIndex index = new StoryIndex();
        Assignment a = index.add(Fingerprint.of(en));
        Assignment b = index.add(Fingerprint.of(fr));
        assertEquals(a.storyId(), b.storyId());
        assertEquals(Relation.TRANSLATION, b.relation());
    }

    @Test
    void assignmentComparesWithCandidatesOnlyAndStaysConsistentAsTheIndexGrows() {
        StoryIndex index = new StoryIndex();
        List<String> ids = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        String[] syllables = {"ka", "lo", "mi", "ter", "van", "su", "rel", "dor", "pa", "nix", "qua", "bel", "tor", "fen"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                for (int s = 0; s < 3; s++) text.append(syllables[random.nextInt(syllables.length)]);
                text.append(w % 10 == 9 ? ". " : " ");
            }
            ids.add(index.add(Fingerprint.of(doc(text.toString(), "en", "2025-03-10", List.of()))).storyId());
        }
        assertEquals(300, new java.util.HashSet<>(ids).size(), "distinct reports must not be merged");
        Assignment again = index.add(Fingerprint.of(doc(TROOPS, "en", "2025-03-10", List.of())));
        Assignment copy = index.add(Fingerprint.of(doc(TROOPS + " ", "en", "2025-03-10", List.of())));
        assertEquals(again.storyId(), copy.storyId());
    }
}
