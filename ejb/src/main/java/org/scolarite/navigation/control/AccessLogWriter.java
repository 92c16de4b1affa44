package org.scolarite.navigation.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.scolarite.navigation.entity.PageView;
import org.scolarite.navigation.entity.PortalAccess;

/** Writes one batch of page views in a transaction of its own (deliverable 6): all the batch or nothing. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessLogWriter {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    public void write(List<PageView> batch) {
        for (PageView view : batch) {
            em.persist(new PortalAccess(view));
        }
    }
}
