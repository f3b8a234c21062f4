package org.vigie.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** {@link StoreSql} on the SQLite file of an embedded store, through a connection of its own. */
public final class SqliteSql implements StoreSql {
    private final Path database;

    public SqliteSql(Path dataDir) {
        this.database = dataDir.resolve(SqliteDocumentStore.DATABASE_FILE);
    }

    @Override
    public long number(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void failInserts(String table, String column, String value) throws SQLException {
        execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table + " WHEN NEW." + column + " = '" + value + "' "
                + "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    }

    @Override
    public void stopFailing(String table) throws SQLException {
        execute("DROP TRIGGER fail_" + table);
    }

    @Override
    public String bytesLiteral(String hex) {
        return "X'" + hex + "'";
    }
}
