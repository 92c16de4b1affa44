package org.scolarite.replication.control;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} on a pooled connection, in its current transaction. Alone in its class so
 * that the driver's classes are loaded only on PostgreSQL (on H2 the server has no PostgreSQL driver).
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static long copyIn(Connection connection, String sql, String rows) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY interrompu : " + e.getMessage(), e);
        }
    }
}
