package org.vigie.store;

import org.vigie.core.Document;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The ingest that {@link CrashHarness} kills: puts the first {@code count} {@link SyntheticNews} documents in order,
 * printing {@code stored i} or {@code skipped i} after each put returns, and {@code done} at the end. Run again
 * after a kill, it goes through the same documents, which the store must take idempotently.
 */
public final class CrashIngest {
    private CrashIngest() {
    }

    public static void run(DocumentStore store, int count) {
        PrintStream out = System.out;
        for (int i = 0; i < count; i++) {
            Document d = SyntheticNews.document(i);
            boolean stored = store.put(d, TestDocuments.bytes(d));
            out.println((stored ? "stored " : "skipped ") + i);
            out.flush();
        }
        out.println("done");
        out.flush();
    }

    /** Arguments: the data folder of an embedded store (with its search index, as the CLI opens it), the number of documents. */
    public static void main(String[] args) {
        try (DocumentStore store = org.vigie.store.search.IndexedDocumentStore.open(Path.of(args[0]))) {
            run(store, Integer.parseInt(args[1]));
        }
    }
}
