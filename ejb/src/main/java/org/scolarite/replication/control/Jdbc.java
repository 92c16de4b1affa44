package org.scolarite.replication.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The few JDBC helpers the replication's set-based writes share (null-safe binding, portable sequences). */
public final class Jdbc {

    private Jdbc() {
    }

    public static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof LocalDateTime time) {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(statement, i + 1, values[i]);
        }
    }

    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    public static Long queryLong(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        }
    }

    /** The first column of every row, as longs, in the query's order. */
    public static List<Long> queryLongs(Connection connection, String sql, Object... values) throws SQLException {
        List<Long> longs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    longs.add(rows.getLong(1));
                }
            }
        }
        return longs;
    }

    /** « ?, ?, ? » for an IN list of that many values. */
    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(count, 1), "?"));
    }

    /** code → id of the rows of {@code table} whose {@code keyColumn} is among {@code keys} (within a scope). */
    public static Map<String, Long> idsByKey(Connection connection, String table, String keyColumn, String scope,
                                             Object scopeValue, Collection<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        String sql = "SELECT " + keyColumn + ", id FROM " + table + " WHERE "
                + (scope == null ? "" : scope + " = ? AND ") + keyColumn + " IN (" + placeholders(keys.size()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (scope != null) {
                set(statement, index++, scopeValue);
            }
            for (String key : keys) {
                statement.setString(index++, key);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1).trim(), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    public static boolean isPostgreSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if ("23505".equals(cause.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && isUniqueViolation(cause);
    }
}
