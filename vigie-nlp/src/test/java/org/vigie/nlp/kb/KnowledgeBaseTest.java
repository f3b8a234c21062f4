package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityType;

import java.time.LocalDate;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.get();

    @Test
    void everyCountryHasNamesInTheSixLanguagesAndACapitalWithCoordinates() {
        int countries = 0;
        for (KbEntry e : kb.entries()) {
            if (!"country".equals(e.kind())) continue;
            countries++;
            for (String lang : List.of("en", "fr", "es", "it", "de", "ru")) {
                assertFalse(e.names().getOrDefault(lang, List.of()).isEmpty(), e.name() + " has no " + lang + " name");
            }
            KbEntry capital = kb.capital(e.id()).orElseThrow(() -> new AssertionError(e.name() + " has no capital"));
            assertTrue(capital.coordinates().isPresent(), capital.name());
            assertEquals(Optional.of(e.id()), capital.country());
        }
        assertTrue(countries >= 190, "countries: " + countries);
    }

    @Test
    void idsAreQidsOnlyWhenVerifiedAndEngineIdsAreSlugsOfTheCanonicalName() {
        for (KbEntry e : kb.entries()) {
            if (e.qidStatus() == QidStatus.UNVERIFIED) {
                assertTrue(e.id().startsWith("vigie:"), e.id());
                assertFalse(e.isWikidata());
            } else {
                assertTrue(e.id().matches("Q[0-9]+"), e.id());
            }
        }
        assertEquals("vigie:jean-noel-barrot", KnowledgeBase.slug("Jean-Noël Barrot"));
        assertEquals("vigie:sao-tome-and-principe", KnowledgeBase.slug("São Tomé and Príncipe"));
    }

    @Test
    void namesAreFoundWhateverTheirCaseAccentsOrLanguage() {
        assertEquals("Q7184", kb.lookup("OTAN").get(0).id());
        assertEquals("Q7184", kb.lookup("nato").get(0).id());
        assertEquals("Q184", kb.lookup("Biélorussie").get(0).id());
        assertEquals("Q184", kb.lookup("bielorussie").get(0).id());
        assertEquals("Q159", kb.lookup("Россия").get(0).id());
        assertEquals("vigie:csto", kb.lookup("OTSC").get(0).id());
        assertEquals("vigie:iaea", kb.lookup("AIEA").get(0).id());
        assertEquals(EntityType.ORG, kb.lookup("ICC").get(0).type());
    }

    @Test
    void officeHoldersAreResolvedByDate() {
        assertEquals("Q61053", kb.holder("head-of-government", "Q183", LocalDate.of(2023, 6, 1)).orElseThrow().id());
        assertEquals("Q567", kb.holder("head-of-government", "Q183", LocalDate.of(2019, 6, 1)).orElseThrow().id());
        assertEquals("vigie:jens-stoltenberg", kb.holder("secretary-general", "Q7184", LocalDate.of(2022, 2, 24)).orElseThrow().id());
        assertEquals("vigie:mark-rutte", kb.holder("secretary-general", "Q7184", LocalDate.of(2024, 10, 1)).orElseThrow().id());
        assertEquals("vigie:dmytro-kuleba", kb.holder("foreign-minister", "Q212", LocalDate.of(2022, 1, 10)).orElseThrow().id());
        assertTrue(kb.holder("foreign-minister", "Q212", LocalDate.of(1990, 1, 1)).isEmpty());
    }

    @Test
    void officesNeverOverlapForOneRoleOfOneStateExceptOnTheHandOverDay() {
        Map<String, List<Office>> byRole = new HashMap<>();
        for (KbEntry e : kb.entries()) for (Office o : kb.offices(e.id())) byRole.computeIfAbsent(o.role() + "|" + o.of(), k -> new ArrayList<>()).add(o);
        for (Map.Entry<String, List<Office>> r : byRole.entrySet()) {
            if (r.getKey().startsWith("head-of-government|Q30") || r.getKey().startsWith("head-of-state|Q30")) continue;
            List<Office> l = new ArrayList<>(r.getValue());
            l.sort(Comparator.comparing(Office::start));
            for (int i = 1; i < l.size(); i++) {
                Office prev = l.get(i - 1);
                assertTrue(prev.end().isPresent(), r.getKey() + ": " + prev.personId() + " still in office when " + l.get(i).personId() + " starts");
                assertFalse(prev.end().get().isAfter(l.get(i).start()), r.getKey() + ": " + prev.personId() + " overlaps " + l.get(i).personId());
            }
        }
    }

    @Test
    void placesCarryCoordinatesAndCountry() {
        assertEquals(Optional.of("Q212"), kb.country("Q1899"));
        Coordinates kyiv = kb.coordinates("Q1899").orElseThrow();
        assertEquals(50.45, kyiv.lat(), 0.2);
        assertEquals(30.52, kyiv.lon(), 0.2);
        assertEquals(Optional.of("Q142"), kb.country("Q142"));
    }

    @Test
    void outletsAreFoundByNameAndByWebAddress() {
        assertEquals("Q40464", kb.outletForUrl("https://www.afp.com/fr/actus").orElseThrow().id());
        assertEquals("vigie:tass", kb.outletForUrl("tass.ru").orElseThrow().id());
        assertEquals("vigie:le-figaro", kb.outletForUrl("https://www.lefigaro.fr/international/x.html").orElseThrow().id());
        assertTrue(kb.outlet("vigie:tass").orElseThrow().stateAffiliated());
        assertFalse(kb.outlet("Q130879").orElseThrow().stateAffiliated());
        assertTrue(kb.outlets().size() >= 150, "outlets: " + kb.outlets().size());
        assertTrue(kb.outletForUrl("not a url at all").isEmpty());
    }
}
