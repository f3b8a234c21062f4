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
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** A demonym joins the state it derives from; a known state's body named after its demonym is that state. */
class StateAdjectivesTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "segment", "entities"));

    private static Document run(String language, String text) {
        Document d = Document.ofText(text).with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
        return PIPELINE.run(d);
    }

    private static Set<String> ids(Document d) {
        return d.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    private static Entity entity(Document d, String id) {
        return d.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(ids(d).toString()));
    }

    @Test
    void aStateWrittenOnceIsNamedByItsNameNotByItsMoreFrequentDemonym() {
        Document d = run("en", "Tarvonia closed its border on Monday. The Tarvonian army said the Tarvonian navy was on alert, "
                + "and the Tarvonian coast guard sent two ships, a Tarvonian spokesman said.");
        assertFalse(ids(d).contains("vigie:tarvonian"), ids(d).toString());
        Entity state = entity(d, "vigie:tarvonia");
        assertEquals("Tarvonia", state.name());
        assertTrue(state.mentions().size() >= 2, state.toString());
    }

    @Test
    void theStateNamedLastStillNamesTheEntity() {
        Document d = run("en", "Ostravian officials met on Tuesday. Ostravian diplomats and Ostravian envoys left for talks with Ostravia.");
        assertFalse(ids(d).contains("vigie:ostravian"), ids(d).toString());
        assertEquals("Ostravia", entity(d, "vigie:ostravia").name());
    }

    @Test
    void aFrenchNameEndingInEGivesItsNameToItsDemonyms() {
        Document d = run("fr", "Les Molvaniens ont voté dimanche. Les Molvaniens sont inquiets, a dit un député de la Molvanie.");
        assertFalse(ids(d).contains("vigie:molvaniens"), ids(d).toString());
        assertEquals("Molvanie", entity(d, "vigie:molvanie").name());
    }

    @Test
    void twoPlacesWhoseNamesMerelyShareABeginningKeepTheirOwnNames() {
        assertTrue(Cluster.derivedFrom("Valdorian", "Valdoria"));
        assertTrue(Cluster.derivedFrom("valdoriennes", "Valdorie"));
        assertFalse(Cluster.derivedFrom("Port Arvel", "Arvel"));
        assertFalse(Cluster.derivedFrom("Rim", "Ri"));
        assertFalse(Cluster.derivedFrom("Kessar", "Kessaria"));
    }

    @Test
    void theFrenchArmedForcesOfAKnownStateAreThatStateAsInEnglish() {
        Document fr = run("fr", "Les forces armées boliviennes ont arrêté trois hommes mardi.");
        assertTrue(ids(fr).contains("Q750"), ids(fr).toString());
        assertTrue(ids(fr).stream().noneMatch(id -> id.contains("forces")), ids(fr).toString());
        assertEquals("boliviennes", fr.text(entity(fr, "Q750").mentions().get(0)));
        Document en = run("en", "The Bolivian Armed Forces arrested three men on Tuesday.");
        assertTrue(ids(en).contains("Q750"), ids(en).toString());
        Document capital = run("fr", "Selon un communiqué, les Forces armées kényanes ont repoussé une attaque.");
        assertTrue(ids(capital).contains("Q114"), ids(capital).toString());
        assertTrue(ids(capital).stream().noneMatch(id -> id.contains("forces")), ids(capital).toString());
    }

    @Test
    void armedForcesTheKnowledgeBaseListsOrOfAStateItDoesNotKnowStayAnOrganisation() {
        Document kb = run("fr", "Les forces armées ukrainiennes ont repris un village.");
        assertTrue(ids(kb).contains("vigie:ukrainian-armed-forces"), ids(kb).toString());
        Document unknown = run("fr", "Les forces armées norvaniennes ont repris un village.");
        Entity org = unknown.entities().stream().filter(e -> e.type() == EntityType.ORG).findFirst()
                .orElseThrow(() -> new AssertionError(ids(unknown).toString()));
        assertEquals("forces armées norvaniennes", org.name());
    }

    @Test
    void aPluralDemonymAfterAPrepositionIsThePeopleOfItsState() {
        Document from = run("en", "Thousands of Kenyans from across the country marched on Saturday.");
        assertEquals("Kenyans", from.text(entity(from, "Q114").mentions().get(0)));
        Document exile = run("en", "The appeal was signed by hundreds of Ugandans in exile.");
        assertTrue(ids(exile).contains("Q1036"), ids(exile).toString());
        Document fr = run("fr", "La colère des Kényans a grandi après le vote.");
        assertEquals("Kényans", fr.text(entity(fr, "Q114").mentions().get(0)));
    }

    @Test
    void aLanguageAfterAPrepositionIsStillNoState() {
        assertTrue(ids(run("en", "The statement was published in German and in English.")).isEmpty());
        assertTrue(ids(run("fr", "Le texte a été traduit en allemand et publié en français.")).isEmpty());
    }

    @Test
    void aHyphenatedPairOfStatesIsTwoMentionsWhenTheTextUsesTheirDemonyms() {
        Document kicker = run("fr", "Norvanie-Tesmarie\nL'ONU promet son soutien à la Tesmarie\n\nGENÈVE, 3 mars (AFP) - Le président "
                + "norvanien a rencontré lundi le ministre tesmarien. Les forces norvaniennes restent à la frontière.");
        Entity norvanie = entity(kicker, "vigie:norvanie");
        assertTrue(norvanie.mentions().stream().anyMatch(m -> kicker.text(m).equals("Norvanie")), norvanie.toString());
        assertFalse(ids(kicker).contains("vigie:norvanien"), ids(kicker).toString());
        Document en = run("en", "Tarvonia-Ostravia\n\nGENEVA (Reuters) - Tarvonian and Ostravian envoys left the talks on Monday.");
        assertTrue(ids(en).containsAll(Set.of("vigie:tarvonia", "vigie:ostravia")), ids(en).toString());
        Document inside = run("fr", "Les pourparlers Norvanie-Tesmarie ont échoué, ont dit des diplomates norvaniens et tesmariens.");
        assertTrue(ids(inside).containsAll(Set.of("vigie:norvanie", "vigie:tesmarie")), ids(inside).toString());
    }

    @Test
    void aHyphenatedSurnameWithoutDemonymsStaysOneName() {
        Document d = run("fr", "La ministre Anna Dorval-Brenner a parlé lundi devant les députés.");
        assertTrue(ids(d).contains("vigie:anna-dorval-brenner"), ids(d).toString());
    }

    @Test
    void aPeopleNamedByItsDemonymJoinsItsStateNotAnOrganisationEndingInTheDemonym() {
        Document d = run("fr", "Monde > Europe\nÀ Genève, Norvaniens et Tesmariens se quittent sans accord\n\nGENÈVE, 4 mars (AFP) - "
                + "La Norvanie a quitté les pourparlers. Les forces armées norvaniennes restent déployées près de la Tesmarie.");
        Entity forces = d.entities().stream().filter(e -> e.type() == EntityType.ORG).findFirst()
                .orElseThrow(() -> new AssertionError(ids(d).toString()));
        assertEquals(1, forces.mentions().size(), forces.toString());
        assertTrue(entity(d, "vigie:norvanie").mentions().stream().anyMatch(m -> d.text(m).equals("Norvaniens")), ids(d).toString());
    }
}
