package org.scolarite.replication.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * New rows for one table, written at once in the caller's transaction: with PostgreSQL's {@code COPY} on PostgreSQL
 * (half the server's work of multi-row INSERTs, for the hundreds of thousands of rows of an académie's first load),
 * with a JDBC batch elsewhere. For rows known to be new: a key already stored fails the whole statement, as an INSERT
 * would.
 */
public final class BulkInsert {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public BulkInsert(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** One row, its values in the columns' order (null, String, numbers, Boolean, LocalDate, LocalDateTime, enums). */
    public BulkInsert add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " : " + values.length + " valeurs pour " + columns.size()
                    + " colonnes");
        }
        rows.add(values);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes the rows added since the last call. */
    public void flush(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String columnList = String.join(", ", columns);
        if (Jdbc.isPostgreSql(connection)) {
            PostgresCopy.copyIn(connection, "COPY " + table + " (" + columnList + ") FROM STDIN", copyText(rows));
        } else {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + columnList
                    + ") VALUES (" + Jdbc.placeholders(columns.size()) + ")")) {
                for (Object[] row : rows) {
                    Jdbc.bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        rows.clear();
    }

    /** The rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes, a line each. */
    static String copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.name());
        } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
            // ISO dates; timestamps as JDBC writes them (no 'T'), which PostgreSQL reads in any DateStyle
            text.append(value instanceof LocalDateTime time ? Timestamp.valueOf(time).toString() : value.toString());
        } else {
            String string = value.toString();
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
