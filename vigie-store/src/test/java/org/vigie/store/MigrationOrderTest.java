package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Migrations merged from branches in another order than their numbers still reach every store. */
class MigrationOrderTest {
    @TempDir
    Path dir;

    private List<Integer> versions(Path db) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) out.add(rs.getInt(1));
        }
        return out;
    }

    @Test
    void aListedMigrationAStoreHasNotRecordedIsAppliedEvenWhenAHigherOneIs() throws SQLException {
        DocumentStore.open(dir).close();
        Path db = dir.resolve(SqliteDocumentStore.DATABASE_FILE);
        assertEquals(Migrations.versions(), versions(db));
        // a store written by a build that did not have migration 2 yet
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE stories_merged");
            s.execute("DROP TABLE stories");
            s.execute("DROP TABLE story_members");
            s.execute("DELETE FROM schema_version WHERE version = 2");
        }
        DocumentStore.open(dir).close();
        assertEquals(Migrations.versions(), versions(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM story_members")) {
            assertTrue(rs.next());
        }
    }

    @Test
    void theVersionOfABuildIsItsHighestListedMigration() {
        List<Integer> v = Migrations.versions();
        assertEquals(v.get(v.size() - 1), Migrations.latest());
        for (int i = 1; i < v.size(); i++) assertTrue(v.get(i) > v.get(i - 1), "increasing: " + v);
        assertEquals(1, v.get(0));
    }
}
