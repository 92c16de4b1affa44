package org.scolarite.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.statistics.control.AccessSynthesisSql;
import org.scolarite.statistics.control.AccountSynthesisReader;
import org.scolarite.statistics.entity.AccessSynthesis;

/**
 * « Synthèse accès téléservices » (R-STAT-3) for an establishment's head and delegates (and the académie), the role
 * checked on the server at every call. Read straight from the access log, so a page view shows at the next refresh.
 */
@Stateless
public class AccessSyntheses {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    private final AccessSynthesisSql sql = new AccessSynthesisSql();

    private final AccountSynthesisReader years = new AccountSynthesisReader();

    public AccessSynthesis accesses(String username, long establishmentId) {
        staff.requireRole(username, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
        try (Connection connection = dataSource.getConnection()) {
            return sql.establishment(connection, establishmentId, years.currentYear(connection,
                    AccountSyntheses.academyOf(connection, establishmentId), LocalDate.now(clock)));
        } catch (SQLException e) {
            throw new IllegalStateException("Statistiques indisponibles : " + e.getMessage(), e);
        }
    }
}
