package org.scolarite.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Establishment;

/** Console users: authentication, the establishments each may work on, and the server-side role checks. */
@Stateless
public class StaffDirectory {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private AuditTrail audit;

    /**
     * Checks a console login. Unknown user and wrong password cost the same hash computation and give the same
     * empty answer, so that the response reveals nothing about which accounts exist.
     */
    public Optional<StaffIdentity> authenticate(String username, char[] password) {
        Optional<StaffUser> user = find(username);
        if (user.isEmpty() || !user.get().isActive()) {
            hashing.verifyAgainstDecoy(password);
            return Optional.empty();
        }
        StaffUser u = user.get();
        if (!hashing.verify(password, u.getPasswordHash())) {
            return Optional.empty();
        }
        audit.record(u.getUsername(), null, "CONNEXION", null, null);
        return Optional.of(new StaffIdentity(u.getUsername(), u.getDisplayName(), u.roles()));
    }

    /** The establishments the user may open, sorted by name: his own, or the whole académie for ACADEMY. */
    public List<EstablishmentChoice> establishmentsOf(String username) {
        StaffUser user = find(username).orElseThrow(() -> new AccessDeniedException("Utilisateur inconnu"));
        List<Long> academyIds = user.getMemberships().stream().filter(m -> m.getRole() == StaffRole.ACADEMY)
                .map(m -> m.getAcademy().getId()).toList();
        List<Establishment> candidates = academyIds.isEmpty()
                ? user.getMemberships().stream().map(m -> m.getEstablishment()).distinct().toList()
                : em.createQuery("SELECT e FROM Establishment e WHERE e.academy.id IN :ids OR e.id IN "
                        + "(SELECT m.establishment.id FROM StaffMembership m WHERE m.user = :user)", Establishment.class)
                        .setParameter("ids", academyIds).setParameter("user", user).getResultList();
        return candidates.stream()
                .map(e -> new EstablishmentChoice(e.getId(), e.getUai().value(), e.getName(), e.getKind(),
                        user.rolesIn(e)))
                .sorted(Comparator.comparing(EstablishmentChoice::name))
                .toList();
    }

    /**
     * The server-side authorisation check every console service calls: the user must hold one of the roles in
     * that establishment. Returns the choice so that callers can show what they checked.
     */
    public EstablishmentChoice requireRole(String username, long establishmentId, StaffRole... anyOf) {
        return establishmentsOf(username).stream()
                .filter(c -> c.id() == establishmentId && c.allows(anyOf))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(
                        "Accès refusé à cet établissement pour " + username));
    }

    /**
     * The académie a user administers (ACADEMY role): the académie side of the catalogue, the ENT list and the
     * experimental lists are his alone.
     */
    public long requireAcademyAdministrator(String username) {
        return find(username).stream().flatMap(u -> u.getMemberships().stream())
                .filter(m -> m.getRole() == StaffRole.ACADEMY)
                .map(m -> m.getAcademy().getId())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Réservé aux administrateurs académiques : " + username));
    }

    private Optional<StaffUser> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :u", StaffUser.class)
                .setParameter("u", username.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }
}
