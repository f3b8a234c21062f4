package org.vigie.store.postgres;

import org.vigie.store.DiscoveredStoreContract;

/** The discovered-entity contract on a real PostgreSQL server, one fresh schema per test. */
class PostgresDiscoveredStoreTest extends DiscoveredStoreContract<PostgresTestSchema> {
    PostgresDiscoveredStoreTest() {
        super(new PostgresTestSchema());
    }
}
