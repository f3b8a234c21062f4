package org.vigie.store;

import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.search.IndexedDocumentStore;

import java.nio.file.Path;

/** The discovered-entity contract on the embedded store, opened behind its search index as the server opens it. */
class SqliteDiscoveredStoreTest extends DiscoveredStoreContract {
    @TempDir
    Path dir;

    @Override
    protected DocumentStore openStore() {
        return IndexedDocumentStore.open(dir);
    }
}
