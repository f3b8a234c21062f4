package org.vigie.nlp.discovered;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.ExtensionEntry;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KbExtension;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.QidStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.*;
import java.util.function.Predicate;

/**
 * The entities a user confirmed, as knowledge-base entries: written to the user extension file of the data folder
 * ({@code kb/user.tsv}) so that the analyses that follow link their names, in this process and the next ones.
 */
public final class UserEntries {
    private UserEntries() {
    }

    /** The knowledge-base entry of a confirmed entity; its variants are names of any language. */
    public static ExtensionEntry entry(String id, String name, EntityType type, List<String> variants) {
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(variants));
        aliases.remove(name);
        return new ExtensionEntry(new KbEntry(id, QidStatus.UNVERIFIED, type, kind(type), name,
                aliases.isEmpty() ? Map.of() : Map.of("*", aliases), Optional.empty(), Optional.empty()), List.of());
    }

    private static String kind(EntityType type) {
        return switch (type) {
            case PER -> "person";
            case ORG -> "organisation";
            case GPE, LOC -> "place";
            default -> "other";
        };
    }

    /**
     * A stable engine id for a newly confirmed name: {@code vigie:<slug>}, with {@code -2}, {@code -3}... when the
     * knowledge base (another entity with the same slug) or {@code taken} (the ids already confirmed) has it.
     */
    public static String newId(String name, Predicate<String> taken) {
        String base = KnowledgeBase.slug(name);
        if (base.length() <= "vigie:".length()) throw new IllegalArgumentException("a name needs letters or digits: '" + name + "'");
        String id = base;
        for (int n = 2; taken.test(id) || KnowledgeBase.get().entry(id).isPresent(); n++) id = base + "-" + n;
        return id;
    }

    /**
     * Writes the user extension file of a data folder (replacing it whole, through a temporary file, so that a crash
     * never leaves half a file) and makes the shared knowledge base use the data folder's extension files.
     */
    public static synchronized Path write(Path dataDir, List<ExtensionEntry> entries) throws IOException {
        Path file = dataDir.resolve(KbExtension.FOLDER).resolve(KbExtension.USER_FILE);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(KbExtension.USER_FILE + ".tmp");
        try (KbExtension.Writer w = new KbExtension.Writer(tmp, List.of(
                "Source: entities confirmed by the user of this data folder on the discovered entities page.",
                "Rewritten by Vigie at each confirmation; edit through Vigie, not by hand."))) {
            for (ExtensionEntry e : entries) w.write(e);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> files = new ArrayList<>(KnowledgeBase.extensionFiles());
        if (!files.contains(file)) files.add(file);
        KnowledgeBase.useExtensions(files);
        return file;
    }
}
