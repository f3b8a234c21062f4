package org.vigie.store.postgres;

import org.vigie.store.StoreException;

import java.sql.SQLException;

/** Turns PostgreSQL's errors into messages that say which server and what to do. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static StoreException failure(PostgresLocation where, String what, Throwable error) {
        SQLException sql = sqlCause(error);
        return new StoreException("the store in " + where + " " + what + ": " + reason(where, sql, error), error);
    }

    /** The error when the store cannot be opened at all: the reason comes first, since it is what to act on. */
    static StoreException cannotOpen(PostgresLocation where, Throwable error) {
        SQLException sql = sqlCause(error);
        return new StoreException("cannot open the store in " + where + ": " + reason(where, sql, error), error);
    }

    static SQLException sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) return s;
        }
        return null;
    }

    static String state(Throwable error) {
        SQLException s = sqlCause(error);
        return s == null ? "" : s.getSQLState();
    }

    private static String reason(PostgresLocation where, SQLException sql, Throwable error) {
        String state = sql == null ? "" : sql.getSQLState();
        String message = sql == null ? String.valueOf(error.getMessage()) : sql.getMessage();
        return switch (state) {
            case "08001", "08004", "08006", "08003", "57P01", "57P03" -> "no PostgreSQL server accepts connections at "
                    + where.hostPort() + " (" + message + "). Start PostgreSQL there (on Debian as root, "
                    + "'pg_lsclusters' lists the clusters and 'pg_ctlcluster VERSION main start' starts one; "
                    + "'.ci/postgres.sh' in the Vigie sources installs and starts one), or give the URL of a running server";
            case "28P01", "28000" -> "PostgreSQL at " + where.hostPort() + " refused user '" + where.user() + "' ("
                    + message + "); check the user and password (user=...&password=... in the URL)";
            case "3D000" -> "the database '" + where.database() + "' does not exist on " + where.hostPort()
                    + "; create it, e.g. 'createdb -O " + where.user() + " " + where.database() + "'";
            case "42501" -> "user '" + where.user() + "' may not create or change the store's tables (" + message
                    + "); grant it CREATE on the database or schema, or use the database owner";
            case "53300" -> "PostgreSQL at " + where.hostPort() + " has no free connection slot (" + message + ")";
            default -> message;
        };
    }
}
