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
 * The schema migrations, {@code migrations/V1__init.sql}, {@code V2__...}: numbered from 1 without gaps,
 * applied in order, each in its own transaction, and recorded in {@code schema_version}.
 */
final class Migrations {
    private static final String FOLDER = "migrations/";
    private static final String[] INDEX = loadIndex();

    private Migrations() {
    }

    /** The schema version this build writes. */
    static int latest() {
        return INDEX.length;
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
            int expected = names.size() + 1;
            if (!name.startsWith("V" + expected + "__") || !name.endsWith(".sql")) {
                throw new IllegalStateException("migration " + expected + " is listed as '" + name
                        + "'; expected V" + expected + "__<name>.sql");
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
        String name = INDEX[version - 1];
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
