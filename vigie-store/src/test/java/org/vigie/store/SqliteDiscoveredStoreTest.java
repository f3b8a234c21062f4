package org.vigie.store;

import org.vigie.store.search.IndexedDocumentStore;

/** The discovered-entity contract on the embedded store, opened behind its search index as the server opens it. */
class SqliteDiscoveredStoreTest extends DiscoveredStoreContract<SqliteFixture> {
    SqliteDiscoveredStoreTest() {
        super(new SqliteFixture(IndexedDocumentStore::open));
    }
}
