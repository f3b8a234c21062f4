package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class WikidataImportTest {
    @TempDir
    Path dir;

    /** A dump as Wikidata writes them: a JSON array, one entity per line, each followed by a comma but the last. */
    private static final String DUMP = String.join("\n",
            "[",
            "{\"type\":\"item\",\"id\":\"Q900001\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Orla Venturi\"},"
                    + "\"fr\":{\"language\":\"fr\",\"value\":\"Orla Venturi\"}},\"aliases\":{\"en\":[{\"language\":\"en\",\"value\":\"O. Venturi\"}],"
                    + "\"ru\":[{\"language\":\"ru\",\"value\":\"Орла Вентури\"}]},\"claims\":{"
                    + "\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"}}},\"rank\":\"normal\"}],"
                    + "\"P27\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q38\"}}},\"rank\":\"normal\"}],"
                    + "\"P39\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q900100\"}}},\"rank\":\"normal\",\"qualifiers\":{"
                    + "\"P580\":[{\"datavalue\":{\"value\":{\"time\":\"+2014-02-22T00:00:00Z\"}}}],"
                    + "\"P582\":[{\"datavalue\":{\"value\":{\"time\":\"+2016-00-00T00:00:00Z\"}}}]}}]}},",
            "{\"type\":\"item\",\"id\":\"Q900002\",\"labels\":{\"de\":{\"language\":\"de\",\"value\":\"Kalmsee\"}},\"claims\":{"
                    + "\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q23397\"}}}}],"
                    + "\"P17\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q183\"}}}}],"
                    + "\"P625\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"latitude\":47.5,\"longitude\":11.25}}}}]}},",
            "{\"type\":\"item\",\"id\":\"Q900003\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"a kind of cheese\"}},\"claims\":{"
                    + "\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q10943\"}}}}]}},",
            "{\"type\": \"item\", \"id\": \"Q900005\", \"labels\": {\"en\": {\"language\": \"en\", \"value\": \"Sela Norrand\"}}, "
                    + "\"claims\": {\"P31\": [{\"mainsnak\": {\"datavalue\": {\"value\": {\"id\": \"Q5\"}}}}]}},",
            "{\"type\":\"item\",\"id\":\"Q900004\",\"labels\":{\"en\":{\"l",
            "{\"type\":\"property\",\"id\":\"P31\",\"labels\":{}}",
            "]");

    private List<ExtensionEntry> importDump(InputStream in, Set<EntityType> types, long written) throws IOException {
        Path out = dir.resolve("wd.tsv");
        WikidataImport.Stats stats;
        try (KbExtension.Writer w = new KbExtension.Writer(out, List.of("test dump")); in) {
            stats = WikidataImport.run(in, types, w);
        }
        assertEquals(5, stats.items(), "four items and a property");
        assertEquals(1, stats.badLines());
        assertTrue(stats.firstError().orElseThrow().startsWith("line 6:"), stats.firstError().orElseThrow());
        assertEquals(written, stats.written());
        return KbExtension.read(out);
    }

    @Test
    void aPersonKeepsLabelsAliasesCitizenshipAndPositionsWithDates() throws IOException {
        List<ExtensionEntry> all = importDump(Files.newInputStream(Files.writeString(dir.resolve("d.json"), DUMP)), Set.of(), 3);
        assertEquals("Sela Norrand", all.get(2).entry().name(), "a line written with spaces is read too");
        ExtensionEntry p = all.get(0);
        assertEquals("Q900001", p.entry().id());
        assertEquals(QidStatus.WELL_KNOWN, p.entry().qidStatus());
        assertEquals(EntityType.PER, p.entry().type());
        assertEquals("Orla Venturi", p.entry().name());
        assertEquals(List.of("Orla Venturi", "O. Venturi"), p.entry().names().get("en"));
        assertEquals(List.of("Орла Вентури"), p.entry().names().get("ru"));
        assertEquals(Optional.of("Q38"), p.entry().country());
        assertEquals(List.of(new RoleTerm("Q900100", Optional.of(LocalDate.of(2014, 2, 22)), Optional.of(LocalDate.of(2016, 1, 1)))), p.roles());
    }

    @Test
    void aLakeKeepsItsCoordinatesAndItsCountryAndANameFromAnotherLanguage() throws IOException {
        ExtensionEntry lake = importDump(Files.newInputStream(Files.writeString(dir.resolve("d.json"), DUMP)), Set.of(), 3).get(1);
        assertEquals("Kalmsee", lake.entry().name());
        assertEquals(EntityType.LOC, lake.entry().type());
        assertEquals(Optional.of(new Coordinates(47.5, 11.25)), lake.entry().coordinates());
        assertEquals(Optional.of("Q183"), lake.entry().country());
    }

    @Test
    void aGzippedDumpIsReadAndTheTypeFilterKeepsOnlyPeople() throws IOException {
        Path gz = dir.resolve("d.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(DUMP.getBytes(StandardCharsets.UTF_8));
        }
        List<ExtensionEntry> people = importDump(WikidataImport.open(gz), Set.of(EntityType.PER), 2);
        assertEquals(List.of("Q900001", "Q900005"), people.stream().map(x -> x.entry().id()).toList());
    }
}
