package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Aircraft and vehicles named by maker and model number, and the operator named before them. */
class ProductNamesTest {
    private static final Pipeline FULL = RuleMentions.FULL;

    @Test
    void aMakerAndModelNumberAreOneProductAndTheAirlineBeforeItAnOrganisation() {
        for (Pipeline p : List.of(FULL, DefaultPipeline.create(List.of("blocks", "language", "segment", "entities-rules")))) {
            Document d = p.run(Document.ofText("A Korvan Airways Airbus A320 was shot down near the border on Monday."));
            assertEquals(EntityType.MISC, RuleMentions.required(d, "Airbus A320").type());
            assertEquals(EntityType.ORG, RuleMentions.required(d, "Korvan Airways").type(), RuleMentions.surfaces(d).toString());
        }
    }

    @Test
    void hyphenatedModelNumbersBelongToTheProduct() {
        Document d = FULL.run(Document.ofText("Two Sukhoi Su-25 jets and a Lockheed C-130 flew over the valley."));
        assertEquals(EntityType.MISC, RuleMentions.required(d, "Sukhoi Su-25").type());
        assertEquals(EntityType.MISC, RuleMentions.required(d, "Lockheed C-130").type());
    }

    @Test
    void aDesignationOfLettersHyphenAndNumberIsAModelEvenWithoutItsMaker() {
        Document d = FULL.run(Document.ofText("Report\n\nThe Dutch government sent F-16 jets, and Russia moved S-400 batteries and MiG-29 fighters north."));
        for (String model : List.of("F-16", "S-400", "MiG-29")) {
            assertEquals(EntityType.MISC, RuleMentions.required(d, model).type(), model + " " + RuleMentions.surfaces(d));
        }
        for (String letters : List.of("F", "S", "MiG")) {
            assertTrue(RuleMentions.mention(d, letters).isEmpty(), letters + " " + RuleMentions.surfaces(d));
        }
        Document word = FULL.run(Document.ofText("Report\n\nThe co-founder of Tesla, in a 2-1 vote, lost."));
        assertTrue(word.entities().stream().noneMatch(e -> e.name().startsWith("co-") || e.name().equals("2-1")), RuleMentions.surfaces(word).toString());
    }

    @Test
    void aMakerWithoutModelNumberOrWithAYearIsNoProduct() {
        Document d = FULL.run(Document.ofText("Boeing published its 2024 figures. Analysts read the Boeing 2024 report closely."));
        assertTrue(d.mentions().stream().noneMatch(m -> m.type() == EntityType.MISC && d.text(m.span()).startsWith("Boeing")),
                RuleMentions.surfaces(d).toString());
    }

    @Test
    void theMakerAndItsProductsAreDifferentEntitiesAndSoAreTwoModels() {
        Document d = FULL.run(Document.ofText("Boeing said on Tuesday that the Boeing 737 and the Boeing 747 would fly again. "
                + "Boeing did not say when."));
        Entity b737 = entityOf(d, "Boeing 737"), b747 = entityOf(d, "Boeing 747");
        assertNotEquals(b737.id(), b747.id());
        for (Mention m : d.mentions()) {
            if (d.text(m.span()).equals("Boeing")) {
                assertNotEquals(b737.id(), m.entityId());
                assertNotEquals(b747.id(), m.entityId());
            }
        }
    }

    @Test
    void aCodeOfCapitalsAndDigitsIsAThingNotAnOrganisation() {
        Document d = FULL.run(Document.ofText("The crew of flight KV17 left on time, the COP31 delegates said."));
        assertEquals(EntityType.MISC, RuleMentions.required(d, "KV17").type());
        assertEquals(EntityType.MISC, RuleMentions.required(d, "COP31").type());
        Document g = FULL.run(Document.ofText("The G7 leaders met on Friday."));
        assertEquals(EntityType.ORG, RuleMentions.required(g, "G7").type(), "a group the knowledge base knows");
    }

    private static Entity entityOf(Document d, String surface) {
        String id = RuleMentions.required(d, surface).entityId();
        return d.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
