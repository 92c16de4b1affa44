package org.scolarite.structure.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.structure.entity.SchoolYear;

/**
 * Which académie this portal serves: identifiers are unique per académie (R-ACC-2), so a login needs it. Set by
 * {@code TELESERVICES_ACADEMY} (its code); without it, a database holding a single académie serves that one.
 */
@Stateless
public class AcademyDirectory {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "teleservices.academy")
    private Optional<String> configured;

    public String portalAcademyCode() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().trim();
        }
        List<String> codes = em.createQuery("SELECT a.code FROM Academy a", String.class).setMaxResults(2)
                .getResultList();
        if (codes.size() != 1) {
            throw new IllegalStateException("Plusieurs académies (ou aucune) en base : indiquez celle du portail "
                    + "avec TELESERVICES_ACADEMY.");
        }
        return codes.get(0);
    }

    /** « 2026-2027 »: the school year under way in the establishment's académie (the coming one in summer). */
    public Optional<String> schoolYearLabel(long establishmentId) {
        return em.createQuery("SELECT y FROM SchoolYear y, Establishment e WHERE e.id = :e AND y.academy = e.academy "
                        + "AND y.endDate >= :today ORDER BY y.rentreeDate", SchoolYear.class)
                .setParameter("e", establishmentId).setParameter("today", LocalDate.now(clock))
                .setMaxResults(1).getResultStream().findFirst().map(SchoolYear::label);
    }
}
