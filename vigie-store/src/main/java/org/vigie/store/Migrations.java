package org.vigie.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema migrations, {@code migrations/V1__init.sql}, {@code V2__...}: numbered from 1 in increasing order,
 * applied in order, each in its own transaction, and recorded in {@code schema_version}. A number may be missing
 * while branches that each add a migration are merged; a listed migration not yet recorded is applied even when a
 * higher one is, so a store opened before the merge gets the missing one afterwards.
 */
final class Migrations {
    private static final String FOLDER = "migrations/";
    private static final String[] INDEX = loadIndex();
    private static final List<Integer> VERSIONS = versionsOf(INDEX);

    private Migrations() {
    }

    /** The schema version this build writes: the highest listed. */
    static int latest() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    /** The listed migration numbers, in order. */
    static List<Integer> versions() {
        return VERSIONS;
    }

    static int number(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Integer> versionsOf(String[] names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) out.add(number(n));
        return List.copyOf(out);
    }

    /**
     * The migration files are listed in {@code migrations/index.txt} because a classpath folder inside a jar
     * cannot be listed portably.
     */
    private static String[] loadIndex() {
        String index = resource("index.txt");
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            int previous = names.isEmpty() ? 0 : number(names.get(names.size() - 1));
            if (!name.matches("V[1-9][0-9]*__.+\\.sql") || number(name) <= previous || (previous == 0 && number(name) != 1)) {
                throw new IllegalStateException("migration '" + name + "' is listed after V" + previous
                        + "; expected V<n>__<name>.sql numbered from 1 in increasing order");
            }
            names.add(name);
        }
        return names.toArray(String[]::new);
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/vigie/store/" + FOLDER + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/vigie/store/" + FOLDER + name, e);
        }
    }

    /** Statements end with ';' at the end of a line; '--' lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends with an unterminated statement: " + current.toString().strip());
        }
        return out;
    }

    /** The version recorded in the database: 0 for a new, empty database. */
    static int currentVersion(Connection c) throws SQLException {
        if (!tableExists(c, "schema_version")) return 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The migrations recorded in the database. */
    static java.util.Set<Integer> applied(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (!tableExists(c, "schema_version")) return out;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) out.add(rs.getInt(1));
        }
        return out;
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<String> userTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    /** Applies migration {@code version} (1-based) on a connection already inside a write transaction. */
    static void apply(Connection c, int version) throws SQLException {
        String name = INDEX[VERSIONS.indexOf(version)];
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (String sql : statements(resource(name))) s.execute(sql);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, name);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
    }
}
