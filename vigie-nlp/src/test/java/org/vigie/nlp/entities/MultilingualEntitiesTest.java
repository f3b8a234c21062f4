package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** German, Spanish and Italian resources of the entity annotator, on sentences written for these tests. */
class MultilingualEntitiesTest {
    private static final org.vigie.core.Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities"));

    private static Document run(String text) {
        return PIPELINE.run(Document.ofText(text));
    }

    private static Optional<Mention> mention(Document d, String surface) {
        for (Mention m : d.mentions()) if (d.text(m.span()).equals(surface)) return Optional.of(m);
        return Optional.empty();
    }

    private static Mention mentionOf(Document d, String surface) {
        return mention(d, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in "
                + d.mentions().stream().map(m -> d.text(m.span()) + "/" + m.type()).toList()));
    }

    private static Optional<Entity> entityWithMention(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return Optional.of(e);
        return Optional.empty();
    }

    @Test
    void demonymsOfLessReportedCountriesAreMentionsOfTheirStateInEveryInflection() {
        Document es = run("El canciller venezolano y la ministra chilena viajaron con dos diplomáticos austriacos a Lima.");
        assertEquals("Q717", entityWithMention(es, "venezolano").orElseThrow().id());
        assertEquals("Q298", entityWithMention(es, "chilena").orElseThrow().id());
        assertEquals("Q40", entityWithMention(es, "austriacos").orElseThrow().id());
        Document it = run("Il ministro austriaco ha incontrato i colleghi norvegesi e una delegazione messicana a Vienna.");
        assertEquals("Q40", entityWithMention(it, "austriaco").orElseThrow().id());
        assertEquals("Q20", entityWithMention(it, "norvegesi").orElseThrow().id());
        assertEquals("Q96", entityWithMention(it, "messicana").orElseThrow().id());
        Document de = run("Die österreichische Ministerin sprach mit norwegischen Diplomaten und zwei Kanadiern über die Lage.");
        assertEquals("Q40", entityWithMention(de, "österreichische").orElseThrow().id());
        assertEquals("Q20", entityWithMention(de, "norwegischen").orElseThrow().id());
    }

    @Test
    void aNounAnnouncingACompanyUnionOrPartyStaysOutOfTheNameAndTypesIt() {
        Document de = run("Der Chemiekonzern Falkenrot baut ein Werk, sagte die Gewerkschaft Stahlbund am Dienstag.");
        assertEquals(EntityType.ORG, mentionOf(de, "Falkenrot").type());
        assertEquals(EntityType.ORG, mentionOf(de, "Stahlbund").type());
        assertTrue(mention(de, "Gewerkschaft Stahlbund").isEmpty());
        Document es = run("La empresa Telvira abrirá una planta cerca del lago Ostrena.");
        assertEquals(EntityType.ORG, mentionOf(es, "Telvira").type());
        assertEquals(EntityType.LOC, mentionOf(es, "Ostrena").type());
        Document it = run("L'azienda Marvoli ha firmato un contratto con il sindacato Fiorcasa.");
        assertEquals(EntityType.ORG, mentionOf(it, "Marvoli").type());
        assertEquals(EntityType.ORG, mentionOf(it, "Fiorcasa").type());
    }

    @Test
    void titlesOfMayorsGovernorsAndMinistersStayOutOfThePersonSpan() {
        Document de = run("Oberbürgermeisterin Greta Lindqvar eröffnete die Messe.");
        assertEquals(EntityType.PER, mentionOf(de, "Greta Lindqvar").type());
        Document es = run("La alcaldesa Marta Quiroval inauguró el puente.");
        assertEquals(EntityType.PER, mentionOf(es, "Marta Quiroval").type());
        Document it = run("Il presidente della Repubblica Aldo Ferrenti ha firmato la legge.");
        assertEquals(EntityType.PER, mentionOf(it, "Aldo Ferrenti").type());
        assertTrue(mention(it, "Repubblica").isEmpty());
    }

    @Test
    void aGermanRoleNounBeforeAGivenNameStaysOutOfThePersonSpan() {
        for (String text : List.of("Bankchef Andreas Kern sagte am Montag, die Zinsen würden steigen.",
                "Der Virologe Christian Fuchs warnte vor einer neuen Welle.", "Laut Stadtkämmerin Laura Conti fehlt das Geld.")) {
            Document de = run(text);
            String name = text.contains("Kern") ? "Andreas Kern" : text.contains("Fuchs") ? "Christian Fuchs" : "Laura Conti";
            assertEquals(EntityType.PER, mentionOf(de, name).type(), text);
        }
        // (a given name opening the span keeps it, even before another given name used as a surname)
        assertEquals(EntityType.PER, mentionOf(run("Am Montag sprach Thomas Michael Kern im Bundestag."), "Thomas Michael Kern").type());
    }

    @Test
    void aLoneCapitalisedOrganisationWordIsNotAName() {
        Document it = run("Il ministro ha parlato in Parlamento della riforma.");
        assertTrue(mention(it, "Parlamento").isEmpty());
        Document de = run("Die neue Regierung schickte eine Brigade an die Grenze.");
        assertTrue(mention(de, "Regierung").isEmpty());
        assertTrue(mention(de, "Brigade").isEmpty());
    }

    @Test
    void germanAbstractNounsAndArticlePhrasesAreNotPlaceNames() {
        Document de = run("Nach Stationierung der Truppen stellte der Minister in Erfurt das Programm vor.");
        assertTrue(mention(de, "Stationierung").isEmpty());
        assertTrue(mention(de, "Stationierung der Truppen").isEmpty());
        assertTrue(mention(de, "Erfurt das Programm").isEmpty());
        assertEquals(EntityType.GPE, mentionOf(de, "Erfurt").type());
    }

    @Test
    void commonGermanSpanishAndItalianGivenNamesMakeAPersonOfAnUnknownName() {
        assertEquals('f', GivenNames.of("de").gender("Katrin"));
        assertEquals('m', GivenNames.of("it").gender("Andrea"));
        assertEquals('f', GivenNames.of("de").gender("Andrea"));
        Document de = run("Gestern hat Sahra Velmont in der Stadthalle gesprochen.");
        assertEquals(EntityType.PER, mentionOf(de, "Sahra Velmont").type());
        Document es = run("Ayer Itziar Quemada presentó el informe.");
        assertEquals(EntityType.PER, mentionOf(es, "Itziar Quemada").type());
        Document it = run("Ieri Ilaria Montorsi ha presentato il rapporto.");
        assertEquals(EntityType.PER, mentionOf(it, "Ilaria Montorsi").type());
    }

    @Test
    void anOrganisationNameEndsBeforeTheVerbThatFollowsIt() {
        Document es = run("La Guardia Nacional detuvo en Talcoria a tres personas.");
        assertEquals(EntityType.ORG, mentionOf(es, "Guardia Nacional").type());
        assertTrue(mention(es, "Guardia Nacional detuvo en Talcoria").isEmpty());
        Document court = run("El Tribunal Constitucional anuló la ley del exalcalde Ramiro Velandia.");
        assertEquals(EntityType.ORG, mentionOf(court, "Tribunal Constitucional").type());
        assertEquals(EntityType.PER, mentionOf(court, "Ramiro Velandia").type());
        Document it = run("La Guardia Costiera ha soccorso un peschereccio. L'Eni ha firmato un contratto.");
        assertTrue(mention(it, "L'Eni").isEmpty());
        assertEquals(EntityType.ORG, mentionOf(it, "Guardia Costiera").type());
    }

    @Test
    void aCapitalisedCueThatBelongsToTheNameTypesIt() {
        Document it = run("Il traghetto ha attraversato lo Stretto di Velmora durante la notte.");
        assertEquals(EntityType.LOC, mentionOf(it, "Stretto di Velmora").type());
    }

    @Test
    void germanNounsAfterAPrepositionAreNotPlaceNames() {
        Document de = run("Nach Angaben der Polizei wurden zu Beginn der Demonstration zwei Menschen verletzt.");
        assertTrue(mention(de, "Angaben").isEmpty());
        assertTrue(mention(de, "Beginn").isEmpty());
        Document armee = run("Die Armee meldete Angriffe im Süden des Landes.");
        assertTrue(mention(armee, "Armee meldete Angriffe im Süden des Landes").isEmpty());
    }

    @Test
    void germanNamesEndingInAnOrganisationOrPlaceWordAreTyped() {
        Document de = run("Der Oberste Verwaltungsgerichtshof wies die Klage ab, bevor die Flotte im Kaspischen Meer eintraf.");
        assertEquals(EntityType.ORG, mentionOf(de, "Oberste Verwaltungsgerichtshof").type());
        assertEquals(EntityType.LOC, mentionOf(de, "Kaspischen Meer").type());
    }

    @Test
    void aGermanNationalityAdjectiveAfterAPrepositionIsTheState() {
        Document de = run("Nach norwegischen Angaben wurde niemand verletzt, die Erklärung wurde in Norwegisch veröffentlicht.");
        assertEquals("Q20", entityWithMention(de, "norwegischen").orElseThrow().id());
        assertTrue(entityWithMention(de, "Norwegisch").isEmpty());
    }

    @Test
    void aCapitalisedGermanNationalityAdjectiveInsideASentenceOpensAnOrganisationName() {
        Document de = run("Am Montag schickte die Italienische Zentralbank neue Zahlen, und das Technische Landeswerk Helfer.");
        assertEquals(EntityType.ORG, mentionOf(de, "Italienische Zentralbank").type());
        assertTrue(mention(de, "Italienische").isEmpty());
        assertEquals(EntityType.ORG, mentionOf(de, "Technische Landeswerk").type());
        Document lower = run("Am Montag kamen italienische Soldaten an.");
        assertEquals("Q38", entityWithMention(lower, "italienische").orElseThrow().id());
    }

    @Test
    void theShortSpanishNameOfAForeignMinistryBelongsToTheRolePhrase() {
        Document es = run("El ministro noruego de Exteriores, Tomás Ravelo, llegó a Lima.");
        assertTrue(mention(es, "Exteriores").isEmpty());
        assertEquals("Q20", entityWithMention(es, "noruego").orElseThrow().id());
    }

    @Test
    void anUnknownOneWordNameAfterAnItalianOrSpanishArticleIsAnOrganisation() {
        Document it = run("Ieri la Fiorentella ha battuto il Valdarno, poi la squadra è tornata a Montecorvo.");
        assertEquals(EntityType.ORG, mentionOf(it, "Fiorentella").type());
        assertEquals(EntityType.GPE, mentionOf(it, "Montecorvo").type());
        Document es = run("Ayer el Talvera ganó, y los jugadores volvieron a Montequinto.");
        assertEquals(EntityType.ORG, mentionOf(es, "Talvera").type());
        assertEquals(EntityType.GPE, mentionOf(es, "Montequinto").type());
    }
}
