package org.scolarite.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The pupils a portal account opens today. The account's access rows carry effective dates (continuity and
 * transfers are D+1, R-ACC-7), so "today" decides which establishment's record is shown. A guardian whose access to a
 * child was removed by the school (« Enlever l'accès », R-ACC-9) no longer sees that child, even through an account
 * that still opens him: the refusal lives on the link, the account may serve other children.
 */
@Stateless
public class FamilyDirectory {

    private static final String CHILDREN = """
            SELECT s.id, s.first_name, COALESCE(s.usage_name, s.last_name), d.code, e.name
              FROM account a
              JOIN academy ac ON ac.id = a.academy_id
              JOIN account_student x ON x.account_id = a.id
              JOIN student s ON s.id = x.student_id
              JOIN establishment e ON e.id = s.establishment_id
              LEFT JOIN division d ON d.id = s.division_id
             WHERE ac.code = ?3 AND a.username = ?1 AND a.state <> 'CLOSED'
               AND x.effective_from <= ?2 AND (x.effective_until IS NULL OR x.effective_until >= ?2)
               AND NOT EXISTS (SELECT 1 FROM guardian_link l WHERE l.guardian_id = x.holder_id
                                  AND l.student_id = s.id AND l.access_refused = TRUE)
             ORDER BY s.first_name
            """;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AcademyDirectory academies;

    public List<ChildSummary> childrenOf(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CHILDREN).setParameter(1, username)
                .setParameter(2, LocalDate.now(clock)).setParameter(3, academies.portalAcademyCode()).getResultList();
        return rows.stream().map(r -> new ChildSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }
}
