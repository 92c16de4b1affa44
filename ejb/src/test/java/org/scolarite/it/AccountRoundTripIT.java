package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.BirthDateMismatch;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.statistics.boundary.DashboardFigures;
import org.scolarite.statistics.boundary.EstablishmentDashboard;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * Use-case services on Payara Server against the real datasource (H2 file or PostgreSQL, migrated by Flyway at
 * deployment). Each test builds its own académie and establishment, so tests share nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRoundTripIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("account-it", AccountRoundTripIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private EstablishmentDashboard dashboard;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    private String academyCode;
    private long establishmentId;
    private long studentId;
    private long guardianId;
    private final LocalDate birthDate = LocalDate.of(2014, 5, 17);

    @BeforeEach
    void schoolWithOneFamily() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        academyCode = "IT" + digits;
        tx.begin();
        Academy academy = new Academy(academyCode, "Académie de test " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège d'essai");
        school.activateTeleservices(LocalDate.of(2026, 9, 1), "it");
        em.persist(school);
        Student pupil = new Student(school, "E" + digits, "Lefèvre", "Zoé", birthDate, Sex.FEMALE);
        em.persist(pupil);
        Guardian mother = new Guardian(school, "P" + digits, "MME", "Lefèvre", "Anaïs");
        em.persist(mother);
        em.persist(new GuardianLink(pupil, mother, LegalRank.FIRST, "10"));
        Guardian father = new Guardian(school, "Q" + digits, "M", "Lefèvre", "Marc");
        em.persist(father);
        GuardianLink refused = new GuardianLink(pupil, father, LegalRank.SECOND, "20");
        refused.refuseAccess();
        em.persist(refused);
        StaffUser head = new StaffUser("head" + digits, hashing.hash("Secret-2026".toCharArray()), "Chef", null);
        head.grant(StaffRole.HEAD, school);
        em.persist(head);
        tx.commit();
        establishmentId = school.getId();
        studentId = pupil.getId();
        guardianId = mother.getId();
    }

    @Test
    @DisplayName("R-ACC-1…4: a pupil account is pre-created, notified by letter, activated, then logs in; every step is in its history")
    void pupil_account_round_trip() {
        long id = accounts.preCreateStudentAccount(studentId, "it");
        NotificationContent letter = accounts.notifyAccount(id, NotificationMode.LETTER, "it");
        assertThat(letter.username()).isEqualTo("zoe.lefevre");
        assertThat(letter.temporaryPassword()).get().asString().hasSize(8);

        accounts.activateStudent(id, letter.temporaryPassword().get().toCharArray(), birthDate,
                "Cahier-de-textes-2026".toCharArray(), null);

        long versionBeforeLogin = em.find(Account.class, id).getVersion();
        assertThat(accounts.authenticate(academyCode, "Zoe.Lefevre", "Cahier-de-textes-2026".toCharArray()))
                .get().satisfies(a -> assertThat(a.state()).isEqualTo(AccountState.IN_USE));
        assertThat(accounts.authenticate(academyCode, "zoe.lefevre", "mauvais-mot-2026".toCharArray())).isEmpty();
        Account stored = em.find(Account.class, id);
        assertThat(stored.getLastAccessAt()).as("R-ACC-6 counts a year from the last access").isNotNull();
        assertThat(stored.getVersion()).as("a sign-in does not bump the version").isEqualTo(versionBeforeLogin);
        assertThat(stored.getHistory()).extracting(e -> e.getType())
                .containsExactly(AccountEventType.CREATED, AccountEventType.NOTIFIED, AccountEventType.ACTIVATED);
        assertThat(stored.getEncryptedTemporaryPassword()).isNull();
        assertThat(stored.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");
    }

    @Test
    @DisplayName("a refused activation (wrong birth date) changes nothing: transitions are transactional")
    void failed_activation_rolls_back() {
        long id = accounts.preCreateStudentAccount(studentId, "it");
        NotificationContent letter = accounts.notifyAccount(id, NotificationMode.LETTER, "it");
        assertThatThrownBy(() -> accounts.activateStudent(id, letter.temporaryPassword().get().toCharArray(),
                birthDate.plusDays(1), "Cahier-de-textes-2026".toCharArray(), null))
                .isInstanceOf(BirthDateMismatch.class)
                .hasMessage("La date de naissance saisie ne correspond pas à celle connue de l'établissement.");
        Account stored = em.find(Account.class, id); // outside a transaction: a fresh read from the database
        assertThat(stored.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(stored.getHistory()).hasSize(2);
    }

    @Test
    @DisplayName("R-STAT-2 the dashboard counts accounts per state for the head (a guardian who refused access is not "
            + "counted, as in the guardians' synthesis), and refuses a user without a role there")
    void dashboard_figures_and_authorisation() {
        long pupilAccount = accounts.preCreateStudentAccount(studentId, "it");
        accounts.notifyAccount(pupilAccount, NotificationMode.LETTER, "it");
        accounts.preCreateGuardianAccount(guardianId, studentId, "it");
        String head = "head" + academyCode.substring(2);

        DashboardFigures figures = dashboard.figures(head, establishmentId);

        assertThat(figures.students()).isEqualTo(1);
        assertThat(figures.guardians()).as("the father refused access: only the mother counts").isEqualTo(1);
        assertThat(figures.studentAccounts()).containsAllEntriesOf(Map.of(AccountState.NOTIFIED, 1L,
                AccountState.NOT_NOTIFIED, 0L, AccountState.IN_USE, 0L));
        assertThat(figures.guardianAccounts()).containsEntry(AccountState.NOT_NOTIFIED, 1L);
        assertThatThrownBy(() -> dashboard.figures("principal.college", establishmentId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-ACC-6: the nightly expiry deletes an account notified more than 3 months ago and keeps a recent one")
    void expiry_in_the_database() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock);
        tx.begin();
        Student pupil = new Student(em.find(Establishment.class, establishmentId), "S" + academyCode, "Martin", "Malo",
                birthDate, Sex.MALE);
        em.persist(pupil);
        Account stale = Account.forStudent(pupil, Username.of("malo.martin"),
                now.minusMonths(4), "it");
        stale.notifyBy(NotificationMode.LETTER, now.minusMonths(3).minusDays(1), "it", () -> cipher.encrypt("ab3de7gh"));
        em.persist(stale);
        tx.commit();
        long fresh = accounts.preCreateStudentAccount(studentId, "it");
        accounts.notifyAccount(fresh, NotificationMode.LETTER, "it");

        long academyId = em.find(Establishment.class, establishmentId).getAcademy().getId();
        assertThat(accounts.expireDueAccounts(academyId, "it")).isEqualTo(1);

        assertThat(em.find(Account.class, stale.getId()).getState()).isEqualTo(AccountState.CLOSED);
        assertThat(em.find(Account.class, stale.getId()).getHistory()).last()
                .satisfies(e -> assertThat(e.getType()).isEqualTo(AccountEventType.EXPIRED));
        assertThat(em.find(Account.class, fresh).getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-ROLE-1: a console login is audited (who, when, what)")
    void console_login_is_audited() {
        String head = "head" + academyCode.substring(2);
        assertThat(staff.authenticate(head, "Secret-2026".toCharArray())).isPresent();
        assertThat(staff.authenticate(head, "wrong-2026".toCharArray())).isEmpty();
        assertThat(em.createQuery("SELECT e.action FROM AuditEntry e WHERE e.actor = :a", String.class)
                .setParameter("a", head).getResultList()).containsExactly("CONNEXION");
    }

    @Test
    @DisplayName("R-ACC-2: identifiers collide académie-wide and get the next order number")
    void usernames_are_numbered() throws Exception {
        tx.begin();
        Student twin = new Student(em.find(Establishment.class, establishmentId), "T" + academyCode, "Lefèvre", "Zoé",
                birthDate, Sex.FEMALE);
        em.persist(twin);
        tx.commit();
        long first = accounts.preCreateStudentAccount(studentId, "it");
        long second = accounts.preCreateStudentAccount(twin.getId(), "it");
        List<String> usernames = List.of(em.find(Account.class, first).getUsername().value(),
                em.find(Account.class, second).getUsername().value());
        assertThat(usernames).containsExactly("zoe.lefevre", "zoe.lefevre1");
    }
}
