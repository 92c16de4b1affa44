package org.scolarite.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.statistics.control.AccessSynthesisSql;
import org.scolarite.statistics.control.AccountSynthesisReader;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.SchoolYearWindow;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.statistics.entity.Synthesis;

/**
 * « Statistiques »: the account syntheses of an establishment (R-STAT-1, R-STAT-2) for its head and delegates (and
 * the académie), and the académie dashboard for the ACADEMY role only. Every call checks the role on the server.
 * Plain JDBC over the application's datasource: the figures are grouped counts, nothing is loaded as entities.
 */
@Stateless
public class AccountSyntheses {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    private final AccountSynthesisReader reader = new AccountSynthesisReader();

    private final AccessSynthesisSql accesses = new AccessSynthesisSql();

    /** « Synthèse comptes élèves » (R-STAT-1). */
    public Synthesis<StudentFigures> students(String username, long establishmentId) {
        EstablishmentChoice establishment = allowed(username, establishmentId);
        return query(connection -> {
            LocalDate today = LocalDate.now(clock);
            return reader.students(connection, establishment.id(), today,
                    reader.currentYear(connection, academyOf(connection, establishmentId), today));
        });
    }

    /** « Synthèse comptes responsables » (R-STAT-2). */
    public Synthesis<GuardianFigures> guardians(String username, long establishmentId) {
        EstablishmentChoice establishment = allowed(username, establishmentId);
        return query(connection -> {
            LocalDate today = LocalDate.now(clock);
            return reader.guardians(connection, establishment.id(), today,
                    reader.currentYear(connection, academyOf(connection, establishmentId), today));
        });
    }

    /**
     * The académie dashboard: one line per establishment of the user's académie, with its pupils' and guardians'
     * figures and its portal accesses of the current school year. ACADEMY role only.
     */
    public AcademyDashboard academy(String username) {
        long academyId = staff.requireAcademyAdministrator(username);
        return query(connection -> {
            LocalDate today = LocalDate.now(clock);
            SchoolYearWindow year = reader.currentYear(connection, academyId, today);
            Map<Long, Long> accessCounts = accesses.perEstablishment(connection, academyId, year);
            List<EstablishmentLine> lines = reader.academy(connection, academyId, today, year, accessCounts);
            return new AcademyDashboard(academyCode(connection, academyId), lines, year);
        });
    }

    /** The lines of the académie dashboard, by UAI, and the school year they count in. */
    public record AcademyDashboard(String academyCode, List<EstablishmentLine> lines, SchoolYearWindow year)
            implements Serializable {
    }

    private EstablishmentChoice allowed(String username, long establishmentId) {
        return staff.requireRole(username, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
    }

    private static String academyCode(Connection connection, long academyId) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT code FROM academy WHERE id = ?")) {
            statement.setLong(1, academyId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1).trim();
            }
        }
    }

    static long academyOf(Connection connection, long establishmentId) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT academy_id FROM establishment WHERE id = ?")) {
            statement.setLong(1, establishmentId);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("Établissement inconnu : " + establishmentId);
                }
                return rows.getLong(1);
            }
        }
    }

    private <T> T query(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Statistiques indisponibles : " + e.getMessage(), e);
        }
    }

    /** Work on a connection of the datasource. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
