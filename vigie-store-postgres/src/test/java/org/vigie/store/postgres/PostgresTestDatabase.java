package org.vigie.store.postgres;

import org.junit.jupiter.api.Assumptions;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PostgreSQL server the tests use: {@code VIGIE_PG_URL}, {@code VIGIE_PG_USER} and {@code VIGIE_PG_PASSWORD},
 * by default the database, role and password that {@code .ci/postgres.sh} creates. Each test works in a schema of
 * its own, created empty and dropped afterwards, so tests (and builds) sharing the database do not see each other.
 */
final class PostgresTestDatabase {
    static final String URL = env("VIGIE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/vigie_test");
    static final String USER = env("VIGIE_PG_USER", "vigie");
    static final String PASSWORD = env("VIGIE_PG_PASSWORD", "vigie");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile String unavailable;
    private static volatile boolean checked;
    private static volatile boolean reported;

    private PostgresTestDatabase() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** True when the environment variable CI says this is a CI run, where a missing server is a failure. */
    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Skips the calling test (call it before each) when no PostgreSQL server is reachable, except under CI, where it
     * fails: the CI script sets one up, so its absence is a broken build, not a reason to test less.
     */
    static void requireServer() {
        if (!checked) {
            try (Connection c = connect(URL)) {
                unavailable = c.isValid(5) ? null : "the connection to " + PostgresLocation.redact(URL) + " is not usable";
            } catch (SQLException e) {
                unavailable = "no PostgreSQL accepts user " + USER + " at " + PostgresLocation.redact(URL) + " ("
                        + e.getMessage() + "); run 'sudo bash .ci/postgres.sh' or set VIGIE_PG_URL, VIGIE_PG_USER "
                        + "and VIGIE_PG_PASSWORD";
            }
            checked = true;
        }
        if (unavailable == null) return;
        if (inCi()) fail("CI is set, so the PostgreSQL store tests must run, but " + unavailable);
        if (!reported) {
            reported = true;
            System.err.println("PostgreSQL store tests skipped: " + unavailable);
        }
        Assumptions.abort("skipped: " + unavailable);
    }

    static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }

    static Connection connectToSchema(String schema) throws SQLException {
        return connect(url(schema));
    }

    /** A new, empty schema with a random name. */
    static String createSchema() {
        String schema = "vigie_t_" + HexFormat.of().formatHex(bytes());
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    private static byte[] bytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The test database's URL with {@code currentSchema} set. */
    static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void execute(String sql) {
        try (Connection c = connect(URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static long query(String schema, String sql) throws SQLException {
        try (Connection c = connectToSchema(schema); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(String schema, String sql) throws SQLException {
        try (Connection c = connectToSchema(schema); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
