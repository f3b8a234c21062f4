package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Entity;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Non-governmental bodies named by a common noun ("a rights group", "des ONG") are group actors, never names. */
class CivilSocietyGroupsTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    private static Document run(String language, String text) {
        Document d = Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        return PIPELINE.run(d);
    }

    private static Set<String> groups(Document d) {
        return d.entities().stream().map(Entity::id).filter(GroupActors::isGroup).collect(Collectors.toSet());
    }

    private static Set<String> named(Document d) {
        return d.entities().stream().map(Entity::id).filter(id -> !GroupActors.isGroup(id)).collect(Collectors.toSet());
    }

    @Test
    void aRightsGroupAfterTheClauseItReportsIsAGroupActor() {
        Document d = run("en", "Soldiers detained four reporters near the river on Sunday, a human rights group protested.");
        assertTrue(groups(d).contains("vigie:group:rights-groups"), groups(d).toString());
        assertTrue(named(d).stream().noneMatch(id -> id.contains("rights")), named(d).toString());
    }

    @Test
    void pluralBodiesWithoutArticleAreGroupsAndANounOnlyOnce() {
        Document d = run("en", "Relief agencies have warned of hunger in the north, and rights groups have demanded an inquiry.");
        assertEquals(Set.of("vigie:group:aid-agencies", "vigie:group:rights-groups"), groups(d));
        Entity rights = d.entities().stream().filter(e -> e.id().equals("vigie:group:rights-groups")).findFirst().orElseThrow();
        assertEquals("rights groups", d.text(rights.mentions().get(0)));
    }

    @Test
    void aDemonymOrAStatePlacedAfterGivesTheBodyItsState() {
        Document d = run("en", "A Kenyan rights group criticised the police. A watchdog in Kenya accused the electoral board of fraud.");
        Set<String> g = groups(d);
        assertTrue(g.contains("vigie:group:Q114:rights-groups"), g.toString());
        assertTrue(g.contains("vigie:group:Q114:watchdogs"), g.toString());
    }

    @Test
    void aCrowdPlacedInAStateIsNotThatStatesGroup() {
        // refugees in a country are mostly from elsewhere: only organised bodies take the state they work in
        Document d = run("en", "Thousands of refugees in Kenya were moved to a new camp by aid agencies.");
        assertFalse(groups(d).contains("vigie:group:Q114:refugees"), groups(d).toString());
    }

    @Test
    void theAcronymOfNonGovernmentalOrganisationsIsAGroupInEitherLanguage() {
        Document en = run("en", "Several NGOs accused the army of looting.");
        assertTrue(groups(en).contains("vigie:group:ngos"), groups(en).toString());
        assertTrue(named(en).isEmpty(), named(en).toString());
        Document fr = run("fr", "Des ONG ont accusé l'armée de pillages jeudi.");
        assertTrue(groups(fr).contains("vigie:group:ngos"), groups(fr).toString());
        assertTrue(named(fr).stream().noneMatch(id -> id.contains("ong")), named(fr).toString());
    }

    @Test
    void aFrenchRightsAssociationIsTheSameGroupAsInEnglishWithItsLowerCaseDemonym() {
        Document d = run("fr", "Une association de défense des droits de l'homme a dénoncé les arrestations. "
                + "Des organisations humanitaires kényanes ont réclamé un couloir.");
        Set<String> g = groups(d);
        assertTrue(g.contains("vigie:group:rights-groups"), g.toString());
        assertTrue(g.contains("vigie:group:Q114:aid-agencies"), g.toString());
    }

    @Test
    void aNamedOrganisationKeepsItsNameAndIsNoGroup() {
        Document d = run("en", "Amnesty International said the trial was unfair.");
        assertTrue(groups(d).isEmpty(), groups(d).toString());
    }

    @Test
    void aBodysCommonNounBeforeTheOrganisationsNameOnlyDescribesIt() {
        assertTrue(groups(run("en", "Rights group Amnesty International accused the army of torture.")).isEmpty());
        assertTrue(groups(run("en", "The army tortured detainees, the rights group Amnesty International said on Monday.")).isEmpty());
        assertTrue(groups(run("fr", "L'ONG Amnesty International a accusé l'armée de torture lundi.")).isEmpty());
        // a name after the noun that is no organisation leaves the group alone
        assertEquals(Set.of("vigie:group:rights-groups"), groups(run("en", "A rights group told Reuters on Monday that the army tortured detainees.")));
    }
}
