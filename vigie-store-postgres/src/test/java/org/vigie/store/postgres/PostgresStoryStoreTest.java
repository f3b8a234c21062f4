package org.vigie.store.postgres;

import org.vigie.store.StoryStoreContract;

/** The story contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStoryStoreTest extends StoryStoreContract<PostgresTestSchema> {
    PostgresStoryStoreTest() {
        super(new PostgresTestSchema());
    }
}
