package org.vigie.nlp.discovered;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KbExtension;
import org.vigie.nlp.kb.KnowledgeBase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class DiscoveredGroupingTest {
    @TempDir
    Path dir;

    @AfterEach
    void builtInOnly() {
        KnowledgeBase.useExtensions(List.of());
    }

    private static NameRecord name(String name, EntityType type, String first, String last, String... docs) {
        return new NameRecord(KnowledgeBase.slug(name), name, type, docs.length * 2, List.of(name), Set.of(docs), first, last);
    }

    private static final List<NameRecord> NAMES = List.of(
            name("Dariusz Volenko", EntityType.PER, "2024-03-01", "2024-03-09", "d1", "d2"),
            name("Volenkko", EntityType.PER, "2024-02-20", "2024-02-20", "d3"),
            name("Darius Wolenko", EntityType.PER, "2024-03-12", "2024-03-12", "d4"),
            name("Anna Keller", EntityType.PER, null, null, "d1", "d5"),
            name("Tom Keller", EntityType.PER, null, null, "d6", "d7"),
            name("Keller", EntityType.PER, null, null, "d8"),
            name("Brastel Foundation", EntityType.ORG, null, null, "d2", "d10"),
            name("Foundation", EntityType.ORG, null, null, "d11", "d12"),
            name("Ostrava Hill", EntityType.LOC, null, null, "d9"));

    @Test
    void spellingsOfOneNameAcrossDocumentsBecomeOneEntityWithItsVariantsCountsAndDates() {
        List<DiscoveredEntity> found = DiscoveredGrouping.group(NAMES, id -> false, Set.of(), 2);
        DiscoveredEntity v = found.get(0);
        assertEquals("vigie:dariusz-volenko", v.id());
        assertEquals("Dariusz Volenko", v.name());
        assertEquals(EntityType.PER, v.type());
        assertEquals(4, v.documents());
        assertEquals(8, v.mentions());
        assertEquals("2024-02-20", v.firstSeen());
        assertEquals("2024-03-12", v.lastSeen());
        assertEquals(Set.of("Dariusz Volenko", "Volenkko", "Darius Wolenko"), new HashSet<>(v.surfaces()));
    }

    @Test
    void twoPeopleOfOneFamilyStayApartAndTheSurnameAloneJoinsNeither() {
        List<DiscoveredEntity> found = DiscoveredGrouping.group(NAMES, id -> false, Set.of(), 2);
        Map<String, DiscoveredEntity> byName = new HashMap<>();
        for (DiscoveredEntity e : found) byName.put(e.name(), e);
        assertEquals(1, byName.get("Anna Keller").variants().size());
        assertEquals(1, byName.get("Tom Keller").variants().size());
        assertFalse(byName.containsKey("Keller"), "named in one document only");
        assertEquals(1, byName.get("Brastel Foundation").variants().size(), "a generic word is not the organisation's short name");
    }

    @Test
    void namesTheKnowledgeBaseKnowsAreLeftOutAndASplitNameStandsAlone() {
        List<DiscoveredEntity> found = DiscoveredGrouping.group(NAMES, id -> id.equals("vigie:anna-keller"),
                Set.of("vigie:darius-wolenko"), 2);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Anna Keller")));
        DiscoveredEntity split = found.stream().filter(e -> e.id().equals("vigie:darius-wolenko")).findFirst().orElseThrow();
        assertTrue(split.split());
        assertEquals(1, split.variants().size());
        DiscoveredEntity rest = found.stream().filter(e -> e.id().equals("vigie:dariusz-volenko")).findFirst().orElseThrow();
        assertEquals(3, rest.documents());
    }

    @Test
    void aConfirmedEntityIsWrittenToTheUserFileAndTheKnowledgeBaseLinksItsVariants() throws IOException {
        String id = UserEntries.newId("Dariusz Volenko", x -> false);
        assertEquals("vigie:dariusz-volenko", id);
        assertEquals("vigie:dariusz-volenko-2", UserEntries.newId("Dariusz Volenko", x -> x.equals("vigie:dariusz-volenko")));
        Path file = UserEntries.write(dir, List.of(UserEntries.entry(id, "Dariusz Volenko", EntityType.PER,
                List.of("Dariusz Volenko", "Volenkko", "Darius Wolenko"))));
        assertEquals(dir.resolve("kb").resolve("user.tsv"), file);
        assertEquals(List.of(file), KbExtension.filesIn(dir));
        assertEquals(id, KnowledgeBase.get().lookup("Darius Wolenko").get(0).id());
        assertEquals("vigie:dariusz-volenko-2", UserEntries.newId("Dariusz Volenko", x -> false), "now known to the knowledge base");
    }

    @Test
    void theNextAnalysisLinksAVariantToTheConfirmedEntityEvenInAPipelineBuiltBefore() throws IOException {
        String text = "Talks resumed on Monday.\nDarius Wolenko told reporters the harbour would reopen next week.\n";
        org.vigie.core.Pipeline before = org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "language", "segment", "entities"));
        assertEquals(List.of("vigie:darius-wolenko"), entityIds(before, text));
        UserEntries.write(dir, List.of(UserEntries.entry("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER,
                List.of("Volenkko", "Darius Wolenko"))));
        assertEquals(List.of("vigie:dariusz-volenko"), entityIds(before, text));
        assertEquals(List.of("vigie:dariusz-volenko"), entityIds(
                org.vigie.nlp.DefaultPipeline.create(List.of("blocks", "language", "segment", "entities")), text));
    }

    private static List<String> entityIds(org.vigie.core.Pipeline pipeline, String text) {
        org.vigie.core.Document doc = pipeline.run(org.vigie.core.Document.ofText(text));
        return doc.layer(org.vigie.core.LayerKind.ENTITIES).stream().map(org.vigie.core.model.Entity::id).toList();
    }
}
