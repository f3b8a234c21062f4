package org.vigie.nlp.kb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.ConfigException;
import org.vigie.core.model.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class KbExtensionTest {
    @TempDir
    Path dir;

    @AfterEach
    void builtInOnly() {
        KnowledgeBase.useExtensions(List.of());
    }

    private static ExtensionEntry person(String id, String name, String... aliases) {
        return new ExtensionEntry(new KbEntry(id, QidStatus.UNVERIFIED, EntityType.PER, "person", name,
                Map.of("*", List.of(aliases)), Optional.of("Q142"), Optional.empty()),
                List.of(new RoleTerm("FRAGOV", Optional.of(LocalDate.of(2001, 2, 3)), Optional.empty())));
    }

    private Path write(String file, ExtensionEntry... entries) throws IOException {
        Path p = dir.resolve("kb").resolve(file);
        try (KbExtension.Writer w = new KbExtension.Writer(p, List.of("Source: written for a test.", "Licence: Apache-2.0."))) {
            for (ExtensionEntry e : entries) w.write(e);
        }
        return p;
    }

    @Test
    void anEntryWrittenIsReadBackTheSame() throws IOException {
        ExtensionEntry e = person("vigie:odile-marchetti", "Odile Marchetti", "Marchetti", "Odile Marketti");
        assertEquals(List.of(e), KbExtension.read(write("x.tsv", e)));
    }

    @Test
    void aBrokenRowNamesTheFileAndLine() throws IOException {
        Path p = write("x.tsv", person("vigie:odile-marchetti", "Odile Marchetti"));
        Files.writeString(p, Files.readString(p) + "Q12\tunverified\tPER\tperson\t\t\t\tSomeone\n");
        ConfigException e = assertThrows(ConfigException.class, () -> KbExtension.read(p));
        assertTrue(e.getMessage().contains("x.tsv line 6"), e.getMessage());
    }

    @Test
    void theKnowledgeBaseAddsExtensionEntriesButKeepsItsOwnWhenANameIsAlreadyKnown() throws IOException {
        KbEntry macron = KnowledgeBase.get().lookup("Emmanuel Macron").get(0);
        Path p = write("x.tsv", person("vigie:odile-marchetti", "Odile Marchetti", "Marchetti"),
                person("vigie:emmanuel-macron-2", "Emmanuel Macron"));
        assertEquals(List.of(p), KbExtension.filesIn(dir));
        KnowledgeBase.useExtensions(KbExtension.filesIn(dir));
        KnowledgeBase kb = KnowledgeBase.get();
        assertEquals("vigie:odile-marchetti", kb.lookup("Marchetti").get(0).id());
        assertEquals(List.of(macron), kb.lookup("Emmanuel Macron"));
        assertEquals(List.of(p + ": 1 entries added, 1 already known"), kb.extensionNotes());
        KnowledgeBase.useExtensions(List.of());
        assertTrue(KnowledgeBase.get().lookup("Marchetti").isEmpty());
    }

    @Test
    void aBrokenExtensionLeavesTheKnowledgeBaseInUseAsItWas() throws IOException {
        KnowledgeBase before = KnowledgeBase.get();
        Path p = Files.writeString(dir.resolve("bad.tsv"), "not\ta\theader\n");
        assertThrows(ConfigException.class, () -> KnowledgeBase.useExtensions(List.of(p)));
        assertSame(before, KnowledgeBase.get());
    }
}
