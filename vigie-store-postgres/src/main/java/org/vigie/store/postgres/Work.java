package org.vigie.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction on one borrowed connection. */
@FunctionalInterface
interface Work<T> {
    T run(Connection connection) throws SQLException;
}
