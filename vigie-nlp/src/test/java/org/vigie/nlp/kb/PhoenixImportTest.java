package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class PhoenixImportTest {
    @TempDir
    Path dir;

    private static final String COUNTRIES = """
            # A tiny dictionary in the Phoenix format, written for this test.
            FRANCE_  [FRA]
            +FRENCH_REPUBLIC_
            +REPUBLIQUE_FRANCAISE_

            ODILE_MARCHETTI_  # CountryInfo.txt
            +MARCHETTI_
            +PRESIDENT_ODILE_MARCHETTI_
            \t[FRAELI 700101-990809]
            \t[FRAGOV 990809-20040507]
            \t[FRAGOV >080508]
            \t[FRAELI]
            U.N._

            FRENCH_NAVY_
            \t[FRAMIL]
            BROKEN_DATES_PERSON_
            \t[FRAGOV 991399-000101]
            """;

    private static final String INTERNATIONAL = """
            # Second tiny dictionary.
            PRESIDENT_ARNOLD_FENWICK_ [FRAGOV]
            NORTHERN_RIVERS_COMMISSION_ [IGOWSTNRC]
            +NRC_
            ANSELM_VORTIGERN_\t[IGOWSTNRC 20070101-20111231] [ELI]# comment after the codes
            ODILE_MARCHETTI_ [FRAGOV]
            """;

    private Map<String, ExtensionEntry> importBoth(Path out) throws IOException {
        Path countries = Files.writeString(dir.resolve("Test.Countries.actors.txt"), COUNTRIES);
        Path intl = Files.writeString(dir.resolve("Test.International.actors.txt"), INTERNATIONAL);
        PhoenixImport.Stats stats;
        try (KbExtension.Writer w = new KbExtension.Writer(out, List.of("test"))) {
            stats = PhoenixImport.run(List.of(countries, intl), w);
        }
        assertEquals(9, stats.records());
        assertEquals(1, stats.withoutCode(), "U.N. has no code");
        assertEquals(1, stats.duplicates(), "Odile Marchetti is in both files");
        assertEquals(7, stats.written());
        return KbExtension.read(out).stream().collect(Collectors.toMap(x -> x.entry().name(), Function.identity()));
    }

    @Test
    void aPersonGetsHerSynonymsAsAliasesHerDatedRolesAndTheCountryOfHerCodes() throws IOException {
        ExtensionEntry p = importBoth(dir.resolve("out.tsv")).get("Odile Marchetti");
        assertNotNull(p);
        assertEquals("vigie:odile-marchetti", p.entry().id());
        assertEquals(EntityType.PER, p.entry().type());
        assertEquals(Optional.of("Q142"), p.entry().country());
        assertEquals(List.of("Marchetti"), p.entry().names().get("*"), "titles are taken off");
        assertEquals(List.of(
                new RoleTerm("FRAELI", Optional.of(LocalDate.of(1970, 1, 1)), Optional.of(LocalDate.of(1999, 8, 9))),
                new RoleTerm("FRAGOV", Optional.of(LocalDate.of(1999, 8, 9)), Optional.of(LocalDate.of(2004, 5, 7))),
                new RoleTerm("FRAGOV", Optional.of(LocalDate.of(2008, 5, 8)), Optional.empty()),
                new RoleTerm("FRAELI", Optional.empty(), Optional.empty())), p.roles());
    }

    @Test
    void typesFollowTheCodesACountryAnOrganisationAndArmedForces() throws IOException {
        Map<String, ExtensionEntry> all = importBoth(dir.resolve("out.tsv"));
        assertEquals(EntityType.GPE, all.get("France").entry().type());
        assertEquals(List.of("French Republic", "Republique Francaise"), all.get("France").entry().names().get("*"));
        ExtensionEntry nrc = all.get("Northern Rivers Commission");
        assertEquals(EntityType.ORG, nrc.entry().type());
        assertEquals("igo", nrc.entry().kind());
        assertEquals(Optional.empty(), nrc.entry().country());
        assertEquals(List.of("NRC"), nrc.entry().names().get("*"));
        assertEquals("armed-forces", all.get("French Navy").entry().kind());
        assertEquals(EntityType.PER, all.get("Anselm Vortigern").entry().type(), "a dated role on the root line");
        assertEquals(EntityType.PER, all.get("Arnold Fenwick").entry().type(), "a title before the name");
        assertEquals(LocalDate.of(2011, 12, 31), all.get("Anselm Vortigern").roles().get(0).end().orElseThrow());
    }

    @Test
    void aDateTheCalendarDoesNotHaveIsDroppedButTheRoleIsKept() throws IOException {
        ExtensionEntry p = importBoth(dir.resolve("out.tsv")).get("Broken Dates Person");
        assertEquals(List.of(new RoleTerm("FRAGOV", Optional.empty(), Optional.empty())), p.roles());
    }

    @Test
    void namesInCapitalsAreWrittenAsInText() {
        assertEquals("Secretary General of the United Nations", PhoenixImport.display("SECRETARY GENERAL OF THE UNITED NATIONS"));
        assertEquals("Ban Ki-Moon", PhoenixImport.display("BAN KI-MOON"));
        assertEquals("ICJ", PhoenixImport.display("ICJ"));
        assertEquals("NKVD", PhoenixImport.display("NKVD"));
        assertEquals("Peru", PhoenixImport.display("PERU"));
        assertEquals("U.N.", PhoenixImport.display("U.N."));
        assertEquals("Hammarskjold", PhoenixImport.display("HAMMARSKJOLD"));
    }
}
