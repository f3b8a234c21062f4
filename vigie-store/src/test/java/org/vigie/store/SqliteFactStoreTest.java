package org.vigie.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The facts index contract on the embedded store. */
class SqliteFactStoreTest extends FactStoreContract {
    @TempDir
    Path dir;

    @Override
    protected DocumentStore openStore() {
        return DocumentStore.open(dir.resolve("data"));
    }

    @Override
    protected StoreSql sql() {
        return new SqliteSql(dir.resolve("data"));
    }
}
