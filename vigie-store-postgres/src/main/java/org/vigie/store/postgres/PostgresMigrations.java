package org.vigie.store.postgres;

import org.vigie.store.JdbcStoreSupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL schema migrations, {@code migrations/V1__init.sql}, {@code V2__...}: numbered from 1 in increasing
 * order and listed in {@code migrations/index.txt} (a folder inside a jar cannot be listed portably), applied in
 * order, each in its own transaction, and recorded in {@code schema_version} in the store's schema. A number may be
 * missing while branches that each add a migration are merged; a listed migration not yet recorded is applied even
 * when a higher one is.
 */
final class PostgresMigrations {
    private static final String FOLDER = "migrations/";
    private static final String[] INDEX = loadIndex();
    private static final List<Integer> VERSIONS = java.util.Arrays.stream(INDEX).map(PostgresMigrations::number).toList();
    /** Serialises migrations of one schema across processes; the schema name is hashed in as the second key. */
    private static final int LOCK_KEY = 0x56494749; // "VIGI"

    private PostgresMigrations() {
    }

    /** The schema version this build writes: the highest listed. */
    static int latest() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    /** The listed migration numbers, in order. */
    static List<Integer> versions() {
        return VERSIONS;
    }

    static String name(int version) {
        return INDEX[VERSIONS.indexOf(version)];
    }

    private static int number(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** The first listed migration the schema has not recorded, if any. */
    static java.util.Optional<Integer> next(Connection c) throws SQLException {
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        if (tables(c, currentSchema(c)).contains("schema_version")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
                while (rs.next()) applied.add(rs.getInt(1));
            }
        }
        for (int v : VERSIONS) if (!applied.contains(v)) return java.util.Optional.of(v);
        return java.util.Optional.empty();
    }

    private static String[] loadIndex() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            int previous = names.isEmpty() ? 0 : number(names.get(names.size() - 1));
            if (!name.matches("V[1-9][0-9]*__.+\\.sql") || number(name) <= previous || (previous == 0 && number(name) != 1)) {
                throw new IllegalStateException("PostgreSQL migration '" + name + "' is listed after V" + previous
                        + "; expected V<n>__<name>.sql numbered from 1 in increasing order");
            }
            names.add(name);
        }
        return names.toArray(String[]::new);
    }

    private static String resource(String name) {
        String path = "org/vigie/store/postgres/" + FOLDER + name;
        try (InputStream in = PostgresMigrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Why a database cannot be brought up to date; the message names the database. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Takes the migration lock of the current schema for the rest of the transaction and returns its version: 0 for
     * an empty schema.
     *
     * @throws Refused if the schema does not exist, holds another application's tables, or is newer than this build
     */
    static int lockAndCheck(Connection c, PostgresLocation where) throws SQLException {
        String schema = currentSchema(c);
        if (schema == null) {
            throw new Refused("the schema " + (where.schema() == null ? "of the search path" : "'" + where.schema() + "'")
                    + " does not exist in " + where + "; create it (CREATE SCHEMA ...) or name another with currentSchema=");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            ps.setInt(1, LOCK_KEY);
            ps.setString(2, schema);
            ps.execute();
        }
        int version = currentVersion(c, schema);
        if (version == 0) {
            List<String> tables = tables(c, schema);
            if (!tables.isEmpty()) {
                throw new Refused(where + " is not a Vigie database: its schema '" + schema + "' has the tables " + tables
                        + " and no schema_version; use an empty database or schema (currentSchema=... in the URL)");
            }
        }
        if (version > latest()) {
            throw new Refused(where + " was written by a newer version of Vigie (schema version " + version
                    + "; this version knows up to " + latest() + "). Upgrade Vigie to open it.");
        }
        return version;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int currentVersion(Connection c, String schema) throws SQLException {
        if (!tables(c, schema).contains("schema_version")) return 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tablename FROM pg_catalog.pg_tables "
                + "WHERE schemaname = ? ORDER BY tablename")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Applies migration {@code version} inside the caller's transaction, which holds the migration lock. */
    static void apply(Connection c, int version) throws SQLException {
        String name = name(version);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            for (String sql : JdbcStoreSupport.statements(resource(name))) s.execute(sql);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }
}
