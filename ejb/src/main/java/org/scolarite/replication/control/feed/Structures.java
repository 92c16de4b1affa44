package org.scolarite.replication.control.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;

/**
 * Divisions and groups of an establishment, upserted by code from the pupils' structures and STS: one query for the
 * codes of a chunk, one batch for the missing ones.
 */
final class Structures {

    private Structures() {
    }

    static Map<String, Long> divisions(FeedContext context, Collection<String> codes) throws SQLException {
        return ensure(context, "division", "division_seq", codes);
    }

    static Map<String, Long> groups(FeedContext context, Collection<String> codes) throws SQLException {
        return ensure(context, "teaching_group", "teaching_group_seq", codes);
    }

    private static Map<String, Long> ensure(FeedContext context, String table, String sequence,
                                            Collection<String> wanted) throws SQLException {
        Set<String> codes = new TreeSet<>();
        wanted.stream().filter(Objects::nonNull).forEach(codes::add);
        Connection connection = context.connection();
        Map<String, Long> ids = new HashMap<>(Jdbc.idsByKey(connection, table, "code", "establishment_id",
                context.establishmentId(), codes));
        codes.removeAll(ids.keySet());
        if (!codes.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (id, establishment_id, code) VALUES (?, ?, ?)")) {
                for (String code : codes) {
                    long id = context.ids().next(sequence);
                    Jdbc.bind(insert, id, context.establishmentId(), code);
                    insert.addBatch();
                    ids.put(code, id);
                }
                insert.executeBatch();
            }
        }
        return ids;
    }
}
