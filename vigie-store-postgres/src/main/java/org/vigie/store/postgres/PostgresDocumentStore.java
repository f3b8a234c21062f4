package org.vigie.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.FactRows;
import org.vigie.store.JdbcStoreSupport;
import org.vigie.store.SqlWork;
import org.vigie.store.JdbcStoreSupport.PreparedPut;
import org.vigie.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store in a PostgreSQL database (server mode), with the same tables and behaviour as the embedded SQLite store.
 * Several processes may use one database at once: puts of the same id from anywhere store it once. The JDBC URL
 * chooses the server, the database and, with {@code currentSchema=}, the schema; tables are created there at open
 * and brought up to date by the migrations under {@code org/vigie/store/postgres/migrations/}. As in the embedded
 * store, a put is atomic but a power cut or server crash may drop the last ones committed.
 */
public final class PostgresDocumentStore implements org.vigie.store.JdbcDiscoveredStore {
    private static final int POOL_SIZE = 8;
    private static final int PUT_ATTEMPTS = 3;

    private final PostgresLocation where;
    private final HikariDataSource pool;
    private final PostgresWriter writer;
    private volatile boolean closed;

    private PostgresDocumentStore(PostgresLocation where, HikariDataSource pool, Clock clock) {
        this.where = where;
        this.pool = pool;
        this.writer = new PostgresWriter(clock);
    }

    /**
     * Opens the store at a URL such as {@code jdbc:postgresql://127.0.0.1:5432/vigie?user=vigie&password=...},
     * creating its tables if the database (or the schema named by {@code currentSchema=}) is empty.
     *
     * @throws StoreException if the URL is not a PostgreSQL one, the server cannot be reached or refuses the login
     *                        (the message says which host and port, and how to start PostgreSQL), the database or
     *                        schema holds another application's tables, or was written by a newer version of Vigie
     */
    public static PostgresDocumentStore open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** As {@link #open(String)}, with the user and password given apart from the URL (either may be null). */
    public static PostgresDocumentStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    static PostgresDocumentStore open(String jdbcUrl, String user, String password, Clock clock) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        PostgresLocation where = PostgresLocation.of(jdbcUrl, user);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(jdbcUrl, user, password));
        } catch (RuntimeException e) {
            throw PostgresErrors.cannotOpen(where, e);
        }
        PostgresDocumentStore store = new PostgresDocumentStore(where, pool, clock);
        try {
            store.migrate();
            FactRows.backfill(store);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return store;
    }

    private static HikariConfig config(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setPoolName("vigie-store");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        // Fail at open, not at the first put, when the server is down or refuses the login.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "vigie");
        // The durability of the embedded store (SQLite WAL, synchronous NORMAL): a commit does not wait for its WAL
        // to reach the disk, so a power cut or server crash may drop the last puts (never part of one) and an
        // ingest, being idempotent, puts them again. Waiting would cost one disk flush per document.
        config.setConnectionInitSql("SET synchronous_commit = off");
        return config;
    }

    private void migrate() {
        try {
            for (; ; ) {
                boolean done = transaction(false, c -> {
                    PostgresMigrations.lockAndCheck(c, where);
                    java.util.Optional<Integer> next = PostgresMigrations.next(c);
                    if (next.isEmpty()) return true;
                    PostgresMigrations.apply(c, next.get());
                    return false;
                });
                if (done) return;
            }
        } catch (PostgresMigrations.Refused e) {
            throw new StoreException(e.getMessage(), e);
        } catch (SQLException e) {
            throw PostgresErrors.failure(where, "cannot be brought up to date", e);
        }
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    private <T> T transaction(boolean readOnly, Work<T> work) throws SQLException {
        checkOpen();
        try (Connection c = pool.getConnection()) {
            try {
                if (readOnly) {
                    // One snapshot for all the queries of a read, as a read transaction gives in SQLite's WAL mode.
                    try (Statement s = c.createStatement()) {
                        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private <T> T query(Work<T> work) {
        try {
            return transaction(true, work);
        } catch (SQLException e) {
            throw PostgresErrors.failure(where, "cannot be read", e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is broken or the transaction already ended: the server has discarded the work either way.
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("the store is closed");
    }

    @Override
    public boolean contains(String id) {
        Objects.requireNonNull(id, "id");
        return query(c -> JdbcStoreSupport.exists(c, id));
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
        PreparedPut prepared = JdbcStoreSupport.prepare(analysed, inputBytes);
        return retrying("cannot store document " + analysed.id() + "; nothing of it was written", c -> {
            if (!writer.write(c, prepared)) return false;
            alongside.run(c);
            return true;
        });
    }

    @Override
    public <T> T write(String what, SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        return retrying(what, work::run);
    }

    /** Runs a write transaction, again from the start when the server aborted it for a deadlock or serialization failure. */
    private <T> T retrying(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(false, work);
            } catch (SQLException e) {
                // Entities are locked in id order, so deadlocks should not happen; if the server still reports one
                // (or a serialization failure), the whole transaction was rolled back and is simply run again.
                String state = PostgresErrors.state(e);
                boolean retry = ("40P01".equals(state) || "40001".equals(state)) && attempt < PUT_ATTEMPTS;
                if (!retry) throw PostgresErrors.failure(where, what, e);
            }
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        return query(work::run);
    }

    @Override
    public String location() {
        return where.toString();
    }

    /** A decision about discovered entities; a concurrent one that inserted the same key first wins. */
    @Override
    public boolean decide(SqlWork<Boolean> work) {
        try {
            return transaction(false, work::run);
        } catch (SQLException e) {
            if ("23505".equals(PostgresErrors.state(e))) return false;
            throw PostgresErrors.failure(where, "cannot be written", e);
        }
    }

    /** Closes the connections; calling it again does nothing. */
    @Override
    public void close() {
        closed = true;
        pool.close();
    }

    @Override
    public String toString() {
        return "PostgresDocumentStore[" + where + "]";
    }
}
