package org.vigie.nlp.quantities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Gaps found on the team-written news paragraphs of {@code vigie eval quantities --written} (development half),
 * each stated as one phenomenon and tested on sentences written for this test.
 */
class WrittenNewsQuantitiesTest {
    private final QuantityAnnotator annotator = new QuantityAnnotator();

    private List<Quantity> quantities(String text) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        d = d.with(Layers.builder().put(LayerKind.ENTITIES, List.of()).put(LayerKind.MENTIONS, List.of()).build());
        return annotator.annotate(d).get(LayerKind.QUANTITIES);
    }

    private Quantity only(String text) {
        List<Quantity> q = quantities(text);
        assertEquals(1, q.size(), () -> "quantities of '" + text + "': " + q);
        return q.get(0);
    }

    private static List<String> texts(String doc, List<Quantity> qs) {
        return qs.stream().map(q -> q.span().of(doc)).toList();
    }

    /** Economic, electoral, disaster and transport news counts jobs, seats, votes, homes, passengers and flights. */
    @Test
    void thingsCountedInEconomyElectionAndDisasterNewsAreUnits() {
        assertEquals("job", only("The carmaker will cut 4,200 jobs in Germany.").unit());
        assertEquals("seat", only("The opposition won 118 seats in the election.").unit());
        assertEquals("home", only("The flood destroyed 650 homes along the river.").unit());
        assertEquals("passenger", only("Some 9,000 passengers were stranded at the airport.").unit());
        assertEquals("flight", only("L'aéroport a annulé 320 vols samedi.").unit());
        assertEquals("vote", only("Le candidat a recueilli 48 000 voix au premier tour.").unit());
        assertEquals("teacher", only("La région va recruter 1 300 enseignants.").unit());
        Quantity area = only("Le feu a détruit 8 500 hectares de pins.");
        assertEquals("hectare", area.unit());
        assertEquals(8500.0, area.value());
        assertEquals("basis point", only("The bank cut its rate by 25 basis points.").unit());
        // (a number before a word that is not a unit is still no quantity: no guess of what is counted)
        assertTrue(quantities("The 14 judges of the court met on Monday.").isEmpty());
    }

    /** A part of a counted whole counts what the whole counts: "61 of the 73 drones", "57 des 64 drones". */
    @Test
    void aPartOfACountedWholeCountsWhatTheWholeCounts() {
        String en = "Air defences downed 52 of the 60 drones launched overnight.";
        List<Quantity> q = quantities(en);
        assertEquals(List.of("52", "60 drones"), texts(en, q));
        assertEquals(List.of("drone", "drone"), q.stream().map(Quantity::unit).toList());
        assertEquals(52.0, q.get(0).value());
        assertFalse(q.get(0).approximate());
        String fr = "La défense aérienne a abattu 35 des 41 missiles tirés.";
        assertEquals(List.of("35", "41 missiles"), texts(fr, quantities(fr)));
        String out = "The party took 9 out of 12 seats.";
        assertEquals(List.of("seat", "seat"), quantities(out).stream().map(Quantity::unit).toList());
        // (a part of something not counted is no quantity: "one of the", a year)
        assertTrue(quantities("It was 3 of the 1999 reforms that failed.").isEmpty());
    }

    /** A bare whole right after a counted part counts the same: "159 sièges sur 300", "20 seats out of 45". */
    @Test
    void aBareWholeAfterACountedPartCountsTheSame() {
        String fr = "Le parti a remporté 87 sièges sur 150, selon les résultats.";
        List<Quantity> q = quantities(fr);
        assertEquals(List.of("87 sièges", "150"), texts(fr, q));
        assertEquals(List.of("seat", "seat"), q.stream().map(Quantity::unit).toList());
        assertEquals(150.0, q.get(1).value());
        String en = "Rebels hold 20 towns out of 45 in the province.";
        assertEquals(List.of("town", "town"), quantities(en).stream().map(Quantity::unit).toList());
        String sur = "Ils ont perdu 12 chars sur 40.";
        assertEquals(40.0, quantities(sur).get(1).value());
        // (a figure after "sur" that counts something else is left to its own noun)
        String other = "Il a parcouru 12 kilomètres sur 3 jours.";
        assertEquals(List.of("12 kilomètres"), texts(other, quantities(other)));
    }

    /** A machine-translation figure that cannot be read ("60.000 25.000 soldats") is approximate as well as damaged. */
    @Test
    void anUnreadableDamagedFigureIsApproximate() {
        for (String s : List.of("The army put the figure at 80.000 30.000 troops.",
                "Les pertes s'élèveraient à 70.000 15.000 soldats.", "Some 45.000 12.000 migrants were counted.")) {
            Quantity q = only(s);
            assertNull(q.value(), s);
            assertTrue(q.artefact(), s);
            assertTrue(q.approximate(), s);
        }
        assertFalse(only("The army put the figure at 80,000 troops.").approximate());
    }

    /** Adjectives that classify weapons, vessels and forces stand between a figure and what it counts. */
    @Test
    void classifyingAdjectivesStandBetweenAFigureAndWhatItCounts() {
        String ballistic = "Two ballistic missiles hit the port.";
        assertEquals(List.of("Two ballistic missiles"), texts(ballistic, quantities(ballistic)));
        assertEquals("missile", only("The navy fired six cruise missiles.").unit());
        assertEquals("soldier", only("Rebels captured 80 government soldiers.").unit());
        assertEquals(14.0, only("Some 14 fishing boats were seized.").value());
        // (an adjective before a word that is not a unit does not make a quantity)
        assertTrue(quantities("Two ballistic experts testified.").isEmpty());
    }

    /** A model number after a capitalised name belongs to what is counted: "14 Challenger 2 tanks". */
    @Test
    void aModelNumberInsideANameIsNotAFigure() {
        String s = "Britain pledged 14 Challenger 2 tanks.";
        Quantity q = only(s);
        assertEquals("14 Challenger 2 tanks", q.span().of(s));
        assertEquals(14.0, q.value());
        assertEquals(6.0, only("Spain sent six Leopard 2 tanks.").value());
        assertEquals(30.0, only("Kyiv received 30 Patriot 3 missiles.").value());
        // (two figures apart, with no capitalised name between, stay two quantities)
        assertEquals(2, quantities("They lost 14 tanks, 2 tanks more than last week.").size());
    }

    /**
     * In French, adjectives that classify the counted noun follow it inside the span ("200 moniteurs internationaux");
     * demonyms and adjectives of amount stay out ("40 000 soldats" in "40 000 soldats russes").
     */
    @Test
    void frenchClassifyingAdjectivesAfterTheNounAreInTheSpan() {
        String a = "Quelque 150 observateurs internationaux sont arrivés.";
        assertEquals(List.of("150 observateurs internationaux"), texts(a, quantities(a)));
        String b = "L'Iran aurait livré 48 missiles balistiques.";
        assertEquals(List.of("48 missiles balistiques"), texts(b, quantities(b)));
        String c = "Il y avait 300 observateurs non armés sur place.";
        assertEquals(List.of("300 observateurs non armés"), texts(c, quantities(c)));
        String d = "Environ 12 000 soldats russes et deux bataillons supplémentaires sont là.";
        assertEquals(List.of("12 000 soldats", "deux bataillons"), texts(d, quantities(d)));
    }

    /** The claimant of the only quantity of {@code text}, with these surfaces as entities of these types. */
    private String claimantOf(String text, Map<String, EntityType> entities) {
        Document d = DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text));
        List<Entity> list = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        entities.forEach((surface, type) -> {
            int at = text.indexOf(surface);
            Span span = new Span(at, at + surface.length());
            String id = "vigie:" + surface.toLowerCase().replace(' ', '-');
            list.add(new Entity(id, surface, type, List.of(span)));
            mentions.add(new Mention(span, type, id, 1.0));
        });
        d = d.with(Layers.builder().put(LayerKind.ENTITIES, list).put(LayerKind.MENTIONS, mentions).build());
        List<Quantity> q = annotator.annotate(d).get(LayerKind.QUANTITIES);
        assertEquals(1, q.size(), () -> "quantities of '" + text + "': " + q);
        return q.get(0).claimedBy() == null ? null : q.get(0).claimedBy().name();
    }

    /** A person named after the role that speaks (", a annoncé son PDG, Luca Berti.") claims the figure. */
    @Test
    void aPersonNamedAfterTheSpeakingRoleClaims() {
        assertEquals("Paul Girard", claimantOf("L'usine fermera 300 postes, a annoncé son directeur, Paul Girard.",
                Map.of("Paul Girard", EntityType.PER)));
        assertEquals("Jean Morel", claimantOf("Quelque 2 000 personnes sont portées disparues, a déclaré le porte-parole de l'ONU, Jean Morel.",
                Map.of("ONU", EntityType.ORG, "Jean Morel", EntityType.PER)));
        assertEquals("Anna Berg", claimantOf("Some 500 homes were destroyed, said the head of the Red Cross, Anna Berg, on Monday.",
                Map.of("Red Cross", EntityType.ORG, "Anna Berg", EntityType.PER)));
        // (a name opening a clause of its own after the source is not the source)
        assertEquals("ONU", claimantOf("Selon l'ONU, Anna Berg est arrivée hier et 500 maisons sont détruites.",
                Map.of("ONU", EntityType.ORG, "Anna Berg", EntityType.PER)));
    }

    /** A demonym naming people in the plural counts people: "tens of thousands of Sudanese", "des milliers de Syriens". */
    @Test
    void aPluralDemonymCountsPeople() {
        String vague = "Tens of thousands of Sudanese have fled to Chad.";
        Quantity q = only(vague);
        assertEquals("Tens of thousands of Sudanese", q.span().of(vague));
        assertEquals("person", q.unit());
        assertEquals(2000.0, only("Some 2,000 Afghans crossed the border.").value());
        assertEquals("person", only("Some 2,000 Afghans crossed the border.").unit());
        assertEquals("person", only("Des milliers de Syriens ont fui Alep.").unit());
        // (a demonym before a counted noun is its adjective; one that is also the adjective before another noun counts nothing)
        assertEquals("refugee", only("Some 2,000 Afghan refugees crossed the border.").unit());
        assertTrue(quantities("Five Chinese banks were fined.").isEmpty());
    }

    /** "m" after a figure means a million next to money ("$300m", "£40m", "3 M€"), never elsewhere ("the 400m race"). */
    @Test
    void aMillionLetterScalesMoneyOnly() {
        assertEquals(3.0e8, only("Donors pledged $300m for the camps.").value());
        Quantity pounds = only("The council will spend £40m on roads.");
        assertEquals(4.0e7, pounds.value());
        assertEquals("GBP", pounds.unit());
        assertEquals(3.0e6, only("L'État a versé 3 M€ à la commune.").value());
        assertTrue(quantities("She won the 400m race on Sunday.").isEmpty());
    }

    /** Parliaments count their members: "the 577 deputies", "348 sénateurs", "120 lawmakers". */
    @Test
    void membersOfParliamentAreCounted() {
        assertEquals("lawmaker", only("Some 120 lawmakers signed the letter.").unit());
        assertEquals("lawmaker", only("Les 577 députés ont voté le texte.").unit());
        assertEquals("lawmaker", only("Au total, 348 sénateurs siègent au palais.").unit());
        assertTrue(quantities("The 2024 parliament met in May.").isEmpty());
    }

    /** An inserted attribution opened by an indefinite article claims for the state it names: ", a US official said." */
    @Test
    void anIndefiniteSubjectNamingAStateClaimsForIt() {
        assertEquals("US", claimantOf("The army lost 1,500 tanks, a US official said.", Map.of("US", EntityType.GPE)));
        assertEquals("Israeli", claimantOf("Some 300 drones were launched, an Israeli military official said.",
                Map.of("Israeli", EntityType.GPE)));
        assertEquals("Ukrainian", claimantOf("About 40 tanks were destroyed, a Ukrainian official said.",
                Map.of("Ukrainian", EntityType.GPE)));
        // (nobody named, nobody claims)
        assertNull(claimantOf("About 40 soldiers died, a spokesman said.", Map.of()));
    }
}
