package org.scolarite.replication.control.feed;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.FileCounts.Change;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The head rows of a report book's feed (a periodic report, a year of the LSL…): keyed by their source id within the
 * establishment, with the digest of the whole record, children included. One query reads the chunk's stored keys; a
 * new record is inserted, a changed one updated with its children deleted (the feed writes the new ones), an unchanged
 * one costs nothing. {@code replicated_at} is the run's start: the home's news tile counts what changed since the
 * family's previous sign-in. Reconciliation deletes, with their children (ON DELETE CASCADE), the heads a complete file
 * no longer lists: the keys seen are kept in {@code replication_seen} with the table's prefix, as one file brings
 * several tables.
 */
final class BookHeads {

    static final String SEQUENCE = "report_book_seq";

    /** One record: its key, the pupil's id, its columns' values in {@code columns} order, and its digest. */
    record Row(String key, SourceLocation location, long studentId, Object[] values, String hash) {
    }

    private final String table;
    private final String prefix;
    private final List<String> columns;
    /** « child_table.parent_column » of each table whose rows hang from a head. */
    private final List<String[]> children;

    BookHeads(String table, String prefix, String columns, String... children) {
        this.table = table;
        this.prefix = prefix;
        this.columns = Arrays.asList(columns.split(", "));
        this.children = Arrays.stream(children).map(c -> c.split("\\.")).toList();
    }

    /** The key as {@code replication_seen} keeps it. */
    String seen(String key) {
        return prefix + key;
    }

    /** Writes the heads; returns the id of each head created or changed, whose children are to be written. */
    Map<String, Long> apply(FeedContext context, List<Row> rows) throws SQLException {
        Map<String, Long> changed = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return changed;
        }
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement select = context.connection().prepareStatement("SELECT source_id, id, source_hash FROM "
                + table + " WHERE establishment_id = ? AND source_id IN (" + Jdbc.placeholders(rows.size()) + ")")) {
            select.setLong(1, context.establishmentId());
            for (int i = 0; i < rows.size(); i++) {
                select.setString(i + 2, rows.get(i).key());
            }
            try (ResultSet stored = select.executeQuery()) {
                while (stored.next()) {
                    ids.put(stored.getString(1), stored.getLong(2));
                    hashes.put(stored.getString(1), stored.getString(3));
                }
            }
        }
        LocalDateTime now = runStart(context);
        BulkInsert insert = new BulkInsert(table, concat(List.of("id", "establishment_id", "source_id", "student_id"),
                columns, List.of("source_hash", "replicated_at")).toArray(String[]::new));
        List<Object[]> updates = new ArrayList<>();
        for (Row row : rows) {
            Long id = ids.get(row.key());
            Change change = context.counts().classify(id != null, hashes.get(row.key()), row.hash());
            if (change == Change.CREATED) {
                id = context.ids().next(SEQUENCE);
                List<Object> values = new ArrayList<>(List.of(id, context.establishmentId(), row.key(),
                        row.studentId()));
                values.addAll(Arrays.asList(row.values()));
                values.add(row.hash());
                values.add(now);
                insert.add(values.toArray());
                changed.put(row.key(), id);
            } else if (change == Change.UPDATED) {
                List<Object> values = new ArrayList<>(List.of(row.studentId()));
                values.addAll(Arrays.asList(row.values()));
                values.add(row.hash());
                values.add(now);
                values.add(id);
                updates.add(values.toArray());
                changed.put(row.key(), id);
            }
        }
        insert.flush(context.connection());
        if (!updates.isEmpty()) {
            for (String[] child : children) {
                try (PreparedStatement delete = context.connection().prepareStatement(
                        "DELETE FROM " + child[0] + " WHERE " + child[1] + " = ?")) {
                    for (Object[] update : updates) {
                        delete.setLong(1, (Long) update[update.length - 1]);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            String assignments = concat(List.of("student_id"), columns, List.of("source_hash", "replicated_at"))
                    .stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
            try (PreparedStatement update = context.connection().prepareStatement(
                    "UPDATE " + table + " SET " + assignments + " WHERE id = ?")) {
                for (Object[] values : updates) {
                    Jdbc.bind(update, values);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return changed;
    }

    /** Deletes the heads of the establishment that the complete file did not list; returns how many. */
    int reconcile(FeedContext context) throws SQLException {
        return Jdbc.update(context.connection(), "DELETE FROM " + table + " WHERE establishment_id = ? AND ('"
                + prefix + "' || source_id) NOT IN (SELECT source_id FROM replication_seen WHERE file_id = ?)",
                context.establishmentId(), context.fileId());
    }

    private static LocalDateTime runStart(FeedContext context) throws SQLException {
        try (PreparedStatement select = context.connection().prepareStatement(
                "SELECT started_at FROM replication_run WHERE id = ?")) {
            select.setLong(1, context.runId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp started = row.getTimestamp(1);
                return started.toLocalDateTime();
            }
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
