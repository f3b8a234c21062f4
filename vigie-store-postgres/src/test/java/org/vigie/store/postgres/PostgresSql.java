package org.vigie.store.postgres;

import org.vigie.store.StoreSql;

import java.sql.SQLException;

/** {@link StoreSql} on the schema of a PostgreSQL store under test. */
final class PostgresSql implements StoreSql {
    private final String schema;

    PostgresSql(String schema) {
        this.schema = schema;
    }

    @Override
    public long number(String sql) throws SQLException {
        return PostgresTestDatabase.query(schema, sql);
    }

    @Override
    public void execute(String sql) throws SQLException {
        PostgresTestDatabase.execute(schema, sql);
    }

    @Override
    public void failInserts(String table, String column, String value) throws SQLException {
        execute("CREATE FUNCTION fail_" + table + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW." + column + " = '"
                + value + "' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$");
        execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION fail_" + table + "()");
    }

    @Override
    public void stopFailing(String table) throws SQLException {
        execute("DROP TRIGGER fail_" + table + " ON " + table);
        execute("DROP FUNCTION fail_" + table + "()");
    }

    @Override
    public String bytesLiteral(String hex) {
        return "'\\x" + hex + "'::bytea";
    }
}
