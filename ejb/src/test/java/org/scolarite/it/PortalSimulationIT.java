package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.PortalSimulation;
import org.scolarite.account.boundary.SimulatedSession;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.SimulationTicket;
import org.scolarite.account.entity.Username;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The portal simulation (R-SIM-1) on Payara against the real database: who may open one, for which accounts, the
 * ticket spent once and expired after 2 minutes of the application clock, the audit trail, and no sign-in recorded.
 * Each test builds its own académie with two establishments.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSimulationIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("simulation-it", PortalSimulationIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private PortalSimulation simulation;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private String digits;
    private long schoolId;
    private long otherSchoolId;
    private long inUseId;
    private long notifiedId;
    private LocalDateTime lastAccess;

    @BeforeEach
    void twoSchools() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        digits = String.valueOf(n);
        LocalDateTime now = LocalDateTime.now(clock);
        // Milliseconds: less than any database keeps of a TIMESTAMP, so that the value reads back equal.
        lastAccess = now.minusDays(2).truncatedTo(ChronoUnit.MILLIS);
        tx.begin();
        Academy academy = new Academy("SI" + n, "Académie " + n, "http://localhost/");
        em.persist(academy);
        Establishment school = school(academy, n, "Collège " + n);
        Establishment other = school(academy, n + 1, "Collège voisin " + n);
        Student pupil = pupil(school, "E" + n, "Inès");
        Account inUse = Account.forStudent(pupil, Username.of("ines.martin"), now.minusDays(30), "it");
        inUse.notifyBy(NotificationMode.LETTER, now.minusDays(20), "it", () -> "chiffré");
        inUse.activateAsStudent(pupil.getBirthDate(), "PBKDF2WithHmacSHA512:1:AA==:AA==", null, now.minusDays(10));
        inUse.recordLogin(lastAccess);
        em.persist(inUse);
        Student sister = pupil(school, "F" + n, "Lina");
        Account notified = Account.forStudent(sister, Username.of("lina.martin"), now.minusDays(30), "it");
        notified.notifyBy(NotificationMode.LETTER, now.minusDays(20), "it", () -> "chiffré");
        em.persist(notified);
        staff("head" + n, StaffRole.HEAD, school);
        staff("delegate" + n, StaffRole.DELEGATE, school);
        staff("accountant" + n, StaffRole.ACCOUNTANT, school);
        staff("otherhead" + n, StaffRole.HEAD, other);
        tx.commit();
        schoolId = school.getId();
        otherSchoolId = other.getId();
        inUseId = inUse.getId();
        notifiedId = notified.getId();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("R-SIM-1, R-ROLE-1: the head opens a simulation; its ticket opens the account read-only once, is "
            + "stored hashed, and the start is audited with the admin's name and the account's identifier")
    void head_opens_a_single_use_ticket() {
        String token = simulation.open("head" + digits, schoolId, inUseId);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        SimulationTicket stored = em.createQuery("SELECT t FROM SimulationTicket t WHERE t.accountId = :a",
                SimulationTicket.class).setParameter("a", inUseId).getSingleResult();
        assertThat(em.createNativeQuery("SELECT token_hash FROM simulation_ticket WHERE id = ?1")
                .setParameter(1, stored.getId()).getSingleResult()).isEqualTo(SimulationTicket.hashOf(token))
                .isNotEqualTo(token);
        List<AuditEntry> audit = audit();
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("SIMULATION_START");
            assertThat(entry.getActor()).isEqualTo("head" + digits);
            assertThat(entry.getTarget()).isEqualTo("ines.martin");
        });

        assertThat(simulation.redeem(token)).contains(new SimulatedSession(inUseId, "ines.martin",
                AccountKind.STUDENT, "SI" + digits, "head" + digits, schoolId));
        assertThat(simulation.redeem(token)).as("a ticket opens one session only").isEmpty();
        String unknown = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertThat(simulation.redeem(unknown)).as("an unknown token").isEmpty();
    }

    @Test
    @DisplayName("R-SIM-1: a delegate may simulate too; the ticket is refused once the clock has moved 3 minutes")
    void ticket_expires_after_two_minutes() {
        String token = simulation.open("delegate" + digits, schoolId, inUseId);

        clocks.shift(Duration.ofMinutes(3));

        assertThat(simulation.redeem(token)).isEmpty();
    }

    @Test
    @DisplayName("R-SIM-1: only an account in state Utilisé can be simulated; nothing is audited for a refusal")
    void refused_for_an_account_not_in_use() {
        assertThatThrownBy(() -> simulation.open("head" + digits, schoolId, notifiedId))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessage("La simulation n’est possible que pour un compte à l’état Utilisé.");
        assertThat(audit()).isEmpty();
    }

    @Test
    @DisplayName("R-SIM-1, R-ROLE-1: an account of another establishment is refused, and so is an establishment where "
            + "the user has no role")
    void refused_for_another_establishment() {
        assertThatThrownBy(() -> simulation.open("otherhead" + digits, otherSchoolId, inUseId))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> simulation.open("otherhead" + digits, schoolId, inUseId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit()).isEmpty();
    }

    @Test
    @DisplayName("R-ROLE-1: the accountant may not simulate a family's access")
    void refused_for_the_accountant() {
        assertThatThrownBy(() -> simulation.open("accountant" + digits, schoolId, inUseId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-SIM-1, R-ACC-6: a simulation is not a sign-in: the account's last access does not move, nothing "
            + "else of the account changes, and leaving is audited")
    void no_last_access_change() {
        long version = em.find(Account.class, inUseId).getVersion();
        SimulatedSession session = simulation.redeem(simulation.open("head" + digits, schoolId, inUseId))
                .orElseThrow();

        simulation.end(session);

        Account stored = em.find(Account.class, inUseId);
        assertThat(stored.getLastAccessAt()).isEqualTo(lastAccess);
        assertThat(stored.getVersion()).isEqualTo(version);
        assertThat(audit()).extracting(AuditEntry::getAction).containsExactly("SIMULATION_END", "SIMULATION_START");
    }

    private List<AuditEntry> audit() {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.establishmentId IN :e "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("e", List.of(schoolId, otherSchoolId)).getResultList();
    }

    private Establishment school(Academy academy, int uaiDigits, String name) {
        Establishment school = new Establishment(academy, Uai.fromDigits(uaiDigits), EstablishmentKind.COLLEGE, name);
        school.activateTeleservices(LocalDate.now(clock).minusMonths(2), "it");
        em.persist(school);
        return school;
    }

    private Student pupil(Establishment school, String sourceId, String firstName) {
        Student pupil = new Student(school, sourceId, "Martin", firstName, LocalDate.of(2012, 1, 9), Sex.FEMALE);
        em.persist(pupil);
        return pupil;
    }

    private void staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(role, school);
        em.persist(user);
    }
}
