package org.vigie.cli;

import org.vigie.store.DocumentStore;
import org.vigie.store.search.IndexedDocumentStore;

import java.nio.file.Path;

/** Opens the store of a data folder with its full-text index kept in step. */
final class Stores {
    private Stores() {
    }

    static DocumentStore open(Path data) {
        return IndexedDocumentStore.open(data);
    }
}
