package org.scolarite.statistics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scolarite.account.entity.AccountState;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * Counts behind the console home. Set-based SQL (one grouped query per figure), never entity loading: an
 * establishment has a few thousand people, the académie dashboard later reuses the same queries.
 */
@Stateless
public class EstablishmentDashboard {

    private static final String STUDENT_STATES = """
            SELECT COALESCE(a.state, 'NOT_NOTIFIED'), COUNT(*)
              FROM student s
              LEFT JOIN account a ON a.student_id = s.id AND a.kind = 'STUDENT' AND a.state <> 'CLOSED'
             WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
             GROUP BY COALESCE(a.state, 'NOT_NOTIFIED')
            """;

    /** One row per (légal guardian, pupil) entitled to an account (R-ACC-1), with the state of that access. */
    private static final String GUARDIAN_STATES = """
            SELECT t.state, COUNT(*) FROM (
                SELECT COALESCE(
                         (SELECT MIN(a.state) FROM account a JOIN account_student x ON x.account_id = a.id
                           WHERE x.student_id = l.student_id AND x.holder_id = l.guardian_id
                             AND a.kind = 'GUARDIAN' AND a.state <> 'CLOSED' AND x.effective_until IS NULL),
                         'NOT_NOTIFIED') AS state
                  FROM guardian_link l JOIN student s ON s.id = l.student_id
                 WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
                   AND l.legal_rank IN ('FIRST', 'SECOND') AND l.access_refused = FALSE) t
             GROUP BY t.state
            """;

    private static final String STUDENTS = """
            SELECT COUNT(*) FROM student s
             WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
            """;

    /** The guardians entitled to an account, as « Synthèse comptes responsables » counts them (R-STAT-2). */
    private static final String GUARDIANS = """
            SELECT COUNT(DISTINCT l.guardian_id) FROM guardian_link l JOIN student s ON s.id = l.student_id
             WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
               AND l.legal_rank IN ('FIRST', 'SECOND') AND l.access_refused = FALSE
            """;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    public DashboardFigures figures(String username, long establishmentId) {
        EstablishmentChoice establishment = staff.requireRole(username, establishmentId,
                StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
        LocalDate today = LocalDate.now(clock);
        return new DashboardFigures(establishment,
                count(STUDENTS, establishmentId, today), count(GUARDIANS, establishmentId, today),
                byState(STUDENT_STATES, establishmentId, today), byState(GUARDIAN_STATES, establishmentId, today));
    }

    private long count(String sql, long establishmentId, LocalDate today) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, establishmentId).setParameter(2, today)
                .getSingleResult()).longValue();
    }

    private Map<AccountState, Long> byState(String sql, long establishmentId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, establishmentId).setParameter(2, today)
                .getResultList();
        Map<AccountState, Long> counts = new EnumMap<>(AccountState.class);
        for (Object[] row : rows) {
            counts.merge(AccountState.valueOf(row[0].toString().trim()), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }
}
