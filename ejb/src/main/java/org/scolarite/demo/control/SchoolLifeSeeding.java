package org.scolarite.demo.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.IdBlocks;
import org.scolarite.schoollife.entity.SchoolLifePublication;

/**
 * Seeds the demo's school-life events ({@link SchoolLifeDemo}) for the pupils of every establishment that uses the
 * school-life module (R-SVC-3: the demo collège does, the lycée does not), in the seeding's transaction, with one JDBC
 * batch: the same events, ids and flags as the {@code VieScolaire.xml} the export generator deposits. Rows carry no
 * digest: the first replication of that file rewrites them once (« not replicated yet »), then finds them unchanged.
 */
public final class SchoolLifeSeeding {

    private static final Logger LOG = Logger.getLogger(SchoolLifeSeeding.class.getName());

    private SchoolLifeSeeding() {
    }

    /**
     * In the seeding's JPA transaction: what the entity manager holds is flushed first, then its connection (the
     * transaction's) takes the batch.
     *
     * @return the number of events written
     */
    public static int seed(EntityManager em, long seed, LocalDate today) {
        long start = System.nanoTime();
        em.flush();
        try {
            int written = seed(em.unwrap(Connection.class), seed, today);
            LOG.info(() -> String.format("Vie scolaire de démonstration : %d évènements en %d ms", written,
                    (System.nanoTime() - start) / 1_000_000));
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Vie scolaire de démonstration non créée", e);
        }
    }

    /** @return the number of events written */
    public static int seed(Connection connection, long seed, LocalDate today) throws SQLException {
        Map<Long, Map<String, Long>> pupils = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.establishment_id, s.source_id, s.id "
                + "FROM student s JOIN establishment e ON e.id = s.establishment_id "
                + "WHERE e.uses_school_life_module = TRUE ORDER BY s.establishment_id, s.id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                pupils.computeIfAbsent(rows.getLong(1), e -> new LinkedHashMap<>()).put(rows.getString(2),
                        rows.getLong(3));
            }
        }
        SchoolLifeDemo demo = new SchoolLifeDemo(seed, today);
        IdBlocks ids = new IdBlocks(connection);
        BulkInsert insert = new BulkInsert("school_life_event", "id", "establishment_id", "source_id", "student_id",
                "kind", "event_date", "starts_at", "ends_at", "half_days", "minutes", "justified", "label", "reason",
                "publishable", "family_notified", "shown");
        int written = 0;
        for (Map.Entry<Long, Map<String, Long>> school : pupils.entrySet()) {
            String showcase = SchoolLifeDemo.showcase(new ArrayList<>(school.getValue().keySet()));
            for (Map.Entry<String, Long> pupil : school.getValue().entrySet()) {
                List<SchoolLifeDemo.Event> events = demo.events(pupil.getKey(), pupil.getKey().equals(showcase));
                for (SchoolLifeDemo.Event e : events) {
                    insert.add(ids.next("school_life_event_seq"), school.getKey(), e.kind().sourceId(e.exportId()),
                            pupil.getValue(), e.kind(), e.date(), e.startsAt(), e.endsAt(), e.halfDays(),
                            e.minutes(), e.justified(), e.label(), e.reason(), e.publishable(), e.familyNotified(),
                            SchoolLifePublication.shown(e.kind(), e.publishable(), e.familyNotified()));
                    written++;
                }
            }
        }
        insert.flush(connection);
        return written;
    }
}
