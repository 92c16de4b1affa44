package org.scolarite.replication.control.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.FileCounts.Change;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The upsert every keyed table of the replication does for one chunk: one query for the stored (key → id, digest) of
 * the chunk's keys, then one insert batch for the new rows and one update batch for the changed ones; an identical
 * digest costs nothing. {@code scope} restricts the keys to an establishment (null for the national tables).
 */
final class Upsert {

    /** One row to upsert: its key, its columns' values in {@code columns} order, the last one being the digest. */
    record Row(String key, SourceLocation location, Object[] values) {
    }

    private final String table;
    private final String sequence;
    private final String keyColumn;
    private final String scope;
    private final List<String> columns;

    Upsert(String table, String sequence, String keyColumn, String scope, String columns) {
        this.table = table;
        this.sequence = sequence;
        this.keyColumn = keyColumn;
        this.scope = scope;
        this.columns = Arrays.asList(columns.split(", "));
    }

    /** Whether one of the rows' keys is not stored yet (committed), that is whether applying them would insert. */
    boolean anyMissing(FeedContext context, List<Row> rows) throws SQLException {
        Set<String> keys = rows.stream().map(Row::key).collect(Collectors.toCollection(HashSet::new));
        if (keys.isEmpty()) {
            return false;
        }
        return Jdbc.idsByKey(context.connection(), table, keyColumn, scope,
                scope == null ? null : context.establishmentId(), keys).size() < keys.size();
    }

    /** Returns the id of every key written or found, and the rows that were created or changed. */
    Map<String, Long> apply(FeedContext context, List<Row> rows, Set<String> changedKeys, String duplicateReason)
            throws SQLException {
        Connection connection = context.connection();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, Row> unique = new LinkedHashMap<>();
        for (Row row : rows) {
            if (unique.putIfAbsent(row.key(), row) != null) {
                context.reject(row.location(), duplicateReason, false);
            }
        }
        if (unique.isEmpty()) {
            return ids;
        }
        String select = "SELECT " + keyColumn + ", id, source_hash FROM " + table + " WHERE "
                + (scope == null ? "" : scope + " = ? AND ") + keyColumn + " IN (" + Jdbc.placeholders(unique.size()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            int index = 1;
            if (scope != null) {
                statement.setLong(index++, context.establishmentId());
            }
            for (String key : unique.keySet()) {
                statement.setString(index++, key);
            }
            try (ResultSet stored = statement.executeQuery()) {
                while (stored.next()) {
                    ids.put(stored.getString(1).trim(), stored.getLong(2));
                    hashes.put(stored.getString(1).trim(), stored.getString(3));
                }
            }
        }
        String insertColumns = "id, " + (scope == null ? "" : scope + ", ") + keyColumn + ", " + String.join(", ", columns);
        int fixed = scope == null ? 2 : 3;
        String assignments = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + insertColumns
                + ") VALUES (" + Jdbc.placeholders(columns.size() + fixed) + ")");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET " + assignments + " WHERE id = ?")) {
            Set<String> inserted = new HashSet<>();
            Set<String> updated = new HashSet<>();
            for (Row row : unique.values()) {
                Object[] values = row.values();
                Long id = ids.get(row.key());
                Change change = context.counts().classify(id != null, hashes.get(row.key()),
                        (String) values[values.length - 1]);
                if (change == Change.CREATED) {
                    id = context.ids().next(sequence);
                    ids.put(row.key(), id);
                    int index = 1;
                    Jdbc.set(insert, index++, id);
                    if (scope != null) {
                        Jdbc.set(insert, index++, context.establishmentId());
                    }
                    Jdbc.set(insert, index++, row.key());
                    for (Object value : values) {
                        Jdbc.set(insert, index++, value);
                    }
                    insert.addBatch();
                    inserted.add(row.key());
                } else if (change == Change.UPDATED) {
                    for (int i = 0; i < values.length; i++) {
                        Jdbc.set(update, i + 1, values[i]);
                    }
                    Jdbc.set(update, values.length + 1, id);
                    update.addBatch();
                    updated.add(row.key());
                }
            }
            if (!inserted.isEmpty()) {
                insert.executeBatch();
            }
            if (!updated.isEmpty()) {
                update.executeBatch();
            }
            changedKeys.addAll(inserted);
            changedKeys.addAll(updated);
        }
        return ids;
    }
}
