package org.vigie.store.postgres;

import org.vigie.store.FactStoreContract;

/** The facts index contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresFactStoreTest extends FactStoreContract<PostgresTestSchema> {
    PostgresFactStoreTest() {
        super(new PostgresTestSchema());
    }
}
