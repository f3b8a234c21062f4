package org.vigie.store.postgres;

import org.vigie.store.CrashIngest;

/** {@link CrashIngest} into PostgreSQL. Argument: the schema; the server settings come from the environment. */
public final class PostgresCrashIngest {
    private PostgresCrashIngest() {
    }

    public static void main(String[] args) {
        try (PostgresDocumentStore store = PostgresDocumentStore.open(PostgresTestDatabase.url(args[0]),
                PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)) {
            CrashIngest.run(store, Integer.parseInt(args[1]));
        }
    }
}
