package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import static org.junit.jupiter.api.Assertions.*;

/** An unknown capitalised word is a place only with evidence; a confident model type wins over the rules' guess. */
class UnknownNameTypesTest {
    @Test
    void theModelsOrganisationTypeWinsOverTheRulesGuessForAnUnknownWord() {
        Document d = RuleMentions.FULL.run(Document.ofText("Lufthansa suspended its flights to the region on Monday."));
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Lufthansa").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void anUnknownWordAfterAPlacePrepositionStaysAPlace() {
        Document d = RuleMentions.FULL.run(Document.ofText("Fighting was reported near Zalentsk on Monday, officials said."));
        assertEquals(EntityType.GPE, RuleMentions.required(d, "Zalentsk").type(), RuleMentions.surfaces(d).toString());
    }
}
