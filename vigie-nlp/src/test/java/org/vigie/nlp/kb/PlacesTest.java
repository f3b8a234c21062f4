package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The places of {@code places.tsv} as the entities annotator finds them, with their country and coordinates. */
class PlacesTest {
    private static final Pipeline PIPELINE = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities"));
    private final KnowledgeBase kb = KnowledgeBase.get();

    private static Entity entityWithMention(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return e;
        throw new AssertionError("no mention '" + surface + "' in " + d.entities());
    }

    private static boolean hasMention(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return true;
        return false;
    }

    private void assertPlace(Entity e, EntityType type, String country, double lat, double lon) {
        assertEquals(type, e.type(), e.toString());
        assertEquals(Optional.of(country), kb.country(e.id()), e.toString());
        Coordinates c = kb.coordinates(e.id()).orElseThrow(() -> new AssertionError("no coordinates for " + e));
        assertEquals(lat, c.lat(), 0.2, e.name());
        assertEquals(lon, c.lon(), 0.2, e.name());
    }

    @Test
    void germanCitiesInAGermanSentenceAreTypedAndLinkedWithTheirCountryAndCoordinates() {
        Document d = PIPELINE.run(Document.ofText(
                "Nach dem Unwetter sperrte die Feuerwehr in Köln mehrere Straßen, während der Hafen von Hamburg geöffnet blieb."));
        Entity cologne = entityWithMention(d, "Köln");
        assertEquals("Cologne", cologne.name());
        assertPlace(cologne, EntityType.GPE, "Q183", 50.94, 6.96);
        Entity hamburg = entityWithMention(d, "Hamburg");
        assertEquals("Q1055", hamburg.id(), "a QID confirmed by HIPE entity links");
        assertPlace(hamburg, EntityType.GPE, "Q183", 53.55, 10.0);
    }

    @Test
    void italianRegionsAreLocationsAndTheirCitiesArePlacesWithAGovernment() {
        Document d = PIPELINE.run(Document.ofText(
                "La protezione civile ha diramato l'allerta rossa in Lombardia e in Toscana, mentre a Firenze le scuole restano chiuse."));
        Entity lombardy = entityWithMention(d, "Lombardia");
        assertEquals("Lombardy", lombardy.name());
        assertPlace(lombardy, EntityType.LOC, "Q38", 45.6, 9.9);
        assertPlace(entityWithMention(d, "Toscana"), EntityType.LOC, "Q38", 43.35, 11.0);
        assertPlace(entityWithMention(d, "Firenze"), EntityType.GPE, "Q38", 43.77, 11.26);
    }

    @Test
    void statesOfAFederationAreGpeAndOtherFirstLevelRegionsLoc() {
        for (String name : List.of("Bayern", "Thüringen", "Texas", "Kalifornien", "Scotland")) {
            KbEntry e = kb.lookup(name).get(0);
            assertEquals(EntityType.GPE, e.type(), name);
            assertEquals("region", e.kind(), name);
        }
        for (String name : List.of("Andalucía", "Bretagne", "Sicilia", "Małopolska", "Tchétchénie")) {
            KbEntry e = kb.lookup(name).get(0);
            assertEquals(EntityType.LOC, e.type(), name);
            assertEquals("region", e.kind(), name);
        }
    }

    @Test
    void aRegionNamedLikeItsCityIsFoundOnlyUnderItsFullName() {
        assertEquals(List.of("city"), kb.lookup("Murcia").stream().map(KbEntry::kind).toList());
        assertEquals("region", kb.lookup("Región de Murcia").get(0).kind());
        assertEquals("region", kb.lookup("Comunidad de Madrid").get(0).kind());
        assertEquals(List.of("city"), kb.lookup("Kharkiv").stream().map(KbEntry::kind).toList());
        assertEquals("Kharkiv Oblast", kb.lookup("oblast de Kharkiv").get(0).name());
        assertEquals(EntityType.LOC, kb.lookup("Харьковская область").get(0).type());
        Document d = PIPELINE.run(Document.ofText("El gobierno de la Región de Murcia pidió ayudas tras las lluvias en Murcia y Cartagena."));
        assertEquals(EntityType.LOC, entityWithMention(d, "Región de Murcia").type());
        assertEquals(EntityType.GPE, entityWithMention(d, "Murcia").type());
    }

    @Test
    void aLongerNameContainingAPlaceWinsOverThePlace() {
        Document d = PIPELINE.run(Document.ofText(
                "Heavy snow fell on the Sierra Nevada while floods hit New South Wales and Kansas City."));
        assertEquals("Sierra Nevada", entityWithMention(d, "Sierra Nevada").name());
        assertEquals(EntityType.LOC, entityWithMention(d, "New South Wales").type());
        assertEquals("Q408", kb.country(entityWithMention(d, "New South Wales").id()).orElseThrow());
        assertEquals(EntityType.GPE, entityWithMention(d, "Kansas City").type());
        assertFalse(hasMention(d, "Nevada"));
        assertFalse(hasMention(d, "Wales"));
    }

    @Test
    void namesThatAreAlsoCommonWordsOrSurnamesAreNotPlaces() {
        for (String word : List.of("Nice", "Essen", "Münster", "Halle", "Tours", "Marche", "Marches", "Réunion", "Reading", "Phoenix",
                "Austin", "Hesse", "Trente", "Aquila", "le Marché")) {
            assertTrue(kb.lookup(word).stream().noneMatch(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC),
                    word + " -> " + kb.lookup(word));
        }
        Document d = PIPELINE.run(Document.ofText("Réunion des ministres à Bruxelles. Marche blanche à Lyon pour la victime. "
                + "Trente personnes ont défilé."));
        assertFalse(hasMention(d, "Réunion"), d.entities().toString());
        assertFalse(hasMention(d, "Marche"), d.entities().toString());
        assertFalse(hasMention(d, "Trente"), d.entities().toString());
        assertEquals(EntityType.GPE, entityWithMention(d, "Lyon").type());
    }

    @Test
    void theFirstLevelRegionsOfTheCoveredCountriesAreAllThere() {
        Map<String, Integer> regions = new HashMap<>();
        for (KbEntry e : kb.entries()) if ("region".equals(e.kind()) && e.country().isPresent()) regions.merge(e.country().get() + " " + e.type(), 1, Integer::sum);
        assertEquals(50, regions.get("Q30 GPE"), "US states");
        assertEquals(13, regions.get("Q183 GPE"), "German Länder besides the city states Berlin, Hamburg and Bremen");
        assertEquals(4, regions.get("Q145 GPE"), "countries of the United Kingdom");
        assertEquals(20, regions.get("Q38 LOC"), "Italian regions");
        assertEquals(17, regions.get("Q29 LOC"), "Spanish autonomous communities");
        assertEquals(18, regions.get("Q142 LOC"), "French regions, overseas ones included");
        assertEquals(16, regions.get("Q36 LOC"), "Polish voivodeships");
        assertTrue(regions.get("Q212 LOC") >= 25, "Ukrainian oblasts and Crimea: " + regions.get("Q212 LOC"));
        assertEquals(82, regions.get("Q159 LOC"), "the 81 Russian federal subjects besides Moscow and Saint Petersburg, and Siberia");
        for (String city : List.of("Berlin", "Hamburg", "Bremen")) assertEquals("Q183", kb.country(kb.lookup(city).get(0).id()).orElseThrow());
    }

    @Test
    void russianFederalSubjectsAreLocationsInRussiaFoundUnderTheirFullNamesInEachLanguage() {
        Document d = PIPELINE.run(Document.ofText(
                "Les incendies ont gagné l'oblast d'Irkoutsk et le kraï de Krasnoïarsk, tandis que la Kalmoukie manque d'eau."));
        Entity irkutsk = entityWithMention(d, "oblast d'Irkoutsk");
        assertEquals("Irkutsk Oblast", irkutsk.name());
        assertPlace(irkutsk, EntityType.LOC, "Q159", 52.29, 104.28);
        assertPlace(entityWithMention(d, "kraï de Krasnoïarsk"), EntityType.LOC, "Q159", 56.01, 92.87);
        assertEquals("Kalmykia", entityWithMention(d, "Kalmoukie").name());
        assertEquals("Yamalo-Nenets Autonomous Okrug", kb.lookup("Ямало-Ненецкий автономный округ").get(0).name());
        assertEquals("Stavropol Krai", kb.lookup("Region Stawropol").get(0).name());
        assertEquals("Jewish Autonomous Oblast", kb.lookup("óblast autónomo Hebreo").get(0).name());
        assertEquals(List.of("city"), kb.lookup("Omsk").stream().map(KbEntry::kind).toList(), "the city keeps its short name");
    }

    @Test
    void aPlaceNameThatIsAlsoAFrequentGivenNameDoesNotSplitAPersonsName() {
        Document d = PIPELINE.run(Document.ofText("L'ex sindaca Virginia Vannelli e la scrittrice Florence Dupraz sono arrivate a Firenze."));
        assertEquals(EntityType.PER, entityWithMention(d, "Virginia Vannelli").type(), d.entities().toString());
        assertEquals(EntityType.PER, entityWithMention(d, "Florence Dupraz").type(), d.entities().toString());
        assertEquals("Q38", kb.country(entityWithMention(d, "Firenze").id()).orElseThrow());
        assertEquals("State of Virginia", kb.lookup("Commonwealth of Virginia").get(0).name());
        Document english = PIPELINE.run(Document.ofText("Florence Dupraz flew to Florence on Monday."));
        assertEquals(EntityType.PER, entityWithMention(english, "Florence Dupraz").type(), english.entities().toString());
        assertEquals("Q38", kb.country(entityWithMention(english, "Florence").id()).orElseThrow(), "the city keeps its English name");
    }

    @Test
    void everyPlaceHasCoordinatesInRangeAndACountryFromTheCountryFile() {
        Set<String> countries = new HashSet<>();
        for (KbEntry e : kb.entries()) if ("country".equals(e.kind())) countries.add(e.id());
        int places = 0;
        for (KbEntry e : kb.entries()) {
            if (!Set.of("capital", "city", "region").contains(e.kind())) continue;
            places++;
            assertTrue(e.coordinates().isPresent(), e.name());
            e.country().ifPresent(c -> assertTrue(countries.contains(c), e.name() + ": unknown country " + c));
            if (e.type() == EntityType.GPE && !"region".equals(e.kind())) assertTrue(e.country().isPresent(), e.name());
        }
        assertTrue(places >= 500, "places: " + places);
    }
}
