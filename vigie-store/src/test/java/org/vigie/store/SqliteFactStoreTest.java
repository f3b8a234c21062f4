package org.vigie.store;

/** The facts index contract on the embedded store. */
class SqliteFactStoreTest extends FactStoreContract<SqliteFixture> {
    SqliteFactStoreTest() {
        super(new SqliteFixture());
    }
}
