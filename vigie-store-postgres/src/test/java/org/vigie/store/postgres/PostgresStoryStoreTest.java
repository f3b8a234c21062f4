package org.vigie.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreSql;
import org.vigie.store.StoryStoreContract;

import static org.vigie.store.postgres.PostgresTestDatabase.*;

/** The story contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStoryStoreTest extends StoryStoreContract {
    private String schema;

    @Override
    protected DocumentStore openStore() {
        requireServer();
        if (schema == null) schema = createSchema();
        return PostgresDocumentStore.open(url(schema), USER, PASSWORD);
    }

    @Override
    protected StoreSql sql() {
        return new PostgresSql(schema);
    }

    @AfterEach
    void dropSchema() {
        if (store != null) store.close();
        store = null;
        if (schema != null) PostgresTestDatabase.dropSchema(schema);
    }
}
