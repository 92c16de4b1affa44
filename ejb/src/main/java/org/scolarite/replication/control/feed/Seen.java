package org.scolarite.replication.control.feed;

import java.sql.SQLException;
import java.util.Collection;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;

/**
 * The source ids a file listed, kept in {@code replication_seen} by the chunk that read them (so that a rolled-back
 * chunk leaves none): reconciliation finds who disappeared with one set-based query, while an unchanged record still
 * costs no write to its own table. Forgotten once the establishment is reconciled.
 */
final class Seen {

    private Seen() {
    }

    static void record(FeedContext context, Collection<String> sourceIds) throws SQLException {
        if (sourceIds.isEmpty()) {
            return;
        }
        // An id listed twice in a file (a duplicate, reported) or by a rejection and a record must not break the key.
        Jdbc.update(context.connection(), "DELETE FROM replication_seen WHERE file_id = ? AND source_id IN ("
                + Jdbc.placeholders(sourceIds.size()) + ")", concat(context.fileId(), sourceIds));
        BulkInsert insert = new BulkInsert("replication_seen", "file_id", "source_id");
        for (String id : sourceIds) {
            insert.add(context.fileId(), id);
        }
        insert.flush(context.connection());
    }

    static void forget(FeedContext context) throws SQLException {
        Jdbc.update(context.connection(), "DELETE FROM replication_seen WHERE file_id = ?", context.fileId());
    }

    private static Object[] concat(long first, Collection<String> rest) {
        Object[] values = new Object[rest.size() + 1];
        values[0] = first;
        int i = 1;
        for (String value : rest) {
            values[i++] = value;
        }
        return values;
    }
}
