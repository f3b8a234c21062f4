package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.vigie.nlp.entities.RuleMentions.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Text whose lines were reflowed into long paragraphs (old newspaper columns, wire copy pasted without its line
 * breaks): datelines inside a paragraph, stray separators, lines of capitals, acronyms spelt with periods.
 */
class ReflowedTextTest {
    @Test
    void twoStraySeparatorsInALongParagraphMakeNoNavigationLine() {
        String filler = "Le ministre a longuement parlé devant les députés réunis en séance publique hier après-midi. ";
        Document d = run(filler + "Les délégués > de Pologne et de Roumanie sont arrivés > à Genève mardi soir. " + filler + filler);
        assertTrue(mention(d, "Pologne").isPresent(), surfaces(d).toString());
        assertTrue(mention(d, "Genève").isPresent(), surfaces(d).toString());
        Document nav = run("Accueil > Monde > Europe\nLes délégués de Pologne sont arrivés à Genève mardi soir.");
        assertTrue(nav.mentions().stream().noneMatch(m -> nav.text(m.span()).equals("Monde")), surfaces(nav).toString());
    }

    @Test
    void aCapitalInCapitalsBeforeACommaAndADayIsADatelineNotItsGovernment() {
        Document fr = run("La séance fut levée à midi. PARIS, 18 (Havas). — Le conseil s'est réuni hier. Paris a démenti la nouvelle.");
        Mention dateline = mention(fr, "PARIS").orElseThrow(() -> new AssertionError(surfaces(fr)));
        assertEquals("Q90", dateline.entityId(), surfaces(fr).toString());
        assertEquals("Q142", mention(fr, "Paris").orElseThrow().entityId(), "the capital acting stands for its government");
        Document en = run("The talks ended at noon. BERLIN, 18 (Reuters) - Officials met on Monday.");
        assertEquals("Q64", mention(en, "BERLIN").orElseThrow(() -> new AssertionError(surfaces(en))).entityId());
    }

    @Test
    void anAcronymThatIsACommonWordInALineOfCapitalsIsTheWord() {
        Document fr = run("UN HOMME TUÉ AU CONSEIL MUNICIPAL. Le conseil s'est réuni hier à Lyon.");
        assertTrue(mention(fr, "UN").isEmpty(), surfaces(fr).toString());
        assertTrue(mention(fr, "AU").isEmpty(), surfaces(fr).toString());
        Document en = run("The UN said on Monday that aid had reached Gaza.");
        assertEquals("Q1065", mention(en, "UN").orElseThrow(() -> new AssertionError(surfaces(en))).entityId());
    }

    @Test
    void anAcronymSpeltWithPeriodsIsLinkedToTheKnownEntry() {
        Document d = run("La nouvelle, transmise par l'agence A. F. P. mardi, a été démentie par le gouvernement à Lyon.");
        assertTrue(d.mentions().stream().anyMatch(m -> d.text(m.span()).startsWith("A. F. P") && m.entityId().equals("Q40464")),
                surfaces(d).toString());
        Document p = run("Le colonel J. K. Morand est arrivé à Lyon mardi soir.");
        assertTrue(p.mentions().stream().noneMatch(m -> m.entityId().startsWith("Q") && p.text(m.span()).contains("J. K")), surfaces(p).toString());
    }

    @Test
    void aCapitalInAMixedCaseDatelineOrAnOriginNoteIsThePlace() {
        Document fr = run("La séance fut levée. Londres, 12 février. — A la Chambre des lords, le ministre a parlé. MM. Karrer (Berne) et Allet sont rapporteurs.");
        assertEquals("Q84", mention(fr, "Londres").orElseThrow(() -> new AssertionError(surfaces(fr))).entityId());
        assertEquals("Q70", mention(fr, "Berne").orElseThrow(() -> new AssertionError(surfaces(fr))).entityId());
        Document acting = run("Le conseil a siégé mardi. Berne a refusé la proposition, selon le ministère.");
        assertEquals("Q39", mention(acting, "Berne").orElseThrow(() -> new AssertionError(surfaces(acting))).entityId());
    }

    @Test
    void aPlaceNameWrittenWithHyphensIsTheKnownPlace() {
        Document d = run("Le navire est arrivé mardi de Buenos-Aires avec des passagers pour Lyon.");
        Mention m = mention(d, "Buenos-Aires").orElseThrow(() -> new AssertionError(surfaces(d)));
        assertTrue(m.entityId().startsWith("Q"), surfaces(d).toString());
        Document vn = run("La délégation du Viêt-nam est arrivée mardi à Genève.");
        assertEquals("Q881", mention(vn, "Viêt-nam").orElseThrow(() -> new AssertionError(surfaces(vn))).entityId());
        Document p = run("Le docteur Roux-Keller est arrivé mardi à Lyon.");
        assertTrue(d.mentions().stream().noneMatch(x -> x.entityId().equals("vigie:buenos-aires")));
        assertTrue(p.mentions().stream().noneMatch(x -> p.text(x.span()).equals("Roux-Keller") && x.entityId().startsWith("Q")), surfaces(p).toString());
    }

    @Test
    void aCommonWordOpeningTheSentenceIsNoForeignSpellingOfAPlace() {
        Document d = run("Seul le ministre a parlé mardi à Lyon. Il était seul devant les députés.");
        assertTrue(mention(d, "Seul").isEmpty(), surfaces(d).toString());
        Document seoul = run("Seúl a protesté mardi, selon le ministère.");
        assertTrue(mention(seoul, "Seúl").isPresent(), surfaces(seoul).toString());
    }

    @Test
    void aDemonymInsideAFullOrganisationNameIsNoMentionOfTheState() {
        Document d = run("La Société suisse des maîtres imprimeurs et le Parti communiste chinois ont protesté mardi à Lyon.");
        assertTrue(mention(d, "suisse").isEmpty(), surfaces(d).toString());
        assertTrue(mention(d, "chinois").isEmpty(), surfaces(d).toString());
        Document gov = run("Le Gouvernement français et le gouvernement suisse ont protesté mardi, selon les diplomates allemands.");
        assertEquals("Q142", mention(gov, "français").orElseThrow(() -> new AssertionError(surfaces(gov))).entityId());
        assertEquals("Q39", mention(gov, "suisse").orElseThrow(() -> new AssertionError(surfaces(gov))).entityId());
        assertEquals("Q183", mention(gov, "allemands").orElseThrow(() -> new AssertionError(surfaces(gov))).entityId());
    }

    @Test
    void anOrganisationWordWithTheDemonymAloneIsTheStatesOwnBody() {
        Document d = run("Le Parlement turc a ratifié l'accord mardi, et le Ministère russe a protesté.");
        assertEquals("Q43", mention(d, "turc").orElseThrow(() -> new AssertionError(surfaces(d))).entityId());
        assertEquals("Q159", mention(d, "russe").orElseThrow(() -> new AssertionError(surfaces(d))).entityId());
    }
}
