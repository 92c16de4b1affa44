package org.scolarite.navigation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.navigation.entity.FamilyMenu;
import org.scolarite.navigation.entity.MenuPolicy;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;
import org.scolarite.people.entity.Student;
import org.scolarite.settings.boundary.PortalSettings;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The server-side view of one family request (R-PORTAL-5, issue [P1] §7): which children the logged-in account opens
 * today, which one is shown, and his menu. A pupil the account does not open today — another family's, or one whose
 * guardian link was refused (R-ACC-9) — is refused with {@link AccessDeniedException}, whatever the page or form
 * asked for; the portal calls this on every request, before any page reads anything.
 */
@Stateless
public class FamilyNavigation {

    private static final String ACCOUNT = """
            SELECT a.id, a.kind, a.previous_login_at
              FROM account a JOIN academy ac ON ac.id = a.academy_id
             WHERE ac.code = ?1 AND a.username = ?2 AND a.state <> 'CLOSED'
            """;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private FamilyDirectory families;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private OnlineServices services;

    @Inject
    private PortalSettings portalSettings;

    /**
     * The view for {@code username} showing {@code studentId}, or his first child when null.
     *
     * @throws AccessDeniedException when the pupil is not one the account opens today, or the account is unknown
     */
    public FamilyView view(String username, Long studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ACCOUNT).setParameter(1, academies.portalAcademyCode())
                .setParameter(2, username).getResultList();
        if (rows.isEmpty()) {
            throw new AccessDeniedException("Compte inconnu ou fermé : " + username);
        }
        Object[] account = rows.get(0);
        long accountId = ((Number) account[0]).longValue();
        AccountKind kind = AccountKind.valueOf((String) account[1]);
        LocalDateTime previousLogin = account[2] == null ? null : toLocalDateTime(account[2]);
        List<ChildSummary> children = families.childrenOf(username);
        if (children.isEmpty()) {
            if (studentId != null) {
                throw new AccessDeniedException("Élève " + studentId + " non rattaché au compte " + username);
            }
            return new FamilyView(accountId, username, kind, children, null, null, null, false, FamilyMenu.EMPTY,
                    previousLogin, null);
        }
        ChildSummary child = studentId == null ? children.get(0) : children.stream()
                .filter(c -> c.studentId() == studentId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Élève " + studentId + " non rattaché au compte "
                        + username));
        Student student = em.find(Student.class, child.studentId());
        long establishmentId = student.getEstablishment().getId();
        FamilyMenu menu = MenuPolicy.menu(services.openingsToday(establishmentId), kind, student.isAccessRemoved());
        return new FamilyView(accountId, username, kind, children, child, establishmentId,
                student.getMef() == null ? null : student.getMef().getId(), student.isAccessRemoved(), menu,
                previousLogin, portalSettings.forOpenedChild(child.studentId()));
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
