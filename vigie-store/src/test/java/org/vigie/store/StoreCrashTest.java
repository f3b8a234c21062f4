package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An ingest of a few thousand documents into the embedded store and its search index, killed with SIGKILL at random
 * points and restarted each time, loses no document and stores none twice, its aggregates stay equal to a recount,
 * and the index holds exactly the stored documents. The kill points
 * are drawn from a seed ({@code -Dvigie.crash.seed}); the size is {@code -Dvigie.crash.documents}.
 */
class StoreCrashTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void anIngestKilledAtRandomPointsAndRestartedLosesAndDoublesNothing() throws Exception {
        int count = Integer.getInteger("vigie.crash.documents", 3000);
        long seed = Long.getLong("vigie.crash.seed", 20261122L);
        Path data = dir.resolve("data");
        CrashHarness.Report report = CrashHarness.run(CrashIngest.class.getName(), List.of(data.toString(), "" + count),
                Map.of(), seed, KILLS, count, dir);
        System.out.println("sqlite crash test: " + report);
        assertEquals(KILLS, report.kills());
        try (DocumentStore store = DocumentStore.open(data);
             Connection sql = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteDocumentStore.DATABASE_FILE))) {
            CrashHarness.verify(store, sql, count);
            // The search index, read as the last run left it (not through the indexed store, which would catch up):
            // every stored document is indexed and nothing else is.
            java.util.Set<String> stored = new java.util.HashSet<>();
            try (var rs = sql.createStatement().executeQuery("SELECT id FROM documents")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            try (var index = org.vigie.store.search.LuceneSearchIndex.open(data)) {
                assertEquals(stored, index.ids(), "the search index holds exactly the stored documents");
            }
        }
    }
}
