package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

class SqliteDocumentStoreTest extends DocumentStoreContract {
    @TempDir
    Path dir;

    @Override
    protected DocumentStore openStore() {
        return DocumentStore.open(dir.resolve("data"));
    }

    private Path database() {
        return dir.resolve("data").resolve(SqliteDocumentStore.DATABASE_FILE);
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
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
        Path other = dir.resolve("other");
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
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        StoreException e = assertThrows(StoreException.class, () -> DocumentStore.open(file));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path locked = dir.resolve("locked");
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
    void identicalInputBytesAreStoredOnceAndCompressed() throws SQLException {
        String text = "Le même texte, répété. ".repeat(40);
        Document first = withEntities(text, "Premier");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        store.put(first, bytes);
        // A second document made from the same bytes (another reading of the same input, say).
        Document second = Document.of("1".repeat(64), first.input(), text, first.metadata());
        assertTrue(store.put(second, bytes));
        assertEquals(2, query("SELECT COUNT(*) FROM documents"));
        assertEquals(1, query("SELECT COUNT(*) FROM inputs"));
        assertTrue(query("SELECT LENGTH(data) FROM inputs") < bytes.length / 4);
        assertArrayEquals(bytes, store.input(second.id()).orElseThrow());
    }

    @Test
    void aPutThatFailsHalfwayLeavesNothingBehind() throws SQLException {
        String t = "Paris, Lyon.";
        Document doc = withEntities(t, "Un", entity("Q90", "Paris", EntityType.GPE, t, "Paris"),
                entity("Q456", "Lyon", EntityType.GPE, t, "Lyon"));
        // The second entity's mentions fail, after the document, its input and the first entity were inserted.
        execute("CREATE TRIGGER fail_lyon BEFORE INSERT ON entity_mentions WHEN NEW.entity_id = 'Q456' "
                + "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
        StoreException e = assertThrows(StoreException.class, () -> store.put(doc, bytes(doc)));
        assertTrue(e.getMessage().contains("nothing of it was written"), e.getMessage());
        assertFalse(store.contains(doc.id()));
        assertEquals(new StoreStats(0, 0, 0, 0, 0, 0), store.stats());
        assertEquals(0, query("SELECT COUNT(*) FROM inputs") + query("SELECT COUNT(*) FROM entity_mentions"));

        execute("DROP TRIGGER fail_lyon");
        assertTrue(store.put(doc, bytes(doc)));
        assertEquals(2, store.stats().entities());
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
