package org.scolarite.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.scolarite.demo.control.siecle.DemoGradesRows;

/**
 * The demo's grades, teachers and teaching services (issue [P2], Notes), seeded by {@link DemoDataSeeder} in its
 * transaction once the demo entities are flushed: bulk inserts on the transaction's connection, not entities, so
 * that a school year of grades costs a first start little.
 */
@ApplicationScoped
public class DemoGradeBook {

    private static final Logger LOG = Logger.getLogger(DemoGradeBook.class.getName());

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    public void seed(long seed, LocalDate today) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            DemoGradesRows.Totals totals = DemoGradesRows.seed(connection, seed, today);
            LOG.info(() -> String.format("Notes de démonstration : %d enseignants, %d devoirs, %d notes en %d ms",
                    totals.teachers(), totals.assessments(), totals.grades(), (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Notes de démonstration non créées", e);
        }
    }
}
