package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Names of people the knowledge base does not know, typed and grouped by the rules and the given-names tables. */
class PersonNamesTest {
    private final org.vigie.core.Pipeline pipeline = DefaultPipeline.create(List.of("blocks", "segment", "entities-rules"));

    private Document run(String text) {
        return pipeline.run(Document.ofText(text));
    }

    private static Entity entity(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return e;
        throw new AssertionError("no mention '" + surface + "' in " + d.entities());
    }

    @Test
    void aGivenNameBeforeADemonymMakesOnePersonNotAPersonAndAState() {
        Document d = run("The columnist Edward Spanish wrote about the budget on Tuesday.");
        Entity e = entity(d, "Edward Spanish");
        assertEquals(EntityType.PER, e.type());
    }

    @Test
    void aGivenNameThatIsAlsoAStateBeforeAnUnknownWordIsAPerson() {
        Document d = run("The economist Florence Wexlow said the figures were weak.");
        assertEquals(EntityType.PER, entity(d, "Florence Wexlow").type());
    }

    @Test
    void aDemonymAfterALowerCaseWordStaysADemonym() {
        Document d = run("The columnist met French officials in Lyon on Tuesday.");
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.PER), d.entities().toString());
    }

    @Test
    void aSurnameUsedAloneJoinsTheFullNameAsAPerson() {
        Document d = run("Margaret Thorncastle spoke in the morning. On Friday, Thorncastle said the vote would be close.");
        Entity e = entity(d, "Thorncastle");
        assertEquals(EntityType.PER, e.type());
        assertEquals(entity(d, "Margaret Thorncastle").id(), e.id());
    }

    @Test
    void theEnglishTableKnowsCommonGivenNamesAndLeavesTitlesOut() {
        GivenNames en = GivenNames.of("en");
        assertTrue(en.contains("David"));
        assertTrue(en.contains("Michael"));
        assertFalse(en.contains("President"));
        assertFalse(en.contains("Senator"));
        assertEquals('m', en.gender("John"));
    }

    @Test
    void aLanguageWithoutATableHasNoGivenNames() {
        assertFalse(GivenNames.of("xx").contains("David"));
        assertEquals('?', GivenNames.of("xx").gender("David"));
    }

    @Test
    void aCoalitionOrClubNamedWithoutAKnownWordIsAnOrganisationNotAPerson() {
        Document d = run("She is a spokeswoman for the Harbour Investment Coalition and a member of the Dunmore Rowing Club.");
        assertEquals(EntityType.ORG, entity(d, "Harbour Investment Coalition").type());
        assertEquals(EntityType.ORG, entity(d, "Dunmore Rowing Club").type());
    }

    @Test
    void aDelegateOrReverendTitleIsLeftOutOfThePersonsName() {
        Document d = run("The hearing was long. Del. Marla Quendt spoke first, then the Rev. Osric Dunne replied.");
        assertEquals(EntityType.PER, entity(d, "Marla Quendt").type());
        assertEquals(EntityType.PER, entity(d, "Osric Dunne").type());
    }

    @Test
    void anotherGivenNameBeforeAKnownPersonsSurnameIsAnotherPerson() {
        Document d = run("The economist Luis Obama said the figures were weak.");
        Entity e = entity(d, "Luis Obama");
        assertEquals(EntityType.PER, e.type());
        assertTrue(e.id().startsWith("vigie:"), "not linked to the known Obama: " + e.id());
    }

    @Test
    void anUnknownNameGivingItsNameToAGovernmentIsTheLeaderNotAPlace() {
        assertEquals(EntityType.PER, entity(run("The Grubeck administration criticised the decision on Monday."), "Grubeck").type());
        assertEquals(EntityType.PER, entity(run("Le régime Kalvoro a rejeté la proposition mardi."), "Kalvoro").type());
        org.vigie.core.Pipeline withLanguage = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities-rules"));
        Document it = withLanguage.run(Document.ofText("Il governo Tresanti ha approvato il bilancio del prossimo anno."));
        assertEquals(EntityType.PER, entity(it, "Tresanti").type());
    }

    @Test
    void aKnownStateBeforeGovernmentStaysTheStateAndAnUnknownNameElsewhereStaysAPlace() {
        Document d = run("The Kenya government criticised the decision on Monday.");
        assertEquals(EntityType.GPE, entity(d, "Kenya").type());
        Document other = run("The delegation travelled to Grubeck on Monday.");
        assertNotEquals(EntityType.PER, entity(other, "Grubeck").type());
    }
}
