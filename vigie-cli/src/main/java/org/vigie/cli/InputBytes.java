package org.vigie.cli;

import org.vigie.core.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The original bytes of a document for the store: the file itself when it is one whole input, else the text. */
final class InputBytes {
    private InputBytes() {
    }

    static byte[] of(Document doc) {
        String path = doc.input().path();
        if (path != null) {
            try {
                Path p = Path.of(path);
                if (Files.isRegularFile(p) && Files.size(p) == doc.input().bytes()) {
                    byte[] bytes = Files.readAllBytes(p);
                    if (Document.sha256(bytes).equals(doc.id())) return bytes;
                }
            } catch (IOException | RuntimeException e) {
                // the file changed or went away since it was read: keep the text instead
            }
        }
        return doc.text().getBytes(StandardCharsets.UTF_8);
    }
}
