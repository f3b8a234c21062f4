package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Companies and airlines are organisations: the knowledge base's companies, airline names, role words next to them. */
class CompanyNamesTest {
    private static Document full(String text) {
        return RuleMentions.FULL.run(Document.ofText(text));
    }

    @Test
    void aCompanyOfTheDerivedTableIsAnOrganisationByItsNameAlone() {
        Document d = full("Boeing said it would cut jobs at two plants, and Halliburton made a similar announcement.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Boeing").type(), RuleMentions.surfaces(d).toString());
        assertEquals("vigie:boeing", RuleMentions.required(d, "Boeing").entityId());
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Halliburton").type());
    }

    @Test
    void theKnowledgeBaseGivesACompanyItsCountryAndItsFullNameAsAlias() {
        KnowledgeBase kb = KnowledgeBase.get();
        var boeing = kb.entry("vigie:boeing").orElseThrow();
        assertEquals("company", boeing.kind());
        assertEquals(EntityType.ORG, boeing.type());
        assertEquals("Q30", boeing.country().orElseThrow());
        assertTrue(kb.lookup("Medtronic Inc").stream().anyMatch(e -> e.id().equals("vigie:medtronic")));
    }

    @Test
    void aMakerBeforeAModelNumberStaysAProduct() {
        Document d = full("The Boeing 737 landed safely after the crew reported smoke.");
        assertEquals(EntityType.MISC, RuleMentions.required(d, "Boeing 737").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aNameEndingInAnAirlineWordIsOneOrganisationWithItsDemonymInside() {
        Document d = full("Turkish Airlines and Qatar Airways resumed flights, while Korvan Airlines kept its planes on the ground.");
        for (String name : List.of("Turkish Airlines", "Qatar Airways", "Korvan Airlines")) {
            assertEquals(EntityType.ORG, RuleMentions.required(d, name).type(), name + " " + RuleMentions.surfaces(d));
        }
        assertTrue(d.mentions().stream().noneMatch(m -> m.type() == EntityType.GPE), RuleMentions.surfaces(d).toString());
    }

    @Test
    void airAndACountryOrCityIsAnAirline() {
        Document d = full("Air India and Air Canada added flights to the capital on Tuesday.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Air India").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Air Canada").type());
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.GPE), d.entities().toString());
    }

    @Test
    void theDemonymBeforeAGovernmentWordIsStillAMentionOfTheState() {
        Document d = full("The British government said the talks would go on.");
        assertEquals(EntityType.GPE, RuleMentions.required(d, "British").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aRoleWordAfterACompanyIsNoPartOfTheNameAndMakesNoPerson() {
        Document d = full("On Monday the Korvex CEO met union leaders in the capital.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Korvex").type(), RuleMentions.surfaces(d).toString());
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.PER), d.entities().toString());
        assertTrue(d.mentions().stream().noneMatch(m -> d.text(m.span()).contains("CEO")), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aPossessiveRoleOrARoleBeforeOfMakesTheNameAnOrganisation() {
        Document d = full("Analysts said Marvane's chief executive would resign.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Marvane").type(), RuleMentions.surfaces(d).toString());
        Document fr = full("Selon les syndicats, le PDG de Lorvex a présenté un plan social lundi.");
        assertEquals(EntityType.ORG, RuleMentions.required(fr, "Lorvex").type(), RuleMentions.surfaces(fr).toString());
    }

    @Test
    void aRoleWordBeforeAPersonsNameIsATitle() {
        Document d = full("Yesterday Boeing CEO Maria Lindqvist met union leaders.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Boeing").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.PER, RuleMentions.required(d, "Maria Lindqvist").type());
    }

    @Test
    void theCompanyOfAFrenchRolePhraseIsTheAirline() {
        Document d = full("Le PDG d'Air France a rencontré les pilotes mardi.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Air France").type(), RuleMentions.surfaces(d).toString());
        List<Entity> per = d.entities().stream().filter(e -> e.type() == EntityType.PER).toList();
        assertTrue(per.isEmpty(), per.toString());
    }

    @Test
    void aRoleWordOfAnotherLanguageInACopiedPassageStillMakesTheNameAnOrganisation() {
        Document d = full("The union said the company would appeal. Le PDG de Lorvex a démissionné. Shares fell sharply on Friday.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Lorvex").type(), RuleMentions.surfaces(d).toString());
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.PER), d.entities().toString());
    }
}
