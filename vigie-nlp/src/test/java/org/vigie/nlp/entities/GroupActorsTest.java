package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class GroupActorsTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    private static Document run(String language, String text) {
        Document d = Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        return PIPELINE.run(d);
    }

    private static List<Entity> groups(Document d) {
        return d.entities().stream().filter(e -> GroupActors.isGroup(e.id())).toList();
    }

    @Test
    void aDemonymBeforeARebelNounMakesACountryGroupWhoseMentionIsTheNoun() {
        Document d = run("en", "Syrian rebels attacked an army post near the border on Monday.");
        List<Entity> g = groups(d);
        assertEquals(1, g.size(), g.toString());
        assertEquals("vigie:group:Q858:rebels", g.get(0).id());
        assertEquals("Syrian rebels", g.get(0).name());
        assertEquals(EntityType.ORG, g.get(0).type());
        assertEquals("rebels", d.text(g.get(0).mentions().get(0)));
        // the demonym is still a mention of the state
        assertTrue(d.entities().stream().anyMatch(e -> e.id().equals("Q858")));
    }

    @Test
    void aGroupOfAStateTheKnowledgeBaseDoesNotKnowIsNamedAfterThatStatesName() {
        Document d = run("fr", "Le gouvernement de la Norvanie a démenti. À Tesvar, l'opposition norvanienne a manifesté lundi devant le parlement de la Norvanie.");
        List<Entity> g = groups(d).stream().filter(e -> e.id().contains("norvanie")).toList();
        assertEquals(1, g.size(), groups(d).toString());
        assertEquals("Norvanie opposition", g.get(0).name());
    }

    @Test
    void aFrenchDemonymAfterTheNounGivesTheSameGroupAsInEnglish() {
        Document d = run("fr", "Les rebelles syriens ont attaqué un poste de l'armée lundi.");
        List<Entity> g = groups(d);
        assertEquals(1, g.size(), g.toString());
        assertEquals("vigie:group:Q858:rebels", g.get(0).id());
        assertEquals("rebelles", d.text(g.get(0).mentions().get(0)));
    }

    @Test
    void coordinatedQualifiersEachGetAGroupTheNounMentioningTheFirst() {
        Document d = run("en", "German and Italian activists attacked the embassy on Monday.");
        Entity first = groups(d).stream().filter(e -> e.id().equals("vigie:group:Q183:activists")).findFirst().orElseThrow();
        Entity second = groups(d).stream().filter(e -> e.id().equals("vigie:group:Q38:activists")).findFirst().orElseThrow();
        assertEquals(List.of("activists"), first.mentions().stream().map(d::text).toList());
        assertEquals("Italian activists", second.name());
        assertTrue(second.mentions().isEmpty());
    }

    @Test
    void aHyphenatedRelationIsNoQualifier() {
        assertEquals(List.of("vigie:group:rebels"), groups(run("en", "Pro-Russia rebels shelled the airport on Monday."))
                .stream().map(Entity::id).toList());
    }

    @Test
    void aBareGroupNounIsAGroupWithoutCountry() {
        assertEquals(List.of("vigie:group:insurgents"), groups(run("en", "Insurgents bombarded the old town overnight."))
                .stream().map(Entity::id).toList());
        assertEquals(List.of("vigie:group:protesters"), groups(run("fr", "Des manifestants ont bloqué la route mardi."))
                .stream().map(Entity::id).toList());
    }

    @Test
    void aStateAgentQualifiedByAStateOrOwnedStaysTheState() {
        assertTrue(groups(run("en", "Russian troops crossed the border on Monday.")).isEmpty());
        assertTrue(groups(run("fr", "Les troupes russes ont franchi la frontière lundi.")).isEmpty());
        assertTrue(groups(run("en", "The minister said 40,000 soldiers were on alert.")).isEmpty());
        assertTrue(groups(run("en", "The minister said his troops were on alert.")).isEmpty());
        assertTrue(groups(run("en", "Police in Germany arrested two men on Monday.")).isEmpty());
        // a bare one, with no state around it, is a group
        assertEquals(List.of("vigie:group:forces"), groups(run("en", "Government forces shelled the old town on Monday."))
                .stream().map(Entity::id).toList());
    }

    @Test
    void aGroupNounAfterAPrepositionOfCircumstanceIsNoEntity() {
        assertTrue(groups(run("en", "Fear spread among civilians after the storm.")).isEmpty());
        assertTrue(groups(run("fr", "La peur s'est répandue parmi les civils après la tempête.")).isEmpty());
    }

    @Test
    void groupIdsReadBackToStateAndAgentCode() {
        assertEquals(Optional.of(new GroupActors.Group("Q858", "rebels")), GroupActors.parse("vigie:group:Q858:rebels"));
        assertEquals(Optional.of(new GroupActors.Group("vigie:brenmoor", "protesters")), GroupActors.parse("vigie:group:brenmoor:protesters"));
        assertEquals(Optional.of(new GroupActors.Group(null, "congress")), GroupActors.parse("vigie:group:congress"));
        assertEquals(Optional.empty(), GroupActors.parse("vigie:brenmoor"));
        assertEquals(Optional.of("REB"), GroupActors.agentCode("rebels"));
        assertEquals(Optional.of("LEG"), GroupActors.agentCode("congress"));
        assertEquals(Optional.of("CVL"), GroupActors.agentCode("civilians"));
        assertEquals(Optional.empty(), GroupActors.agentCode("bakers"));
    }

    @Test
    void anArmyNamedByItsDemonymIsTheStateWhileTheFullNameIsTheArmedForces() {
        // the guidelines: a demonym is the state except inside a full organisation name
        Document army = run("fr", "L'armée ukrainienne a repoussé une offensive près de Kharkiv.");
        assertTrue(army.entities().stream().anyMatch(e -> e.id().equals("Q212")), army.entities().toString());
        assertTrue(army.entities().stream().noneMatch(e -> e.id().equals("vigie:ukrainian-armed-forces")), army.entities().toString());
        Document forces = run("fr", "Les forces armées ukrainiennes ont repoussé une offensive près de Kharkiv.");
        assertTrue(forces.entities().stream().anyMatch(e -> e.id().equals("vigie:ukrainian-armed-forces")), forces.entities().toString());
    }
}
