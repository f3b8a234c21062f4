package org.vigie.store.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.CrashHarness;
import org.vigie.store.DocumentStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.store.postgres.PostgresTestDatabase.*;

/**
 * The crash test of the embedded store ({@code StoreCrashTest}) on PostgreSQL: a client killed with SIGKILL in the
 * middle of an ingest leaves its open transaction to the server, which must roll it back whole.
 */
class PostgresStoreCrashTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;
    @RegisterExtension
    final PostgresTestSchema testSchema = new PostgresTestSchema();

    @Test
    void anIngestKilledAtRandomPointsAndRestartedLosesAndDoublesNothing() throws Exception {
        int count = Integer.getInteger("vigie.crash.documents", 3000);
        long seed = Long.getLong("vigie.crash.seed", 20261122L);
        String schema = testSchema.name();
        CrashHarness.Report report = CrashHarness.run(PostgresCrashIngest.class.getName(), List.of(schema, "" + count),
                Map.of(), seed, KILLS, count, dir);
        System.out.println("postgresql crash test: " + report);
        assertEquals(KILLS, report.kills());
        try (DocumentStore store = PostgresDocumentStore.open(url(schema), USER, PASSWORD);
             Connection sql = connectToSchema(schema)) {
            CrashHarness.verify(store, sql, count);
        }
    }
}
