package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.SimulationTicket;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * R-SIM-1, R-IND-1: « Simuler l'accès au portail ». The console opens a single-use ticket for an account in use; the
 * portal redeems it into a read-only session as that account, without its password and without recording a sign-in
 * (its last access, hence its one-year expiry, R-ACC-6, does not move). The start is audited (R-ROLE-1), and the end
 * when the administrator leaves; the pages seen in between are not, one by one.
 */
@Stateless
public class PortalSimulation {

    static final String START = "SIMULATION_START";
    static final String END = "SIMULATION_END";
    private static final int TOKEN_BYTES = 32;
    /** Longer than any token this class issues (43 characters): anything longer is not worth a query. */
    private static final int TOKEN_MAX_LENGTH = 64;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    private final SecureRandom random = new SecureRandom();

    /**
     * Opens a simulation of {@code accountId} for a head or delegate of {@code establishmentId}, and returns the
     * ticket's token in clear (URL-safe): the only time it exists in clear.
     *
     * @throws AccessDeniedException when the user is not head or delegate there, or the account opens no pupil of
     *                               that establishment today (checked before the state, which is not his to know)
     * @throws AccountRuleViolation  when the account is not « Utilisé »
     */
    public String open(String staffUsername, long establishmentId, long accountId) {
        staff.requireRole(staffUsername, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        LocalDateTime now = LocalDateTime.now(clock);
        Account account = em.find(Account.class, accountId);
        if (account == null || account.studentsOpenOn(now.toLocalDate()).stream()
                .noneMatch(pupil -> pupil.getEstablishment().getId() == establishmentId)) {
            throw new AccessDeniedException("Ce compte ne donne accès à aucun élève de l’établissement.");
        }
        if (account.getState() != AccountState.IN_USE) {
            throw new AccountRuleViolation("La simulation n’est possible que pour un compte à l’état Utilisé.");
        }
        // Expired tickets can never open anything again: drop them so that the table stays a few rows long.
        em.createQuery("DELETE FROM SimulationTicket t WHERE t.expiresAt <= :now").setParameter("now", now)
                .executeUpdate();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(SimulationTicket.issue(token, accountId, staffUsername, establishmentId, now));
        audit.record(staffUsername, establishmentId, START, account.getUsername().value(),
                "Simulation de l’accès à Scolarité services, en consultation seule");
        return token;
    }

    /**
     * Spends a ticket: the simulated session when the token is known, unused, not expired and its account still in
     * use; empty otherwise, the same for every reason. The ticket row is locked, so that two requests racing with one
     * token (even on two servers) open one session at most.
     */
    public Optional<SimulatedSession> redeem(String token) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_MAX_LENGTH) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<SimulationTicket> ticket = em.createQuery(
                        "SELECT t FROM SimulationTicket t WHERE t.tokenHash = :hash", SimulationTicket.class)
                .setParameter("hash", SimulationTicket.hashOf(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (ticket.isEmpty() || !ticket.get().redeem(now)) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, ticket.get().getAccountId());
        if (account == null || account.getState() != AccountState.IN_USE) {
            return Optional.empty();
        }
        return Optional.of(new SimulatedSession(account.getId(), account.getUsername().value(), account.getKind(),
                account.getAcademy().getCode(), ticket.get().getStaffUsername(),
                ticket.get().getEstablishmentId()));
    }

    /** The administrator left the simulation (« Quitter la simulation »): audited like its start. */
    public void end(SimulatedSession session) {
        audit.record(session.staffUsername(), session.establishmentId(), END, session.username(), null);
    }
}
