package org.vigie.store;

import java.sql.SQLException;

/**
 * Direct SQL access to the database behind a store under test, for the contract tests that look at rows or break
 * things on purpose; each backend's test gives its own (the SQL that differs between dialects is here).
 */
public interface StoreSql {
    /** The single number a query returns (a count, a length). */
    long number(String sql) throws SQLException;

    void execute(String sql) throws SQLException;

    /** Makes every insert into {@code table} whose {@code column} equals {@code value} fail, until {@link #stopFailing}. */
    void failInserts(String table, String column, String value) throws SQLException;

    void stopFailing(String table) throws SQLException;

    /** A literal for bytes, written in hexadecimal. */
    String bytesLiteral(String hex);
}
