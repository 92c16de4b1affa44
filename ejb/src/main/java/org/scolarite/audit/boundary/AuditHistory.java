package org.scolarite.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/** « Historique des modifications » (R-ROLE-1): the audit trail of one establishment, newest first, by pages. */
@Stateless
public class AuditHistory {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    public long count(String actor, long establishmentId) {
        requireReader(actor, establishmentId);
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.establishmentId = :e", Long.class)
                .setParameter("e", establishmentId).getSingleResult();
    }

    public List<AuditEntry> page(String actor, long establishmentId, int first, int size) {
        requireReader(actor, establishmentId);
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.establishmentId = :e "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("e", establishmentId).setFirstResult(first).setMaxResults(Math.min(size, 200))
                .getResultList();
    }

    private void requireReader(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
    }
}
