package org.vigie.nlp.kb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Published;
import org.vigie.nlp.DefaultPipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Positions held in a Wikidata dump become offices of the knowledge base that the role resolver consults. */
class PositionOfficesTest {
    @TempDir
    Path dir;

    @AfterEach
    void builtInOnly() {
        KnowledgeBase.useExtensions(List.of());
    }

    private static String claim(String property, String... values) {
        StringBuilder sb = new StringBuilder("\"" + property + "\":[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"").append(values[i]).append("\"}}},\"rank\":\"normal\"}");
        }
        return sb.append(']').toString();
    }

    private static String item(String id, String label, String... claims) {
        return "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"" + label + "\"}},"
                + "\"claims\":{" + String.join(",", claims) + "}},";
    }

    private static String held(String position, String start, String end) {
        return "{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"" + position + "\"}}},\"rank\":\"normal\",\"qualifiers\":{"
                + "\"P580\":[{\"datavalue\":{\"value\":{\"time\":\"+" + start + "T00:00:00Z\"}}}]"
                + (end == null ? "" : ",\"P582\":[{\"datavalue\":{\"value\":{\"time\":\"+" + end + "T00:00:00Z\"}}}]") + "}}";
    }

    /**
     * The person comes before the position items, as in a real dump where items are in no useful order; one position
     * is a foreign minister's of Italy (Q38), one stands for two classes, one for two states, one has no jurisdiction.
     */
    private Path dump() throws IOException {
        String person = "{\"type\":\"item\",\"id\":\"Q900001\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Ottavio Brenzi\"}},"
                + "\"claims\":{" + claim("P31", "Q5") + ",\"P39\":[" + held("Q900100", "1901-03-01", "1903-06-30") + ","
                + held("Q900101", "1904-01-01", null) + "," + held("Q900102", "1905-01-01", null) + "," + held("Q900103", "1906-01-01", null)
                + "]}},";
        String dump = String.join("\n", "[", person,
                item("Q900100", "Foreign minister of the test kingdom", claim("P31", "Q4164871"), claim("P279", "Q7330070"), claim("P1001", "Q38")),
                item("Q900101", "Prime and foreign minister", claim("P279", "Q7330070", "Q14212"), claim("P1001", "Q38")),
                item("Q900102", "Foreign minister of two states", claim("P279", "Q7330070"), claim("P1001", "Q38", "Q142")),
                item("Q900103", "Foreign minister of nowhere in particular", claim("P279", "Q7330070")),
                item("Q900106", "Second-level foreign minister post of the test kingdom", claim("P279", "Q900104"), claim("P1001", "Q38")),
                item("Q900104", "Foreign and cooperation minister of the test kingdom", claim("P279", "Q900100"), claim("P1001", "Q38")),
                item("Q900105", "A post of another state under the kingdom's", claim("P279", "Q900100"), claim("P1001", "Q142")),
                "]");
        return Files.writeString(dir.resolve("dump.json"), dump);
    }

    private Path imported() throws IOException {
        Path out = dir.resolve("wd.tsv");
        try (KbExtension.Writer w = new KbExtension.Writer(out, List.of("test dump"))) {
            WikidataImport.run(dump(), Set.of(), w);
        }
        return out;
    }

    @Test
    void aPositionOfOneOfficeAndOneJurisdictionMapsToThatOffice() throws IOException {
        PositionOffices p;
        try (var in = Files.newInputStream(dump())) {
            p = PositionOffices.scan(in);
        }
        assertEquals(Optional.of("foreign-minister@Q38"), p.office("Q900100"));
        assertEquals(Optional.empty(), p.office("Q900101"), "two offices at once");
        assertEquals(Optional.empty(), p.office("Q900102"), "two states");
        assertEquals(Optional.empty(), p.office("Q900103"), "no jurisdiction");
        assertEquals(3, p.size());
    }

    @Test
    void aPositionUnderAnotherOfTheSameJurisdictionTakesItsOfficeAndOneOfAnotherJurisdictionDoesNot() throws IOException {
        PositionOffices p;
        try (var in = Files.newInputStream(dump())) {
            p = PositionOffices.scan(in);
        }
        assertEquals(Optional.of("foreign-minister@Q38"), p.office("Q900104"), "one level down");
        assertEquals(Optional.of("foreign-minister@Q38"), p.office("Q900106"), "two levels down, before its parent in the dump");
        assertEquals(Optional.empty(), p.office("Q900105"), "another state's post is not the kingdom's office");
    }

    @Test
    void thePersonKeepsThePositionAndGetsTheOfficeItStandsForEvenWhenThePositionComesLater() throws IOException {
        ExtensionEntry person = KbExtension.read(imported()).get(0);
        assertEquals("Q900001", person.entry().id());
        Optional<LocalDate> start = Optional.of(LocalDate.of(1901, 3, 1));
        Optional<LocalDate> end = Optional.of(LocalDate.of(1903, 6, 30));
        assertEquals(List.of(new RoleTerm("Q900100", start, end), new RoleTerm("foreign-minister@Q38", start, end)),
                person.roles().subList(0, 2));
        assertEquals(4, person.roles().stream().filter(r -> r.role().startsWith("Q")).count());
        assertEquals(1, person.roles().stream().filter(r -> r.role().contains("@")).count());
    }

    @Test
    void aSinglePassOverAStreamKeepsPositionsWithoutOffices() throws IOException {
        Path out = dir.resolve("once.tsv");
        try (KbExtension.Writer w = new KbExtension.Writer(out, List.of("test dump")); var in = Files.newInputStream(dump())) {
            WikidataImport.run(in, Set.of(), w);
        }
        assertTrue(KbExtension.read(out).get(0).roles().stream().noneMatch(r -> r.role().contains("@")));
    }

    @Test
    void theImportedHolderIsTheOfficeHolderOnADateOfTheTermAndNotAfter() throws IOException {
        KnowledgeBase.useExtensions(List.of(imported()));
        KnowledgeBase kb = KnowledgeBase.get();
        assertEquals("Q900001", kb.holder("foreign-minister", "Q38", LocalDate.of(1902, 5, 3)).orElseThrow().id());
        assertTrue(kb.holder("foreign-minister", "Q38", LocalDate.of(1903, 7, 1)).isEmpty());
        assertTrue(kb.extensionNotes().get(0).contains("1 term of office"), kb.extensionNotes().get(0));
        assertEquals(List.of("foreign-minister"), kb.offices("Q900001").stream().map(Office::role).toList());
    }

    @Test
    void theBuiltInHolderWinsOverAnImportedOneOnTheSameDate() throws IOException {
        LocalDate date = LocalDate.of(2015, 6, 1);
        String builtIn = KnowledgeBase.get().holder("foreign-minister", "Q38", date).orElseThrow().id();
        Path file = dir.resolve("late.tsv");
        try (KbExtension.Writer w = new KbExtension.Writer(file, List.of("test"))) {
            w.write(new ExtensionEntry(new KbEntry("Q900009", QidStatus.WELL_KNOWN, org.vigie.core.model.EntityType.PER, "person",
                    "Tullia Ravessi", java.util.Map.of(), Optional.empty(), Optional.empty()),
                    List.of(new RoleTerm("foreign-minister@Q38", Optional.of(LocalDate.of(2015, 1, 1)), Optional.empty()))));
        }
        KnowledgeBase.useExtensions(List.of(file));
        assertEquals(builtIn, KnowledgeBase.get().holder("foreign-minister", "Q38", date).orElseThrow().id());
    }

    @Test
    void theForeignMinisterOfTheStateResolvesToTheImportedHolderAtTheDocumentDate() throws IOException {
        KnowledgeBase.useExtensions(List.of(imported()));
        String text = "The foreign minister of Italy arrived in Vienna on Monday.\n";
        List<String> ids = entityIds(text, "1902-05-03");
        assertTrue(ids.contains("Q900001"), ids.toString());
        List<String> later = entityIds(text, "1908-05-03");
        assertFalse(later.contains("Q900001"), later.toString());
    }

    private static List<String> entityIds(String text, String published) {
        Document doc = DefaultPipeline.create(List.of("blocks", "language", "segment")).run(Document.ofText(text))
                .with(Layers.builder().put(LayerKind.PUBLISHED, List.of(new Published(published, null, Published.Method.INFERRED))).build());
        return doc.with(new org.vigie.nlp.entities.EntityAnnotator().annotate(doc)).layerOrEmpty(LayerKind.ENTITIES).stream().map(Entity::id).toList();
    }
}
