package org.scolarite.reportbook.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.NewsQuery;
import org.scolarite.navigation.boundary.NewsSource;
import org.scolarite.reportbook.control.ReportBookQueries;

/**
 * The home's tile « n nouveaux bilans dans le livret scolaire » (R-PORTAL-6): periodic reports and end-of-cycle
 * assessments replicated since the previous sign-in.
 */
@ApplicationScoped
public class LsuNews implements NewsSource {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.LSU);
    }

    @Override
    public long count(NewsQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return ReportBookQueries.newEntries(connection, query.studentId(), query.since(), "lsu_period_report",
                    "lsu_cycle_assessment");
        } catch (SQLException e) {
            throw new IllegalStateException("Nouveautés du livret scolaire illisibles", e);
        }
    }

    @Override
    public String describe(long count) {
        return count == 1 ? "1 nouveau bilan dans le livret scolaire"
                : count + " nouveaux bilans dans le livret scolaire";
    }
}
