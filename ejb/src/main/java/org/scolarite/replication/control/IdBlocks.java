package org.scolarite.replication.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids for JDBC inserts from the same sequences the JPA entities use, with their convention: the sequences move by 50
 * and the value obtained is the LAST id of a block of 50 (EclipseLink's reading), so one {@code nextval} serves 50
 * rows and ids never collide with those EclipseLink hands out. One instance per transaction: a block not used up is
 * simply lost, like EclipseLink's.
 */
public final class IdBlocks {

    public static final int BLOCK = 50;

    private final Connection connection;
    private final boolean postgreSql;
    private final Map<String, long[]> blocks = new HashMap<>();

    public IdBlocks(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgreSql = Jdbc.isPostgreSql(connection);
    }

    public long next(String sequence) throws SQLException {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            long last = nextValue(sequence);
            block = new long[] {last - BLOCK + 1, last};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    private long nextValue(String sequence) throws SQLException {
        String sql = postgreSql ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
