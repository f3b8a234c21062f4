package org.vigie.store.postgres;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoreFixture;
import org.vigie.store.StoreSql;

import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL store of a test in schemas of its own on the {@link PostgresTestDatabase}: the test is skipped (failed
 * under CI) when no server is reachable, its schemas are created empty when first used and dropped after it.
 */
final class PostgresTestSchema implements StoreFixture {
    private final List<String> created = new ArrayList<>();
    private String schema;

    @Override
    public void beforeEach(ExtensionContext context) {
        PostgresTestDatabase.requireServer();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (String s : created) PostgresTestDatabase.dropSchema(s);
        created.clear();
        schema = null;
    }

    /** The schema of the store under test. */
    String name() {
        if (schema == null) schema = another();
        return schema;
    }

    /** One more empty schema, dropped after the test as well. */
    String another() {
        String s = PostgresTestDatabase.createSchema();
        created.add(s);
        return s;
    }

    @Override
    public DocumentStore open() {
        return PostgresDocumentStore.open(PostgresTestDatabase.url(name()), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    }

    @Override
    public StoreSql sql() {
        return new PostgresSql(name());
    }
}
