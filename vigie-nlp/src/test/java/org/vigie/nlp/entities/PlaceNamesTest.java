package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.vigie.nlp.entities.RuleMentions.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Names that contain a known place: organisations built around it and people whose surname is a place, found by the
 * rules alone (no trained model), the place inside being no mention of its own.
 */
class PlaceNamesTest {
    private static EntityType typeOf(Document d, String surface) {
        return mention(d, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in "
                + d.mentions().stream().map(m -> d.text(m.span()) + "/" + m.type()).toList())).type();
    }

    @Test
    void anEnglishOrganisationWordAndOfBeforeAPlaceMakeOneOrganisation() {
        Document d = run("Researchers at the University of Michigan and the Federal Reserve Bank of New York published the study on Monday.");
        assertEquals(EntityType.ORG, typeOf(d, "University of Michigan"));
        assertEquals(EntityType.ORG, typeOf(d, "Federal Reserve Bank of New York"));
        assertTrue(mention(d, "Michigan").isEmpty());
        assertTrue(mention(d, "New York").isEmpty());
    }

    @Test
    void capitalisedWordsAfterAPlaceUpToAnOrganisationWordMakeOneOrganisation() {
        Document d = run("The Ohio Democratic Party hired the Boston Consulting Group, and the Chicago Police Department agreed.");
        assertEquals(EntityType.ORG, typeOf(d, "Ohio Democratic Party"));
        assertEquals(EntityType.ORG, typeOf(d, "Boston Consulting Group"));
        assertEquals(EntityType.ORG, typeOf(d, "Chicago Police Department"));
        assertTrue(mention(d, "Boston").isEmpty());
        assertTrue(mention(d, "Consulting Group").isEmpty());
    }

    @Test
    void oneCapitalisedWordClosingTheRunEndsTheNameButNotBeforeAnotherName() {
        Document d = run("Delegates at the Iowa Farmers Union Convention, said Ohio Democratic Party Chairman Marten Holloway, voted early.");
        assertEquals(EntityType.ORG, typeOf(d, "Iowa Farmers Union Convention"));
        assertEquals(EntityType.ORG, typeOf(d, "Ohio Democratic Party"));
        assertTrue(mention(d, "Ohio Democratic Party Chairman").isEmpty());
    }

    @Test
    void aConnectorCarriesTheOrganisationNamePastThePlace() {
        Document d = run("A spokeswoman for the Michigan Board of Elections said the count would resume at the University of Texas School of Law.");
        assertEquals(EntityType.ORG, typeOf(d, "Michigan Board of Elections"));
        assertEquals(EntityType.ORG, typeOf(d, "University of Texas School of Law"));
    }

    @Test
    void theGovernmentOfACountryIsTheStateNotAnOrganisationAroundIt() {
        Document d = run("The Government of Norway said on Monday that the Bank of Norway would keep its rates.");
        assertEquals(EntityType.GPE, typeOf(d, "Norway"));
        assertTrue(mention(d, "Government of Norway").isEmpty());
        assertEquals(EntityType.ORG, typeOf(d, "Bank of Norway"), "other organisation words still make a name");
        Document de = run("Die Regierung von Norwegen und die Universität Hamburg haben am Montag eine Studie vorgestellt.");
        assertEquals(EntityType.GPE, typeOf(de, "Norwegen"));
    }

    @Test
    void aPlaceOutsideAnyOrganisationNameStaysAPlace() {
        Document d = run("The party met in Boston on Monday, and officials of the university in Ohio said nothing.");
        assertEquals(EntityType.GPE, typeOf(d, "Boston"));
        assertEquals(EntityType.GPE, typeOf(d, "Ohio"));
    }

    @Test
    void clubWordsBeforeOrAfterAPlaceMakeAClubWrittenAsTheyAre() {
        Document d = run("Leeds United beat FC Barcelona on Sunday. As Barcelona celebrated, fans left the stadium.");
        assertEquals(EntityType.ORG, typeOf(d, "Leeds United"));
        assertEquals(EntityType.ORG, typeOf(d, "FC Barcelona"));
        assertEquals(EntityType.GPE, typeOf(d, "Barcelona"));
        assertTrue(mention(d, "As Barcelona").isEmpty());
    }

    @Test
    void anUnknownCapitalisedWordBeforeAOneWordPlaceNextToASpeechVerbOrATitleIsAPerson() {
        Document d = run("\"We will not back down,\" said Josh Schwerin, a campaign spokesman. Mr. Enner Valencia did not reply.");
        assertEquals(EntityType.PER, typeOf(d, "Josh Schwerin"));
        assertEquals(EntityType.PER, typeOf(d, "Enner Valencia"));
        assertTrue(mention(d, "Schwerin").isEmpty());
    }

    @Test
    void aPlaceAfterANameOfAnotherKindIsNoSurname() {
        Document d = run("The columnist Joel Pollak of Breitbart California observed the debate.");
        assertTrue(mention(d, "Breitbart California").isEmpty(), d.mentions().toString());
    }

    @Test
    void frenchOrganisationsAroundAPlaceAreOneName() {
        Document d = run("Les étudiants de l'Université de Lyon ont manifesté lundi à Paris, selon le club Olympique Marseille.");
        assertEquals(EntityType.ORG, typeOf(d, "Université de Lyon"));
        assertEquals(EntityType.ORG, typeOf(d, "Olympique Marseille"));
        assertEquals(EntityType.GPE, typeOf(d, "Paris"));
        assertTrue(mention(d, "Lyon").isEmpty());
    }

    @Test
    void germanOrganisationWordsRightBeforeAPlaceMakeOneName() {
        Document d = run("Forscher der Universität Hamburg und der Freien Universität Berlin stellten am Montag in Bremen eine Studie vor.");
        assertEquals(EntityType.ORG, typeOf(d, "Universität Hamburg"));
        assertEquals(EntityType.ORG, typeOf(d, "Freien Universität Berlin"));
        assertEquals(EntityType.GPE, typeOf(d, "Bremen"));
        assertTrue(mention(d, "Hamburg").isEmpty());
    }

    @Test
    void germanClubNamesKeepTheirPlace() {
        Document d = run("Werder Bremen verlor am Samstag gegen Bayern München, sagte der Trainer in Hamburg.");
        assertEquals(EntityType.ORG, typeOf(d, "Werder Bremen"));
        assertEquals(EntityType.ORG, typeOf(d, "Bayern München"));
        assertEquals(EntityType.GPE, typeOf(d, "Hamburg"));
    }

    @Test
    void aCityAfterAnArticleIsItsClubWhereTownsTakeNoArticle() {
        Document it = run("Il Milan ha battuto la Roma domenica, mentre il ministro è volato al Cairo e poi a Roma.");
        assertEquals(EntityType.ORG, typeOf(it, "Milan"));
        assertEquals(EntityType.GPE, typeOf(it, "Cairo"));
        assertEquals(2, it.mentions().stream().filter(m -> it.text(m.span()).equals("Roma")).map(Mention::type).distinct().count(),
                "one Roma is the club, the other the city");
        Document es = run("El Barcelona ganó el domingo en Madrid, y la Roma de los papas sigue siendo un destino.");
        assertEquals(EntityType.ORG, typeOf(es, "Barcelona"));
        assertEquals(EntityType.GPE, typeOf(es, "Roma"));
    }

    @Test
    void aUniversityNamedAfterARegionKeepsItsCampusInTheName() {
        Document en = run("Students at the University of Texas at Austin and at the University of California, Berkeley, walked out on Monday.");
        assertEquals(EntityType.ORG, typeOf(en, "University of Texas at Austin"));
        assertEquals(EntityType.ORG, typeOf(en, "University of California, Berkeley"));
        assertTrue(mention(en, "Austin").isEmpty() && mention(en, "Berkeley").isEmpty() && mention(en, "Texas").isEmpty(),
                en.mentions().stream().map(m -> en.text(m.span())).toList().toString());
        Document fr = run("Des étudiants de l'Université de Californie à Berkeley ont manifesté mardi devant le rectorat.");
        assertEquals(EntityType.ORG, typeOf(fr, "Université de Californie à Berkeley"));
        assertTrue(mention(fr, "Berkeley").isEmpty());
        Document de = run("Forscher der Universität von Texas in Austin haben am Montag eine Studie vorgestellt.");
        assertEquals(EntityType.ORG, typeOf(de, "Universität von Texas in Austin"));
    }

    @Test
    void aCommaAfterAUniversityNameOpensNoCampusBeforeAListOrAnotherName() {
        Document d = run("Researchers from the University of California, Davis and Stanford found the flaw.");
        assertEquals(EntityType.ORG, typeOf(d, "University of California"));
        Document p = run("Researchers from the University of Texas, Maria Lopez said on Monday.");
        assertEquals(EntityType.ORG, typeOf(p, "University of Texas"));
        assertTrue(mention(p, "University of Texas, Maria").isEmpty());
        Document b = run("The Bank of Texas at Dallas opened a branch on Monday.");
        assertTrue(mention(b, "Bank of Texas at Dallas").isEmpty(), "only universities go on with a campus");
    }

    @Test
    void aNewspaperTitleBuiltOnAPlaceIsOneOutletNotAPlace() {
        Document d = run("The New Hampshire Union Leader reported on Monday that the Ohio Republican Leader Tom Hardy had resigned.");
        Mention paper = mention(d, "New Hampshire Union Leader").orElseThrow(() -> new AssertionError(d.mentions().stream().map(m -> d.text(m.span())).toList()));
        assertEquals(EntityType.ORG, paper.type());
        assertTrue(d.entities().stream().noneMatch(e -> e.name().contains("Union Leader")), "an outlet is a source, not an entity of the story");
        assertTrue(mention(d, "Leader").isEmpty());
        assertTrue(mention(d, "Ohio Republican Leader").isEmpty(), "a title after a place is no newspaper");
        Document fr = run("Selon la Tribune de Genève, le maire de Lyon a démissionné lundi.");
        assertEquals(EntityType.ORG, typeOf(fr, "Tribune de Genève"));
        assertTrue(mention(fr, "Genève").isEmpty());
        assertEquals(EntityType.GPE, typeOf(fr, "Lyon"));
        Document known = run("Selon Ouest-France, le maire de Lyon a démissionné lundi.");
        assertEquals(EntityType.ORG, typeOf(known, "Ouest-France"), "the outlet list is consulted");
        assertTrue(mention(known, "France").isEmpty());
    }

    @Test
    void spanishAndItalianUniversitiesKeepTheirCampus() {
        Document es = run("Investigadores de la Universidad de California en Berkeley publicaron el estudio el lunes.");
        assertEquals(EntityType.ORG, typeOf(es, "Universidad de California en Berkeley"));
        Document it = run("I ricercatori dell'Università della California a Berkeley hanno pubblicato lo studio lunedì.");
        assertEquals(EntityType.ORG, typeOf(it, "Università della California a Berkeley"));
    }
}
