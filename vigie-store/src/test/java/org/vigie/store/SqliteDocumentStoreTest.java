package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.vigie.store.TestDocuments.*;

class SqliteDocumentStoreTest extends DocumentStoreContract<SqliteFixture> {
    SqliteDocumentStoreTest() {
        super(new SqliteFixture());
    }

    private Path database() {
        return fixture.data().resolve(SqliteDocumentStore.DATABASE_FILE);
    }

    private long query(String sql) throws SQLException {
        return sql().number(sql);
    }

    private void execute(String sql) throws SQLException {
        sql().execute(sql);
    }

    @Test
    void openingCreatesTheFolderAndAWalDatabase() throws SQLException {
        assertTrue(Files.isRegularFile(database()));
        assertEquals("wal", queryText("PRAGMA journal_mode"));
    }

    private String queryText(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void migrationsAreAppliedOnceInOrder() throws SQLException {
        reopen();
        reopen();
        assertEquals(Migrations.versions().size(), query("SELECT COUNT(*) FROM schema_version"));
        assertEquals(Migrations.latest(), query("SELECT MAX(version) FROM schema_version"));
        assertEquals(1, query("SELECT COUNT(*) FROM schema_version WHERE version = 1 AND name = 'V1__init.sql'"));
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(2, Migrations.statements("-- header\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT\n);\n").size());
        assertThrows(IllegalStateException.class, () -> Migrations.statements("CREATE TABLE a (x INTEGER)\n"));
    }

    @Test
    void aStoreFromANewerVersionIsRefused() throws SQLException {
        store.close();
        store = null;
        execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
        StoreException e = assertThrows(StoreException.class, this::openStore);
        assertTrue(e.getMessage().contains("newer version") && e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithAClearMessage() throws Exception {
        store.close();
        store = null;
        Files.delete(database());
        Files.deleteIfExists(database().resolveSibling(SqliteDocumentStore.DATABASE_FILE + "-wal"));
        Files.deleteIfExists(database().resolveSibling(SqliteDocumentStore.DATABASE_FILE + "-shm"));
        Files.writeString(database(), "<html>this is not a database</html>\n".repeat(50));
        StoreException e = assertThrows(StoreException.class, this::openStore);
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
        assertTrue(e.getMessage().contains(database().getFileName().toString()), e.getMessage());
        assertTrue(Files.readString(database()).startsWith("<html>"), "the foreign file is left untouched");
    }

    @Test
    void anSqliteDatabaseOfAnotherApplicationIsRefused() throws Exception {
        Path other = fixture.dir().resolve("other");
        Files.createDirectories(other);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other.resolve(SqliteDocumentStore.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DocumentStore.open(other));
        assertTrue(e.getMessage().contains("not a Vigie store") && e.getMessage().contains("recipes"), e.getMessage());
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws Exception {
        Path file = fixture.dir().resolve("plain-file");
        Files.writeString(file, "x");
        StoreException e = assertThrows(StoreException.class, () -> DocumentStore.open(file));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path locked = fixture.dir().resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere (root)");
            StoreException e = assertThrows(StoreException.class, () -> DocumentStore.open(locked));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void mentionOffsetsAreStoredAsCodePoints() throws SQLException {
        Document doc = full();
        store.put(doc, bytes(doc));
        int charStart = doc.text().indexOf("AFP");
        assertEquals(doc.text().codePointCount(0, charStart), query("SELECT start FROM entity_mentions WHERE entity_id = 'Q40464'"));
        assertEquals(charStart - 1, query("SELECT start FROM entity_mentions WHERE entity_id = 'Q40464'"), "one emoji before");
    }
}
