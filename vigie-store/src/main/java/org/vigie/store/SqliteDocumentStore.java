package org.vigie.store;

import org.vigie.core.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The embedded store: one SQLite database, {@code vigie.db}, in WAL mode inside the data folder. */
final class SqliteDocumentStore implements JdbcDiscoveredStore {
    static final String DATABASE_FILE = "vigie.db";
    private static final int MAX_READERS = 4;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path database;
    private final SqliteConnections connections;
    private final DocumentWriter writer;

    private SqliteDocumentStore(Path database, SqliteConnections connections, Clock clock) {
        this.database = database;
        this.connections = connections;
        this.writer = new DocumentWriter(clock);
    }

    static SqliteDocumentStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    static SqliteDocumentStore open(Path dataDir, Clock clock) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path database = prepareFolder(dataDir).resolve(DATABASE_FILE);
        checkIsSqlite(database);
        SqliteConnections connections;
        try {
            connections = new SqliteConnections(database, MAX_READERS);
        } catch (SQLException e) {
            throw failure(database, "cannot be opened", e);
        }
        try {
            migrate(database, connections);
        } catch (SQLException e) {
            connections.close();
            throw failure(database, "cannot be brought up to date", e);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        SqliteDocumentStore store = new SqliteDocumentStore(database, connections, clock);
        try {
            FactRows.backfill(store);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        return store;
    }

    private static Path prepareFolder(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("the data folder " + dir + " is a file, not a folder; give a folder path");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dir + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("the data folder " + dir + " is not writable; choose another folder or fix its permissions");
        }
        return dir;
    }

    /** A clear message before SQLite reports "file is not a database" on some later statement. */
    private static void checkIsSqlite(Path database) {
        if (Files.isDirectory(database)) {
            throw new StoreException(database + " is a folder; it should be the store's SQLite database file");
        }
        if (!Files.exists(database)) return;
        byte[] head;
        try (InputStream in = Files.newInputStream(database)) {
            head = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new StoreException("cannot read the store database " + database + ": " + e, e);
        }
        if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(database + " is not a Vigie store: the file is not an SQLite database. "
                    + "Move it away or open another data folder.");
        }
    }

    private static void migrate(Path database, SqliteConnections connections) throws SQLException {
        int latest = Migrations.latest();
        connections.write(c -> {
            int v = Migrations.currentVersion(c);
            if (v == 0) {
                List<String> tables = Migrations.userTables(c);
                if (!tables.isEmpty()) {
                    throw new StoreException(database + " is an SQLite database but not a Vigie store (it has tables "
                            + tables + " and no schema_version); open another data folder");
                }
            }
            if (v > latest) {
                throw new StoreException(database + " was written by a newer version of Vigie (schema version " + v
                        + "; this version knows up to " + latest + "). Upgrade Vigie to open it.");
            }
            return v;
        });
        for (int target : Migrations.versions()) {
            // Checked inside the transaction: another process may have opened the same store meanwhile.
            connections.write(c -> {
                if (!Migrations.applied(c).contains(target)) Migrations.apply(c, target);
                return null;
            });
        }
    }

    private static StoreException failure(Path database, String what, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String reason = switch (code) {
            case 26 -> "the file is not an SQLite database";
            case 11 -> "the database file is corrupt";
            case 8 -> "the database file is read-only";
            case 14 -> "the file cannot be opened (check the folder's permissions)";
            case 5 -> "another process holds the database lock";
            default -> e.getMessage();
        };
        return new StoreException("the store " + database + " " + what + ": " + reason, e);
    }

    private StoreException failure(String what, SQLException e) {
        return failure(database, what, e);
    }

    @Override
    public boolean contains(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> DocumentWriter.exists(c, id));
    }

    @Override
    public boolean put(Document analysed, byte[] inputBytes) {
        return put(analysed, inputBytes, c -> null);
    }

    @Override
    public boolean put(Document analysed, byte[] inputBytes, SqlWork<?> alongside) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(inputBytes, "inputBytes");
        Objects.requireNonNull(alongside, "alongside");
        PreparedDocument prepared = PreparedDocument.of(analysed, inputBytes);
        try {
            return connections.write(c -> {
                if (!writer.write(c, prepared)) return false;
                alongside.run(c);
                return true;
            });
        } catch (SQLException e) {
            throw failure("cannot store document " + analysed.id() + "; nothing of it was written", e);
        }
    }

    @Override
    public <T> T write(String what, SqlWork<T> work) {
        try {
            return connections.write(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try {
            return connections.read(work);
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    @Override
    public String location() {
        return database.toString();
    }

    @Override
    public void close() {
        connections.close();
    }

    Path database() {
        return database;
    }

    @Override
    public String toString() {
        return "SqliteDocumentStore[" + database + "]";
    }
}
