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
 * The home's tile « n nouvelles entrées dans le livret scolaire du lycée » (R-PORTAL-6): years of the book and
 * opinions for the examination replicated since the previous sign-in.
 */
@ApplicationScoped
public class LslNews implements NewsSource {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.LSL);
    }

    @Override
    public long count(NewsQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return ReportBookQueries.newEntries(connection, query.studentId(), query.since(), "lsl_year",
                    "lsl_exam_opinion");
        } catch (SQLException e) {
            throw new IllegalStateException("Nouveautés du livret scolaire du lycée illisibles", e);
        }
    }

    @Override
    public String describe(long count) {
        return count == 1 ? "1 nouvelle entrée dans le livret scolaire du lycée"
                : count + " nouvelles entrées dans le livret scolaire du lycée";
    }
}
