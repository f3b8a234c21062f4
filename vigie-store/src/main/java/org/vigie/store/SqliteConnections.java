package org.vigie.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections to one SQLite file: a single writer (SQLite allows one writer at a time, so writes queue on a
 * lock here rather than on SQLite's busy handler) and a small pool of readers, which in WAL mode read a consistent
 * snapshot while a write is in progress.
 */
final class SqliteConnections implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final String url;
    private final int maxReaders;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders;
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;

    SqliteConnections(Path database, int maxReaders) throws SQLException {
        this.url = "jdbc:sqlite:" + database.toAbsolutePath();
        this.maxReaders = maxReaders;
        this.idleReaders = new ArrayBlockingQueue<>(maxReaders);
        this.writer = connect();
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode never corrupts the file; a power cut may only drop the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        return config.createConnection(url);
    }

    /** Runs {@code work} in one immediate transaction on the writer: all of it is committed, or none. */
    <T> T write(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        try {
            checkOpen();
            exec(writer, "BEGIN IMMEDIATE");
            boolean done = false;
            try {
                T result = work.run(writer);
                exec(writer, "COMMIT");
                done = true;
                return result;
            } finally {
                if (!done) rollbackQuietly();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a reader inside one read transaction, so all its queries see the same snapshot. */
    <T> T read(SqlWork<T> work) throws SQLException {
        Connection c = borrow();
        try {
            exec(c, "BEGIN");
            try {
                return work.run(c);
            } finally {
                exec(c, "COMMIT");
            }
        } finally {
            giveBack(c);
        }
    }

    private Connection borrow() throws SQLException {
        checkOpen();
        Connection c = idleReaders.poll();
        if (c != null) return c;
        synchronized (allReaders) {
            if (allReaders.size() < maxReaders) {
                Connection fresh = connect();
                allReaders.add(fresh);
                return fresh;
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a store connection", e);
        }
    }

    private void giveBack(Connection c) {
        if (closed) {
            closeQuietly(c);
        } else {
            idleReaders.offer(c);
        }
    }

    private void rollbackQuietly() {
        try {
            exec(writer, "ROLLBACK");
        } catch (SQLException e) {
            // The failed statement may already have ended the transaction; nothing is left to undo then.
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("the store is closed");
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) return;
            closed = true;
            closeQuietly(writer);
            synchronized (allReaders) {
                // Readers in use are closed when given back.
                for (Connection c : idleReaders) closeQuietly(c);
                idleReaders.clear();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing is best effort: SQLite has already made every committed transaction durable.
        }
    }
}
