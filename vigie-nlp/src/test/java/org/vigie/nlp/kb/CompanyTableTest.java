package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CompanyTableTest {
    @TempDir
    Path dir;

    /** A tiny dictionary in the Phoenix format, written for this test. */
    private static final String DICTIONARY = """
            KORVEX_AEROSPACE_CO_\t[MNCUSA]\t# Aerospace\t$12,000,000,000
            +KORVEX_AERO_
            SMALLCO_INC_\t[MNCUSA]\t# Banks\t$90,000,000
            LORVANE_BANK_\t[MNCGBR <040726][MNCESP]\t# converted from SAE files
            STEEL_CORP_\t[MNCDEU]\t# Steel\t$9,000,000,000
            TARGETA_CORP_\t[MNCFRA]\t# Retail\t$7,000,000,000
            MULTI-NATIONAL_CORPORATION_\t[MNC]\t# converted from SAE files
            ONLY_A_PERSON_\t[USAELI]
            """;

    private List<CompanyTable.Company> derive(Set<String> ambiguous, CompanyTable.Stats[] stats) throws IOException {
        Path f = dir.resolve("Phoenix.International.actors.txt");
        Files.writeString(f, DICTIONARY);
        List<CompanyTable.Company> out = new ArrayList<>();
        stats[0] = CompanyTable.derive(f, 5_000_000_000L, ambiguous::contains, out);
        return out;
    }

    @Test
    void companiesAboveTheThresholdOrConvertedFromSaeFilesAreKeptWithoutLegalForm() throws IOException {
        CompanyTable.Stats[] stats = new CompanyTable.Stats[1];
        Map<String, CompanyTable.Company> byName = derive(Set.of(), stats).stream()
                .collect(Collectors.toMap(CompanyTable.Company::name, Function.identity()));
        assertTrue(byName.containsKey("Korvex Aerospace"), byName.keySet().toString());
        assertTrue(byName.containsKey("Lorvane Bank"));
        assertFalse(byName.containsKey("Smallco"), "under the threshold");
        assertEquals(Set.of("Korvex Aerospace", "Lorvane Bank", "Steel", "Targeta"), byName.keySet());
        CompanyTable.Company k = byName.get("Korvex Aerospace");
        assertEquals("vigie:korvex-aerospace", k.id());
        assertEquals("Q30", k.country());
        assertEquals(12_000_000_000L, k.revenue());
        assertEquals("Aerospace", k.sector());
        assertEquals(List.of("Korvex Aerospace Co", "Korvex Aero"), k.aliases());
        assertEquals(6, stats[0].records(), "the company records; a person's record is no company");
    }

    @Test
    void theCountryOfTheOpenCodeWinsOverOneRestrictedToThePast() throws IOException {
        CompanyTable.Company bank = derive(Set.of(), new CompanyTable.Stats[1]).stream()
                .filter(c -> c.name().equals("Lorvane Bank")).findFirst().orElseThrow();
        assertEquals("Q29", bank.country());
    }

    @Test
    void anAmbiguousOneWordFormKeepsTheFullNameAndAGenericNameNoneAtAll() throws IOException {
        CompanyTable.Stats[] stats = new CompanyTable.Stats[1];
        List<String> names = derive(Set.of("Targeta", "Steel"), stats).stream().map(CompanyTable.Company::name).toList();
        assertTrue(names.contains("Targeta Corp"), names.toString());
        assertFalse(names.contains("Targeta"));
        assertTrue(names.contains("Steel Corp"));
        assertTrue(names.stream().noneMatch(n -> n.toLowerCase().contains("multi")), names.toString());
        assertEquals(2, stats[0].ambiguousForms());
    }

    @Test
    void theWrittenTableHasAProvenanceHeaderAndTheColumnsTheLoaderReads() throws IOException {
        Path out = dir.resolve("companies.tsv");
        CompanyTable.write(derive(Set.of(), new CompanyTable.Stats[1]), out, List.of("Source: a test dictionary."));
        List<String> lines = Files.readAllLines(out);
        assertEquals("# Source: a test dictionary.", lines.get(0));
        assertEquals(String.join("\t", CompanyTable.COLUMNS), lines.get(1));
        assertTrue(lines.get(2).startsWith("vigie:korvex-aerospace\tunverified\tQ30\t12000000000\tAerospace\tKorvex Aerospace\t"), lines.get(2));
    }
}
