package org.vigie.monitor;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monitor's state in {@code monitor.db}, an SQLite file of its own beside the document store: sources and
 * their polling state, seen URLs and contents, folder files, import checkpoints, watchlists, alerts and story
 * sources. One connection, every method synchronized: the monitor writes little and often, and SQLite takes
 * one writer at a time anyway. Each method is one statement or one transaction, so a crash loses at most the
 * step in progress.
 */
final class MonitorDb implements AutoCloseable {
    static final String FILE = "monitor.db";
    private static final int SCHEMA = 1;

    private final Connection c;

    private MonitorDb(Connection c) {
        this.c = c;
    }

    static MonitorDb open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new MonitorException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE);
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(10_000);
            MonitorDb db = new MonitorDb(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
            db.migrate(file);
            return db;
        } catch (SQLException e) {
            throw new MonitorException("cannot open the monitor database " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate(Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS monitor_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
        String version = meta("schema");
        if (version != null && Integer.parseInt(version) > SCHEMA) {
            throw new MonitorException(file + " was written by a newer version of Vigie (monitor schema " + version + ")");
        }
        String sql;
        try (InputStream in = MonitorDb.class.getResourceAsStream("monitor-schema.sql")) {
            if (in == null) throw new IllegalStateException("resource org/vigie/monitor/monitor-schema.sql is missing from the build");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/vigie/monitor/monitor-schema.sql", e);
        }
        try (Statement s = c.createStatement()) {
            for (String stmt : sql.split("\n;\n?")) {
                String body = stmt.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) s.execute(body);
            }
        }
        update("INSERT OR REPLACE INTO monitor_meta (key, value) VALUES ('schema', ?)", String.valueOf(SCHEMA));
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM monitor_meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    // ---- sources

    synchronized void putSource(String id, String json, long nowMs) {
        run(() -> {
            update("INSERT INTO sources (id, json, added_ms) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
                    id, json, nowMs);
            update("INSERT OR IGNORE INTO source_state (source_id) VALUES (?)", id);
            return null;
        });
    }

    synchronized boolean removeSource(String id) {
        return run(() -> {
            int n = update("DELETE FROM sources WHERE id = ?", id);
            update("DELETE FROM source_state WHERE source_id = ?", id);
            update("DELETE FROM source_items WHERE source_id = ?", id);
            return n > 0;
        });
    }

    synchronized List<String[]> sources() {
        return run(() -> query("SELECT id, json, added_ms FROM sources ORDER BY id",
                r -> new String[]{r.getString(1), r.getString(2), String.valueOf(r.getLong(3))}));
    }

    synchronized SourceState state(String id) {
        return run(() -> {
            List<SourceState> l = query("SELECT etag, last_modified, next_poll_ms, failures, polls, not_modified, last_poll_ms, "
                    + "last_success_ms, last_error, last_error_ms, articles, article_errors FROM source_state WHERE source_id = ?",
                    r -> new SourceState(r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getLong(5), r.getLong(6),
                            r.getLong(7), r.getLong(8), r.getString(9), r.getLong(10), r.getLong(11), r.getLong(12)), id);
            return l.isEmpty() ? SourceState.NEW : l.get(0);
        });
    }

    synchronized void saveState(String id, SourceState s) {
        run(() -> update("INSERT OR REPLACE INTO source_state (source_id, etag, last_modified, next_poll_ms, failures, polls, "
                        + "not_modified, last_poll_ms, last_success_ms, last_error, last_error_ms, articles, article_errors) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, s.etag(), s.lastModified(), s.nextPollMs(), s.failures(), s.polls(), s.notModified(), s.lastPollMs(),
                s.lastSuccessMs(), s.lastError(), s.lastErrorMs(), s.articles(), s.articleErrors()));
    }

    // ---- seen URLs and contents

    record SeenUrl(String outcome, int attempts, String documentId) {
    }

    synchronized Optional<SeenUrl> seenUrl(String key) {
        return run(() -> query("SELECT outcome, attempts, document_id FROM seen_urls WHERE url = ?",
                r -> new SeenUrl(r.getString(1), r.getInt(2), r.getString(3)), key).stream().findFirst());
    }

    synchronized void markUrl(String key, String sourceId, long nowMs, String outcome, String documentId, String detail) {
        run(() -> update("INSERT INTO seen_urls (url, source_id, first_ms, outcome, document_id, attempts, detail) VALUES (?, ?, ?, ?, ?, 1, ?) "
                        + "ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, document_id = excluded.document_id, "
                        + "attempts = seen_urls.attempts + 1, detail = excluded.detail",
                key, sourceId, nowMs, outcome, documentId, detail));
    }

    synchronized boolean contentSeen(String hash) {
        return run(() -> !query("SELECT 1 FROM seen_contents WHERE hash = ?", r -> 1, hash).isEmpty());
    }

    synchronized boolean markContent(String hash, String documentId, long nowMs) {
        return run(() -> update("INSERT OR IGNORE INTO seen_contents (hash, document_id, first_ms) VALUES (?, ?, ?)", hash, documentId, nowMs) > 0);
    }

    synchronized void addSourceItem(String sourceId, long atMs, String documentId) {
        run(() -> update("INSERT INTO source_items (source_id, at_ms, document_id) VALUES (?, ?, ?)", sourceId, atMs, documentId));
    }

    synchronized long countItems(String sourceId, long sinceMs) {
        return run(() -> query("SELECT COUNT(*) FROM source_items WHERE source_id = ? AND at_ms > ?", r -> r.getLong(1), sourceId, sinceMs).get(0));
    }

    // ---- folders and imports

    record FolderFile(long size, long mtimeMs, String outcome) {
    }

    synchronized Optional<FolderFile> folderFile(String path) {
        return run(() -> query("SELECT size, mtime_ms, outcome FROM folder_files WHERE path = ?",
                r -> new FolderFile(r.getLong(1), r.getLong(2), r.getString(3)), path).stream().findFirst());
    }

    synchronized void markFolderFile(String path, long size, long mtimeMs, String outcome, long nowMs) {
        run(() -> update("INSERT OR REPLACE INTO folder_files (path, size, mtime_ms, outcome, at_ms) VALUES (?, ?, ?, ?, ?)",
                path, size, mtimeMs, outcome, nowMs));
    }

    synchronized Optional<ImportCheckpoint> checkpoint(String path) {
        return run(() -> query("SELECT path, size, mtime_ms, position, records, stored, duplicates, failed, done FROM imports WHERE path = ?",
                r -> new ImportCheckpoint(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
                        r.getLong(7), r.getLong(8), r.getInt(9) != 0), path).stream().findFirst());
    }

    synchronized void saveCheckpoint(ImportCheckpoint k, long nowMs) {
        run(() -> update("INSERT OR REPLACE INTO imports (path, size, mtime_ms, position, records, stored, duplicates, failed, done, updated_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.path(), k.size(), k.mtimeMs(), k.position(), k.records(), k.stored(),
                k.duplicates(), k.failed(), k.done() ? 1 : 0, nowMs));
    }

    // ---- watchlists and alerts

    synchronized void putWatchlist(String id, String json, long nowMs) {
        run(() -> update("INSERT INTO watchlists (id, json, added_ms) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
                id, json, nowMs));
    }

    synchronized boolean removeWatchlist(String id) {
        return run(() -> {
            int n = update("DELETE FROM watchlists WHERE id = ?", id);
            update("DELETE FROM alerts WHERE watchlist_id = ?", id);
            update("DELETE FROM seen_figures WHERE watchlist_id = ?", id);
            return n > 0;
        });
    }

    synchronized List<String> watchlists() {
        return run(() -> query("SELECT json FROM watchlists ORDER BY id", r -> r.getString(1)));
    }

    /** Adds an alert unless one with the same dedupe key exists; true if added. */
    synchronized boolean addAlert(String id, String watchlistId, String storyId, String dedupe, long atMs, String json, String delivery) {
        return run(() -> update("INSERT OR IGNORE INTO alerts (id, watchlist_id, story_id, dedupe, at_ms, json, delivery) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, watchlistId, storyId, dedupe, atMs, json, delivery) > 0);
    }

    record StoredAlert(String json, String delivery) {
    }

    synchronized List<StoredAlert> alerts(String watchlistIdOrNull, int offset, int limit) {
        return run(() -> watchlistIdOrNull == null
                ? query("SELECT json, delivery FROM alerts ORDER BY seq DESC LIMIT ? OFFSET ?", r -> new StoredAlert(r.getString(1), r.getString(2)), limit, offset)
                : query("SELECT json, delivery FROM alerts WHERE watchlist_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?",
                r -> new StoredAlert(r.getString(1), r.getString(2)), watchlistIdOrNull, limit, offset));
    }

    synchronized Optional<StoredAlert> alert(String id) {
        return run(() -> query("SELECT json, delivery FROM alerts WHERE id = ?", r -> new StoredAlert(r.getString(1), r.getString(2)), id)
                .stream().findFirst());
    }

    synchronized long countAlerts(String watchlistIdOrNull) {
        return run(() -> watchlistIdOrNull == null
                ? query("SELECT COUNT(*) FROM alerts", r -> r.getLong(1)).get(0)
                : query("SELECT COUNT(*) FROM alerts WHERE watchlist_id = ?", r -> r.getLong(1), watchlistIdOrNull).get(0));
    }

    synchronized void setDelivery(String alertId, String delivery, int attempts) {
        run(() -> update("UPDATE alerts SET delivery = ?, attempts = ? WHERE id = ?", delivery, attempts, alertId));
    }

    synchronized Optional<Long> lastAlertMs(String watchlistId, String storyId) {
        return run(() -> query("SELECT MAX(at_ms) FROM alerts WHERE watchlist_id = ? AND story_id = ?", r -> {
            long v = r.getLong(1);
            return r.wasNull() ? null : v;
        }, watchlistId, storyId).stream().filter(java.util.Objects::nonNull).findFirst());
    }

    synchronized boolean markFigure(String watchlistId, String figure) {
        return run(() -> update("INSERT OR IGNORE INTO seen_figures (watchlist_id, figure) VALUES (?, ?)", watchlistId, figure) > 0);
    }

    // ---- stories

    record StorySource(String sourceKey, long firstMs, String documentId) {
    }

    synchronized boolean addStorySource(String storyId, String sourceKey, long atMs, String documentId) {
        return run(() -> update("INSERT OR IGNORE INTO story_sources (story_id, source_key, first_ms, document_id) VALUES (?, ?, ?, ?)",
                storyId, sourceKey, atMs, documentId) > 0);
    }

    synchronized List<StorySource> storySources(String storyId) {
        return run(() -> query("SELECT source_key, first_ms, document_id FROM story_sources WHERE story_id = ? ORDER BY first_ms, source_key",
                r -> new StorySource(r.getString(1), r.getLong(2), r.getString(3)), storyId));
    }

    // ---- plumbing

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** Runs {@code work} in one transaction. */
    private <T> T run(Work<T> work) {
        try {
            boolean outer = c.getAutoCommit();
            if (outer) c.setAutoCommit(false);
            try {
                T result = work.run();
                if (outer) c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (outer) c.rollback();
                throw e;
            } finally {
                if (outer) c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MonitorException("monitor database failure: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            return p.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) out.add(row.read(r));
                return out;
            }
        }
    }

    private static void bind(PreparedStatement p, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            // every write was committed when it returned; closing can only release memory
        }
    }
}
