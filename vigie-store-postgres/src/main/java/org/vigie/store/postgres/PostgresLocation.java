package org.vigie.store.postgres;

import org.postgresql.Driver;
import org.vigie.store.StoreException;

import java.util.Properties;

/**
 * Where a PostgreSQL store lives, read from its JDBC URL, for messages: the URL itself is never shown since it may
 * carry a password. {@code schema} is null when the URL names none (the user's search path then decides).
 */
record PostgresLocation(String host, int port, String database, String schema, String user) {
    static final String URL_PREFIX = "jdbc:postgresql:";

    /** @throws StoreException if the URL is not a PostgreSQL JDBC URL */
    static PostgresLocation of(String jdbcUrl, String userOrNull) {
        Properties p = properties(jdbcUrl);
        // A URL listing several hosts (fail-over) is reported by its first one.
        String host = p.getProperty("PGHOST", "localhost").split(",")[0];
        String port = p.getProperty("PGPORT", "5432").split(",")[0];
        String user = userOrNull != null ? userOrNull : p.getProperty("user", System.getProperty("user.name"));
        try {
            return new PostgresLocation(host, Integer.parseInt(port), p.getProperty("PGDBNAME", ""),
                    p.getProperty("currentSchema"), user);
        } catch (NumberFormatException e) {
            throw new StoreException("the port in '" + redact(jdbcUrl) + "' is not a number", e);
        }
    }

    /**
     * The settings in the URL, as the driver reads them.
     *
     * @throws StoreException if the URL is not a PostgreSQL JDBC URL
     */
    static Properties properties(String jdbcUrl) {
        Properties p = jdbcUrl.startsWith(URL_PREFIX) ? Driver.parseURL(jdbcUrl, null) : null;
        if (p == null) {
            throw new StoreException("'" + redact(jdbcUrl) + "' is not a PostgreSQL JDBC URL; expected "
                    + "jdbc:postgresql://HOST:PORT/DATABASE, e.g. jdbc:postgresql://127.0.0.1:5432/vigie");
        }
        return p;
    }

    /** The URL without its query string, where a password may be. */
    static String redact(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q) + "?...";
    }

    String hostPort() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "PostgreSQL database " + database + (schema == null ? "" : " (schema " + schema + ")") + " on " + hostPort();
    }
}
