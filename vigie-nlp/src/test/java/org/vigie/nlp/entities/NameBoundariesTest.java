package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Names that the gazetteer and the rules used to cut short or miss: feature + "of" + name, organisation names with a
 * demonym or a known word inside, compass words before a region, oddly cased and historic forms of known names,
 * territories as political actors, capitals after nouns of proposal, and group phrases of two group nouns.
 */
class NameBoundariesTest {
    private static final Pipeline FULL = RuleMentions.FULL;

    private static Document run(String text) {
        return FULL.run(Document.ofText(text));
    }

    @Test
    void aCapitalisedFeatureWordWithOfAndANameIsOnePlace() {
        Document d = run("Two freighters were seized in the Bay of Bengal, and a tanker ran aground in the Gulf of Guinea. "
                + "Shots were fired across the Line of Control overnight.");
        for (String name : List.of("Bay of Bengal", "Gulf of Guinea", "Line of Control")) {
            assertEquals(EntityType.LOC, RuleMentions.required(d, name).type(), name + " " + RuleMentions.surfaces(d));
        }
        assertTrue(RuleMentions.mention(d, "Guinea").isEmpty(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aLowerCaseFeatureWordIsNoPartOfTheName() {
        Document d = run("The rebels said the sea of troubles would not stop them, and they crossed the river near Aden.");
        assertTrue(d.mentions().stream().noneMatch(m -> d.text(m.span()).toLowerCase().startsWith("sea")), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aRunOfCapitalisedWordsEndingInAnOrganisationHeadIsOneOrganisation() {
        Document d = run("Fighters of the Popular Liberation Front ambushed a convoy on Tuesday, officials said.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Popular Liberation Front").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aKnownOrganisationOpeningWithAWordThatOpensNoNameIsKeptWhole() {
        Document d = run("Doctors from the World Health Organization reached Goma on Friday.");
        Mention m = RuleMentions.required(d, "World Health Organization");
        assertEquals("Q7817", m.entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aBodyNamedAfterAKnownOrganisationIsOneName() {
        Document d = run("Experts from the United Nations Development Programme and the UN Human Rights Council reached Goma. "
                + "Troops of the African Union Mission in Somalia left Baidoa.");
        for (String name : List.of("United Nations Development Programme", "UN Human Rights Council", "African Union Mission")) {
            assertEquals(EntityType.ORG, RuleMentions.required(d, name).type(), name + " " + RuleMentions.surfaces(d));
        }
        assertTrue(RuleMentions.mention(d, "Development Programme").isEmpty(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aKnownOrganisationWithoutABodyWordStaysItself() {
        Document d = run("United Nations officials met European Union envoys in Geneva.");
        assertEquals("Q1065", RuleMentions.required(d, "United Nations").entityId(), RuleMentions.surfaces(d).toString());
        assertEquals("Q458", RuleMentions.required(d, "European Union").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aFrenchBodyHeadBeforeAKnownOrganisationOpensOneName() {
        Document d = run("La Mission des Nations unies au Soudan du Sud a condamné les combats. Le Programme des Nations unies pour le développement a réagi.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Mission des Nations unies").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Programme des Nations unies").type(), RuleMentions.surfaces(d).toString());
        Document plain = run("Une mission des Nations unies est arrivée à Juba.");
        assertEquals("Q1065", RuleMentions.required(plain, "Nations unies").entityId(), "a lower-case head is a common noun: " + RuleMentions.surfaces(plain));
    }

    @Test
    void aDemonymAndAHeadWithAPartOfTheirOwnAreOneName() {
        Document d = run("The Zambian Union of Nurses called off its strike, and the Kenyan Federation of Employers welcomed the deal.");
        for (String name : List.of("Zambian Union of Nurses", "Kenyan Federation of Employers")) {
            assertEquals(EntityType.ORG, RuleMentions.required(d, name).type(), name + " " + RuleMentions.surfaces(d));
        }
        Document state = run("The Russian Federation rejected the plan on Monday.");
        assertEquals("Q159", state.mentions().get(0).entityId(), "a state's formal name stays the state: " + RuleMentions.surfaces(state));
    }

    @Test
    void aHeadFirstNameGoesOnToTheLongestNameTheKnowledgeBaseKnows() {
        Document d = run("Le Haut-Commissariat des Nations unies pour les réfugiés a ouvert un camp près de Goma.");
        Mention m = RuleMentions.required(d, "Haut-Commissariat des Nations unies pour les réfugiés");
        assertEquals("vigie:unhcr", m.entityId(), RuleMentions.surfaces(d).toString());
        Document unknown = run("La Mission des Nations unies pour la paix a ouvert un bureau.");
        assertEquals(EntityType.ORG, RuleMentions.required(unknown, "Mission des Nations unies").type(), RuleMentions.surfaces(unknown).toString());
    }

    @Test
    void aDemonymBeforeTheCapitalisedWordsOfAStateBodyIsTheStateAndTheBodyNoNameOfItsOwn() {
        for (String text : List.of("The Sudanese Armed Forces agreed to a truce.", "Malian Armed Forces patrolled the town.",
                "The Chadian National Army withdrew on Monday.")) {
            Document d = run(text);
            assertEquals(List.of(EntityType.GPE), d.entities().stream().map(Entity::type).toList(), text + " " + RuleMentions.surfaces(d));
        }
        Document known = run("Russian Armed Forces shelled the town.");
        assertEquals("vigie:russian-armed-forces", RuleMentions.required(known, "Russian Armed Forces").entityId(),
                "a body the knowledge base knows keeps its entry: " + RuleMentions.surfaces(known));
    }

    @Test
    void aDemonymOpeningAPartyNameBelongsToIt() {
        Document d = run("Leaders of the Romanian Agrarian Party met the prime minister in the afternoon.");
        Mention party = RuleMentions.required(d, "Romanian Agrarian Party");
        assertEquals(EntityType.ORG, party.type());
        assertTrue(d.mentions().stream().noneMatch(m -> "Q218".equals(m.entityId())), RuleMentions.surfaces(d).toString());
    }

    @Test
    void partsJoinedByForAndOfAfterTheHeadAreInTheName() {
        Document d = run("The United Front for the Salvation of Chad denied the accusations on Friday.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "United Front for the Salvation of Chad").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aDemonymBeforeOnlyTheWordsOfAStateBodyStaysAMentionOfTheState() {
        Document d = run("The Ukrainian Army shelled the town, and the Polish Border Guard closed the crossing.");
        assertEquals("Q212", RuleMentions.required(d, "Ukrainian").entityId(), RuleMentions.surfaces(d).toString());
        assertEquals("Q36", RuleMentions.required(d, "Polish").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aCompassWordBeforeAKnownRegionBelongsToIt() {
        Document d = run("Smugglers moved the weapons through North Africa before the summer.");
        assertEquals(EntityType.LOC, RuleMentions.required(d, "North Africa").type(), RuleMentions.surfaces(d).toString());
        assertTrue(RuleMentions.mention(d, "North").isEmpty(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void theGazaStripAndTheWestBankArePoliticalTerritories() {
        Document d = run("Rockets were fired from the Gaza Strip, and raids continued in the West Bank.");
        assertEquals(EntityType.GPE, RuleMentions.required(d, "Gaza Strip").type());
        assertEquals(EntityType.GPE, RuleMentions.required(d, "West Bank").type());
    }

    @Test
    void aKnownNameWithOddCapitalsStillMatches() {
        Document d = run("Talks between fRANCE and the delegation resumed in the evening.");
        assertEquals("Q142", RuleMentions.required(d, "fRANCE").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aShortOrAllLowerCaseWordIsNotReadAsANameWithOddCapitals() {
        Document d = run("The china cups and a roast turkey were on the table, said mALi.");
        assertTrue(d.mentions().stream().noneMatch(m -> "Q148".equals(m.entityId()) || "Q43".equals(m.entityId())
                || "Q912".equals(m.entityId())), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aHistoricDemonymIsLinkedToItsState() {
        Document d = run("Kampuchean units crossed the border at dawn.");
        assertEquals("Q424", RuleMentions.required(d, "Kampuchean").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aCapitalAfterANounOfProposalStandsForItsGovernment() {
        Document d = run("Les négociateurs ont examiné l'offre de Varsovie mardi soir.");
        assertEquals("Q36", RuleMentions.required(d, "Varsovie").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aCapitalAfterAnOrdinaryNounStaysTheCity() {
        Document d = run("Les négociateurs ont visité les rues de Varsovie mardi soir.");
        assertNotEquals("Q36", RuleMentions.required(d, "Varsovie").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void twoGroupNounsOfOnePhraseAreOneGroupNamedAsWritten() {
        Document d = run("Police detained opposition protesters outside the court on Monday.");
        Entity group = d.entities().stream().filter(e -> GroupActors.isGroup(e.id()) && e.name().contains("protesters")).findFirst()
                .orElseThrow(() -> new AssertionError(d.entities().toString()));
        assertEquals(List.of("opposition protesters"), group.mentions().stream().map(d::text).toList());
        assertTrue(d.entities().stream().noneMatch(e -> e.id().equals("vigie:group:opposition")), d.entities().toString());
    }

    @Test
    void aFrenchGroupNounWithDeAndAnotherGroupNounIsOneMention() {
        Document d = run("La police a dispersé des manifestants de l'opposition devant le tribunal.");
        Entity group = d.entities().stream().filter(e -> GroupActors.isGroup(e.id())
                        && e.mentions().stream().anyMatch(s -> d.text(s).startsWith("manifestants"))).findFirst()
                .orElseThrow(() -> new AssertionError(d.entities().toString()));
        assertEquals(List.of("manifestants de l'opposition"), group.mentions().stream().map(d::text).toList());
    }

    @Test
    void aCapitalisedDemonymAfterAPrepositionBeforeItsNounIsTheState() {
        Document d = run("Chile froze the assets of North Korean officials and sent a note to Peruvian envoys.");
        assertEquals("Q423", RuleMentions.required(d, "North Korean").entityId(), RuleMentions.surfaces(d).toString());
        assertEquals("Q419", RuleMentions.required(d, "Peruvian").entityId(), RuleMentions.surfaces(d).toString());
        Document language = run("The note, written in Spanish, was read in Lima and in Spanish and Quechua.");
        assertTrue(language.mentions().stream().noneMatch(m -> language.text(m.span()).equals("Spanish")), RuleMentions.surfaces(language).toString());
    }

    @Test
    void aVerbWithAnAdjectiveEndingBeforeItsObjectEndsAFrenchName() {
        Document d = run("Le Parti agrarien critique la coalition, et le Front patriotique revendique l'attaque.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Parti agrarien").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Front patriotique").type(), RuleMentions.surfaces(d).toString());
        assertTrue(RuleMentions.surfaces(d).stream().noneMatch(s -> s.contains("critique") || s.contains("revendique")), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aFrenchHeadFirstPartyNameKeepsItsAdjectivesAndDeParts() {
        Document d = run("Le Parti agrarien roumain a quitté la coalition, et le Front patriotique de salut du Tchad a démenti.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Parti agrarien roumain").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.ORG, RuleMentions.required(d, "Front patriotique de salut du Tchad").type(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aFrenchHeadWithOnlyAStateBodyWordStaysTheStates() {
        Document d = run("Les soldats de l'Armée ukrainienne ont repoussé l'assaut.");
        assertTrue(d.mentions().stream().noneMatch(m -> d.text(m.span()).equals("Armée ukrainienne")), RuleMentions.surfaces(d).toString());
        Document security = run("Les Forces de sécurité roumaines ont fermé la frontière.");
        assertEquals("Q218", RuleMentions.required(security, "roumaines").entityId(), RuleMentions.surfaces(security).toString());
    }

    @Test
    void aFrenchCompassWordAfterARegionBelongsToItButTheVerbEstDoesNot() {
        Document d = run("Les passeurs traversent l'Afrique du Nord et l'Asie centrale. L'Europe est inquiète.");
        assertEquals(EntityType.LOC, RuleMentions.required(d, "Afrique du Nord").type(), RuleMentions.surfaces(d).toString());
        assertEquals(EntityType.LOC, RuleMentions.required(d, "Asie centrale").type(), RuleMentions.surfaces(d).toString());
        assertEquals("Q46", RuleMentions.required(d, "Europe").entityId(), RuleMentions.surfaces(d).toString());
    }
}
