package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.AnalysisJson;
import org.vigie.nlp.kb.KnowledgeBase;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.cli.AnalyzeCommandTest.vigie;

class KbCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void builtInOnly() {
        KnowledgeBase.useExtensions(List.of());
    }

    @Test
    void thePhoenixImportWritesAnExtensionThatAnalysesLinkWith() throws Exception {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(dicts.resolve("Test.International.actors.txt"), """
                # hand-written for this test
                TAVERNIER_QUILLON_\t[IGOWSTNRC 20070101-20111231]
                +QUILLON_
                """);
        Path out = dir.resolve("phoenix.tsv");
        AnalyzeCommandTest.Run r = vigie("kb", "import-phoenix", dicts.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 entries written from 1 records"), r.out());
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks resumed.\nQuillon told reporters the harbour would reopen.\n");
        AnalyzeCommandTest.Run a = vigie("analyze", article.toString(), "--kb-extra", out.toString());
        assertEquals(0, a.exit(), a.err());
        List<String> ids = new ArrayList<>();
        AnalysisJson.MAPPER.readTree(a.out()).path("entities").forEach(e -> ids.add(e.path("id").asText()));
        assertEquals(List.of("vigie:tavernier-quillon"), ids);
    }

    @Test
    void aMissingSourceIsSkippedAndAMissingExtensionIsAnError() {
        AnalyzeCommandTest.Run r = vigie("kb", "import-phoenix", dir.resolve("nope").toString(), "--out", dir.resolve("x.tsv").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("skipped: "), r.out());
        AnalyzeCommandTest.Run w = vigie("kb", "import-wikidata", dir.resolve("nope.json.gz").toString(), "--out", dir.resolve("x.tsv").toString());
        assertEquals(0, w.exit());
        assertTrue(w.out().startsWith("skipped: "), w.out());
        AnalyzeCommandTest.Run a = vigie("analyze", dir.toString(), "--kb-extra", dir.resolve("missing.tsv").toString());
        assertNotEquals(0, a.exit());
        assertTrue(a.err().contains("missing.tsv"), a.err());
    }

    @Test
    void theWikidataImportReadsAGzippedDumpAndKeepsTheTypesAsked() throws Exception {
        String dump = "[\n"
                + "{\"type\":\"item\",\"id\":\"Q900011\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Ysolde Brannick\"}},"
                + "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"}}}}]}},\n"
                + "{\"type\":\"item\",\"id\":\"Q900012\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Brannick Lake\"}},"
                + "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q23397\"}}}}]}}\n"
                + "]\n";
        Path gz = dir.resolve("dump.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(dump.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("wd.tsv");
        AnalyzeCommandTest.Run r = vigie("kb", "import-wikidata", gz.toString(), "--out", out.toString(), "--types", "PER");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 entries written from 2 items"), r.out());
        assertTrue(Files.readString(out).contains("Q900011\twell-known\tPER"));
        assertFalse(Files.readString(out).contains("Q900012"));
    }

    @Test
    void aWikidataPositionOfForeignMinisterMakesTheImportedHolderTheForeignMinisterTheAnalysesResolve() throws Exception {
        String dump = "[\n"
                + "{\"type\":\"item\",\"id\":\"Q900021\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Corrado Vellani\"}},"
                + "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"}}}}],"
                + "\"P39\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q900022\"}}},\"qualifiers\":{"
                + "\"P580\":[{\"datavalue\":{\"value\":{\"time\":\"+1901-02-01T00:00:00Z\"}}}]}}]}},\n"
                + "{\"type\":\"item\",\"id\":\"Q900022\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Foreign minister of a test state\"}},"
                + "\"claims\":{\"P279\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q7330070\"}}}}],"
                + "\"P1001\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q38\"}}}}]}}\n"
                + "]\n";
        Path json = Files.writeString(dir.resolve("dump.json"), dump);
        Path out = dir.resolve("wd.tsv");
        AnalyzeCommandTest.Run r = vigie("kb", "import-wikidata", json.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 positions stand for offices"), r.out());
        assertTrue(Files.readString(out).contains("foreign-minister@Q38 1901-02-01.."), Files.readString(out));
        Path article = Files.writeString(dir.resolve("a.json"),
                "{\"text\":\"The foreign minister of Italy arrived in Vienna on Monday.\",\"date\":\"1902-05-03\"}");
        AnalyzeCommandTest.Run a = vigie("analyze", article.toString(), "--kb-extra", out.toString());
        assertEquals(0, a.exit(), a.err());
        List<String> ids = new ArrayList<>();
        AnalysisJson.MAPPER.readTree(a.out()).path("entities").forEach(e -> ids.add(e.path("id").asText()));
        assertTrue(ids.contains("Q900021"), ids.toString());
    }

    @Test
    void thePetrarchVerbImportFindsThePloverTableBesideTheDictionaryAndWritesTheLicence() throws Exception {
        Path dictionaries = Files.createDirectories(dir.resolve("events/petrarch2/dictionaries"));
        Path dict = Files.writeString(dictionaries.resolve("verbs.txt"), """
                # hand-written for this test
                # The MIT License (MIT)
                # Copyright (c) 2099 Nobody

                ---  HURL   [---]  ---
                HURL
                - * {ROTTEN FRUIT} (AT ENVOY)   [190]
                """);
        Path plover = Files.createDirectories(dir.resolve("events/plover")).resolve("CAMEO2PLOVER-2021.txt");
        Path out = dir.resolve("event-verbs.tsv");
        AnalyzeCommandTest.Run missing = vigie("kb", "import-petrarch-verbs", dict.toString(), "--out", out.toString());
        assertEquals(0, missing.exit(), missing.err());
        assertTrue(missing.out().startsWith("skipped: ") && missing.out().contains("CAMEO2PLOVER"), missing.out());
        Files.writeString(plover, "19: ASSAULT\n190: ASSAULT, , military\n");
        AnalyzeCommandTest.Run r = vigie("kb", "import-petrarch-verbs", dict.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 of 1 verb blocks kept"), r.out());
        String table = Files.readString(out);
        assertTrue(table.contains("# Copyright (c) 2099 Nobody"), table);
        assertTrue(table.contains("pattern\tHURL\trotten fruit ; at envoy\t\t190\tASSAULT"), table);
    }
}
