package org.scolarite.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.scolarite.audit.entity.AuditEntry;

/**
 * Records console actions. Joins the caller's transaction (MANDATORY): an audited change and its audit row are
 * committed or rolled back together, so the trail never claims something that did not happen.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, Long establishmentId, String action, String target, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor, establishmentId, action, target, detail));
    }
}
