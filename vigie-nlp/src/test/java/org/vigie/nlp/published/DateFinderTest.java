package org.vigie.nlp.published;

import org.junit.jupiter.api.Test;
import org.vigie.core.text.MonthNames;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The month names of the date finder: the one table of vigie-core that vigie-ingest reads too. */
class DateFinderTest {
    private static String only(DateFinder finder, String text) {
        List<DateFinder.Found> found = finder.find(text, 0, text.length());
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0).iso();
    }

    @Test
    void datesAreReadWithTheMonthNamesOfTheSharedTable() {
        assertEquals("2020-07-12", only(new DateFinder(List.of("pl")), "Warszawa, niedziela 12 lipca 2020 r."));
        assertEquals("2022-03-10", only(new DateFinder(List.of("nl")), "Amsterdam, 10 mrt. 2022"));
        assertEquals("2025-02-10", only(new DateFinder(List.of("fr")), "Publié le 10 février 2025"));
        assertTrue(new DateFinder(List.of("en")).find("Warszawa, 12 lipca 2020", 0, 23).isEmpty(), "Polish names are not English ones");
    }

    @Test
    void aLanguagePackReadsItsMonthsFromTheSharedTable() {
        for (String lang : List.of("en", "fr", "de", "es", "it", "pt", "nl")) {
            List<Map<String, String>> rows = LanguagePack.of(lang).table("months.tsv");
            List<Map<String, String>> expected = new ArrayList<>();
            for (MonthNames.Name n : MonthNames.of(lang)) expected.add(Map.of("month", String.valueOf(n.month()), "name", n.name()));
            assertFalse(rows.isEmpty(), lang);
            assertEquals(expected, rows, lang);
        }
        assertEquals(List.of(), LanguagePack.of("xx").table("months.tsv"));
    }

    @Test
    void noLanguageFolderKeepsASecondMonthTable() {
        Set<String> codes = new TreeSet<>(MonthNames.languages());
        codes.addAll(LanguagePack.of("multi").words("detector-languages.txt"));
        for (String code : codes) {
            assertNull(getClass().getClassLoader().getResource("org/vigie/nlp/lang/" + code + "/months.tsv"),
                    code + " has its own months.tsv: add its names to org/vigie/core/text/month-names.tsv instead");
        }
    }
}
