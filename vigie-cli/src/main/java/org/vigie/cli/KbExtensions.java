package org.vigie.cli;

import org.vigie.nlp.kb.KbExtension;
import org.vigie.nlp.kb.KnowledgeBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the knowledge-base extension files a command should analyse with. */
final class KbExtensions {
    private KbExtensions() {
    }

    /**
     * The data folder's {@code kb/*.tsv} (none without a data folder) and the files given, checked before anything is
     * analysed: a missing or broken file stops the command with a message naming it.
     */
    static void use(Path dataOrNull, List<Path> extraOrNull) {
        List<Path> files = new ArrayList<>(dataOrNull == null ? List.of() : KbExtension.filesIn(dataOrNull));
        if (extraOrNull != null) {
            for (Path p : extraOrNull) {
                if (!Files.isRegularFile(p)) throw new IllegalArgumentException("--kb-extra: no such file " + p);
                if (!files.contains(p)) files.add(p);
            }
        }
        if (files.isEmpty() && KnowledgeBase.extensionFiles().isEmpty()) return;
        KnowledgeBase.useExtensions(files);
        for (String note : KnowledgeBase.get().extensionNotes()) System.err.println("knowledge base: " + note);
    }
}
