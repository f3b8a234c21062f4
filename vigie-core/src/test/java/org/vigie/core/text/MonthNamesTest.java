package org.vigie.core.text;

import org.junit.jupiter.api.Test;
import org.vigie.core.ConfigException;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class MonthNamesTest {
    @Test
    void everyLanguageNamesTheTwelveMonths() {
        assertTrue(MonthNames.languages().containsAll(List.of("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "tr", "sv", "da", "nb")),
                MonthNames.languages().toString());
        for (String lang : MonthNames.languages()) {
            Set<Integer> months = new TreeSet<>();
            for (MonthNames.Name n : MonthNames.of(lang)) months.add(n.month());
            assertEquals(12, months.size(), lang + " names " + months);
        }
    }

    @Test
    void aNameMeansTheSameMonthInEveryLanguageSoAReaderCanMergeThem() {
        Map<String, Integer> seen = new HashMap<>();
        for (MonthNames.Name n : MonthNames.all()) {
            Integer before = seen.putIfAbsent(n.bare(), n.month());
            assertTrue(before == null || before == n.month(), n + " and month " + before);
        }
    }

    @Test
    void aLanguageKeepsItsOwnNamesAndAbbreviationsKeepTheirFullStop() {
        List<MonthNames.Name> fr = MonthNames.of("FR");
        assertTrue(fr.contains(new MonthNames.Name("fr", 7, "juillet")));
        MonthNames.Name janv = fr.stream().filter(n -> n.name().equals("janv.")).findFirst().orElseThrow();
        assertEquals("janv", janv.bare());
        assertEquals(1, janv.month());
        assertTrue(MonthNames.of("pl").contains(new MonthNames.Name("pl", 7, "lipca")));
        assertTrue(MonthNames.of("en").stream().noneMatch(n -> n.name().equals("juillet")));
        assertEquals(List.of(), MonthNames.of("xx"));
        assertEquals(List.of(), MonthNames.of(null));
    }

    @Test
    void aBrokenRowIsAClearErrorNamingItsLine() {
        List<String> header = List.of("# comment", "language\tmonth\tname");
        assertEquals(List.of(new MonthNames.Name("qx", 2, "febvember")),
                MonthNames.parse(concat(header, "qx\t2\tfebvember"), "test.tsv"));
        for (String bad : List.of("qx\t13\tthirteenth", "qx\tone\tjanvember", "qx\t1", "qx\t1\tJanvember", "\t1\tjanvember")) {
            ConfigException e = assertThrows(ConfigException.class, () -> MonthNames.parse(concat(header, bad), "test.tsv"), bad);
            assertTrue(e.getMessage().contains("test.tsv line 3"), e.getMessage());
        }
    }

    private static List<String> concat(List<String> head, String row) {
        List<String> out = new ArrayList<>(head);
        out.add(row);
        return out;
    }
}
