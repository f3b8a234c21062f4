package org.vigie.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.vigie.store.DiscoveredStoreContract;
import org.vigie.store.DocumentStore;

import static org.vigie.store.postgres.PostgresTestDatabase.*;

/** The discovered-entity contract on a real PostgreSQL server, one fresh schema per test. */
class PostgresDiscoveredStoreTest extends DiscoveredStoreContract {
    private String schema;

    @Override
    protected DocumentStore openStore() {
        requireServer();
        if (schema == null) schema = createSchema();
        return PostgresDocumentStore.open(url(schema), USER, PASSWORD);
    }

    @AfterEach
    void dropTheSchema() {
        if (store != null) store.close();
        store = null;
        if (schema != null) dropSchema(schema);
    }
}
