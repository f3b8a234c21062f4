package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A lone unknown capitalised word is a place only with evidence of one: a placing preposition, a noun only places
 * have, a country-name ending, a demonym made from it or another mention of it as a place; without any it is left
 * MISC, and a word of creed is never a place.
 */
class PlaceEvidenceTest {
    private static EntityType type(String text, String surface) {
        Document d = RuleMentions.run(text);
        return RuleMentions.required(d, surface).type();
    }

    @Test
    void aLoneUnknownWordWithoutEvidenceOfAPlaceIsNotAPlace() {
        assertEquals(EntityType.MISC, type("The council said the Brokenhorn pact would not be signed this year.", "Brokenhorn"));
        assertEquals(EntityType.MISC, type("Farmers said prices fell after officials praised Quimbert in a statement.", "Quimbert"));
        assertEquals(EntityType.MISC, type("Le comité a salué mardi le rôle de Tarnvik dans les discussions.", "Tarnvik"));
    }

    @Test
    void aWordOfCreedIsNeverAPlaceEvenAfterAPlacePreposition() {
        assertEquals(EntityType.MISC, type("The judges said that Sharia courts would hear the case next week.", "Sharia"));
        assertEquals(EntityType.MISC, type("Clashes broke out in Sunni districts of the town overnight.", "Sunni"));
        assertNotEquals(EntityType.GPE, type("Officials said the Salafi preacher left the country on Friday.", "Salafi"));
    }

    @Test
    void aNounOnlyPlacesHaveMakesTheNameAPlace() {
        assertEquals(EntityType.GPE, type("Troops massed along the Quorvand border on Friday.", "Quorvand"));
        assertEquals(EntityType.GPE, type("Shells hit the outskirts of Bresk overnight, the army said.", "Bresk"));
        assertEquals(EntityType.GPE, type("Officials said Telmark's embassy would stay closed until Monday.", "Telmark"));
        assertEquals(EntityType.GPE, type("Des tirs ont visé la ville frontalière de Ostrel jeudi soir.", "Ostrel"));
    }

    @Test
    void aPlaceAdverbWithAnOfWordPlacesTheName() {
        assertEquals(EntityType.GPE, type("Des soldats campent autour de Velmira depuis lundi, selon la police.", "Velmira"));
        assertEquals(EntityType.GPE, type("Rebels were seen north of Kastrov on Sunday, witnesses said.", "Kastrov"));
        assertEquals(EntityType.GPE, type("Les habitants ont fui loin de Drenmark mercredi.", "Drenmark"));
    }

    @Test
    void aCountryNameEndingIsEvidenceOfAPlace() {
        assertEquals(EntityType.GPE, type("The minister said Ostravania had recalled its envoy on Tuesday.", "Ostravania"));
        assertEquals(EntityType.GPE, type("Le ministre a dit que la Pelmarie avait rappelé son ambassadeur.", "Pelmarie"));
        assertEquals(EntityType.GPE, type("Officials said Kurmistan rejected the offer late on Monday.", "Kurmistan"));
    }

    @Test
    void aDemonymMadeFromTheNameInTheDocumentMakesItAPlace() {
        Document d = RuleMentions.run("Officials said Trebsk had closed the road. Trebskian troops were seen moving west on Monday.");
        assertEquals(EntityType.GPE, RuleMentions.required(d, "Trebsk").type(), RuleMentions.surfaces(d).toString());
        Document f = RuleMentions.run("Le ministre a dit que Morvat rejetait l'offre. Les soldats morvatiens sont restés sur place.");
        assertEquals(EntityType.GPE, RuleMentions.required(f, "Morvat").type(), RuleMentions.surfaces(f).toString());
    }

    @Test
    void anotherMentionAsAPlaceTypesTheUnevidencedOnes() {
        Document d = RuleMentions.run("Officials said Hollenstad was calm. Fighting was reported near Hollenstad on Monday.");
        RuleMentions.surfaces(d);
        assertTrue(d.mentions().stream().filter(m -> d.text(m.span()).equals("Hollenstad")).count() >= 2, RuleMentions.surfaces(d).toString());
        d.mentions().stream().filter(m -> d.text(m.span()).equals("Hollenstad"))
                .forEach(m -> assertEquals(EntityType.GPE, m.type(), RuleMentions.surfaces(d).toString()));
    }
}
