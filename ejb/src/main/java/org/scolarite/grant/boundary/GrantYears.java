package org.scolarite.grant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The school year an application belongs to: the académie's year under way (the coming one in summer), as the
 * console's header shows it; before the académie declared any, the year whose rentrée is the last 1st of September.
 */
@ApplicationScoped
public class GrantYears {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    public int current(long establishmentId) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT y.startYear FROM SchoolYear y, Establishment e WHERE e.id = :e "
                        + "AND y.academy = e.academy AND y.endDate >= :today ORDER BY y.rentreeDate", Integer.class)
                .setParameter("e", establishmentId).setParameter("today", today).setMaxResults(1)
                .getResultStream().findFirst()
                .orElse(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
    }
}
