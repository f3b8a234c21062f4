package org.vigie.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one borrowed connection, inside the transaction the caller opened. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
