package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountRegrouping;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.GuardianCoupleRow;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.boundary.RegroupingResult;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.RegroupingRefused;
import org.scolarite.signin.boundary.LoginThrottle;
import org.scolarite.signin.entity.ThrottlePolicy;
import org.scolarite.account.entity.RegroupingRefused.Reason;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * R-PORTAL-8 on Payara against the real database: a mother with a child in a collège and another in a lycée of her own
 * académie (one account each, R-ACC-1) regroups them from the collège's account. Each test builds its own académie.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRegroupingIT {

    private static final String CHOSEN = "Cartable-2026";
    private static final String CHOSEN_OTHER = "Trousse-2027";
    /** The client address the portal passes: each test its own, so that the per-address throttle never mixes them. */
    private static final String ADDRESS = "192.0.2." + (1 + new java.util.Random().nextInt(250));

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("regrouping-it", AccountRegroupingIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountRegrouping regrouping;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountDirectory directory;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    private String academy;
    private String head;
    private long lyceeId;
    private long collegeAccount;
    private long lyceeAccount;
    private String collegeUsername;
    private String lyceeUsername;
    private String lyceeTemporaryPassword;
    private long pupilAccount;
    private String pupilUsername;
    private String pupilTemporaryPassword;
    private long leaId;
    private long hugoId;
    private long motherAtLyceeId;

    /**
     * Every test builds the same family in an académie of its own, so the identifiers repeat; the throttle counts
     * identifiers as typed (one portal, one académie), so the failures one test provokes must not lock the next.
     */
    @AfterEach
    void forgetFailedAttempts() {
        throttle.forgetFailures(collegeUsername);
        throttle.forgetFailures(lyceeUsername);
    }

    @BeforeEach
    void motherWithAChildInEachSchool() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        academy = "RG" + digits;
        head = "head.rg" + digits;
        tx.begin();
        Academy a = new Academy(academy, "Académie de regroupement " + digits, "http://localhost/");
        em.persist(a);
        Establishment college = school(a, digits, EstablishmentKind.COLLEGE, "Collège du Parc");
        Establishment lycee = school(a, digits + 1, EstablishmentKind.LYCEE, "Lycée du Port");
        Student lea = new Student(college, "L" + digits, "Martel", "Léa", LocalDate.of(2013, 2, 3), Sex.FEMALE);
        Student hugo = new Student(lycee, "H" + digits, "Martel", "Hugo", LocalDate.of(2009, 7, 8), Sex.MALE);
        em.persist(lea);
        em.persist(hugo);
        // One person, two records: each establishment's file knows the mother on its own.
        Guardian motherAtCollege = new Guardian(college, "MC" + digits, "MME", "Martel", "Inès");
        Guardian motherAtLycee = new Guardian(lycee, "ML" + digits, "MME", "Martel", "Inès");
        em.persist(motherAtCollege);
        em.persist(motherAtLycee);
        em.persist(new GuardianLink(lea, motherAtCollege, LegalRank.FIRST, "20"));
        em.persist(new GuardianLink(hugo, motherAtLycee, LegalRank.FIRST, "20"));
        StaffUser staff = new StaffUser(head, hashing.hash("Secret-2026".toCharArray()), "Chef", null);
        staff.grant(StaffRole.HEAD, college);
        staff.grant(StaffRole.HEAD, lycee);
        em.persist(staff);
        tx.commit();
        lyceeId = lycee.getId();
        leaId = lea.getId();
        hugoId = hugo.getId();
        motherAtLyceeId = motherAtLycee.getId();

        collegeAccount = accounts.preCreateGuardianAccount(motherAtCollege.getId(), leaId, "it").orElseThrow();
        NotificationContent letter = accounts.notifyAccount(collegeAccount, NotificationMode.LETTER, "it");
        collegeUsername = letter.username();
        accounts.activateGuardian(collegeAccount, letter.temporaryPassword().orElseThrow().toCharArray(),
                lea.getBirthDate(), "ines.martel@example.org", CHOSEN.toCharArray());
        accounts.validateEmail(collegeAccount);

        lyceeAccount = accounts.preCreateGuardianAccount(motherAtLyceeId, hugoId, "it").orElseThrow();
        NotificationContent lyceeLetter = accounts.notifyAccount(lyceeAccount, NotificationMode.LETTER, "it");
        lyceeUsername = lyceeLetter.username();
        lyceeTemporaryPassword = lyceeLetter.temporaryPassword().orElseThrow();

        pupilAccount = accounts.preCreateStudentAccount(hugoId, "it");
        NotificationContent pupilLetter = accounts.notifyAccount(pupilAccount, NotificationMode.LETTER, "it");
        pupilUsername = pupilLetter.username();
        pupilTemporaryPassword = pupilLetter.temporaryPassword().orElseThrow();
    }

    @Test
    @DisplayName("R-PORTAL-8: the lycée account (temporary password) is regrouped into the collège one: Hugo moves, the other account is deleted, history on both sides")
    void regroupsAcrossTwoEstablishments() {
        RegroupingResult result = regrouping.regroup(academy, collegeUsername, lyceeUsername.toUpperCase(),
                lyceeTemporaryPassword.toCharArray(), ADDRESS);

        assertThat(result.repeated()).isFalse();
        assertThat(result.keptUsername()).isEqualTo(collegeUsername);
        assertThat(result.absorbedUsername()).isEqualTo(lyceeUsername);
        assertThat(result.movedChildren()).containsExactly("MARTEL Hugo");
        Account kept = em.find(Account.class, collegeAccount);
        assertThat(kept.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(kept.studentsOpenOn(LocalDate.now(clock))).extracting(Student::getId)
                .containsExactlyInAnyOrder(leaId, hugoId);
        assertThat(kept.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CHILDREN_RECEIVED);
            assertThat(event.getDetail()).contains(lyceeUsername).contains("MARTEL Hugo");
        });
        Account deleted = em.find(Account.class, lyceeAccount);
        assertThat(deleted.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(deleted.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.MERGED_INTO);
            assertThat(event.getDetail()).contains(collegeUsername);
        });
        assertThat(deleted.getEncryptedTemporaryPassword()).isNull();
        assertThat(rows("SELECT COUNT(*) FROM account_student WHERE account_id = ?1", lyceeAccount))
                .as("no access row left on the deleted account").isZero();
        assertThat(accounts.authenticate(academy, lyceeUsername, lyceeTemporaryPassword.toCharArray())).isEmpty();
        assertThat(accounts.authenticate(academy, collegeUsername, CHOSEN.toCharArray())).isPresent();

        // The lycée's console shows Hugo's mother with the kept account, « Utilisé » (not « Non notifié »).
        List<GuardianCoupleRow> lyceeRows = directory.guardianCouples(head, lyceeId, AccountFilter.division(null), 0, 10);
        assertThat(lyceeRows).singleElement().satisfies(row -> {
            assertThat(row.guardianId()).isEqualTo(motherAtLyceeId);
            assertThat(row.accountId()).isEqualTo(collegeAccount);
            assertThat(row.username()).isEqualTo(collegeUsername);
            assertThat(row.state()).isEqualTo(AccountState.IN_USE);
        });
    }

    @Test
    @DisplayName("R-PORTAL-8: an account « Utilisé » is regrouped with its chosen password, not its old temporary one")
    void chosenPasswordOfAnAccountInUse() {
        accounts.activateGuardian(lyceeAccount, lyceeTemporaryPassword.toCharArray(), LocalDate.of(2009, 7, 8),
                "ines.martel@example.org", CHOSEN_OTHER.toCharArray());
        accounts.validateEmail(lyceeAccount);

        assertRefused(() -> regrouping.regroup(academy, collegeUsername, lyceeUsername,
                lyceeTemporaryPassword.toCharArray(), ADDRESS), Reason.WRONG_CREDENTIALS);
        RegroupingResult result = regrouping.regroup(academy, collegeUsername, lyceeUsername,
                CHOSEN_OTHER.toCharArray(), ADDRESS);

        assertThat(result.movedChildren()).containsExactly("MARTEL Hugo");
        assertThat(em.find(Account.class, lyceeAccount).getState()).isEqualTo(AccountState.CLOSED);
    }

    @Test
    @DisplayName("R-PORTAL-8: wrong password, unknown identifier, another académie's account and a deleted account: one answer, nothing changed")
    void wrongCredentialsInEveryForm() throws Exception {
        String elsewhere = otherAcademyAccountUsername();
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, lyceeUsername, "mauvais1".toCharArray(), ADDRESS),
                Reason.WRONG_CREDENTIALS);
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, "personne.inconnue", "mauvais1".toCharArray(), ADDRESS),
                Reason.WRONG_CREDENTIALS);
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, "pas un identifiant !", "x".toCharArray(), ADDRESS),
                Reason.WRONG_CREDENTIALS);
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, elsewhere, "Ailleurs-2026".toCharArray(), ADDRESS),
                Reason.WRONG_CREDENTIALS);
        assertNothingChanged();

        accounts.replaceAccount(lyceeAccount, hugoId, NotificationMode.LETTER, "it"); // closes the lycée account
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, lyceeUsername,
                lyceeTemporaryPassword.toCharArray(), ADDRESS), Reason.WRONG_CREDENTIALS);
        assertThat(events(collegeAccount)).noneMatch(e -> e.getType() == AccountEventType.CHILDREN_RECEIVED);
    }

    @Test
    @DisplayName("R-PORTAL-1, R-PORTAL-8: wrong passwords typed for regrouping count in the login throttle; once locked, even the right one is refused unchecked")
    void failedRegroupingsAreThrottled() {
        for (int attempt = 0; attempt < ThrottlePolicy.PER_IDENTIFIER.maxFailures(); attempt++) {
            char[] wrong = ("mauvais" + attempt).toCharArray();
            assertRefused(() -> regrouping.regroup(academy, collegeUsername, lyceeUsername, wrong, ADDRESS),
                    Reason.WRONG_CREDENTIALS);
        }

        assertRefused(() -> regrouping.regroup(academy, collegeUsername, lyceeUsername,
                lyceeTemporaryPassword.toCharArray(), ADDRESS), Reason.TOO_MANY_ATTEMPTS);
        assertThat(throttle.lockedUntil(lyceeUsername, "198.51.100.7")).as("the sign-in is locked too").isPresent();
        assertNothingChanged();
    }

    @Test
    @DisplayName("R-PORTAL-8: the same account, a pupil's account, and a pupil regrouping are refused with their own message; nothing changed")
    void refusalsWithTheirOwnMessage() {
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, collegeUsername, CHOSEN.toCharArray(), ADDRESS),
                Reason.SAME_ACCOUNT);
        assertRefused(() -> regrouping.regroup(academy, collegeUsername, pupilUsername,
                pupilTemporaryPassword.toCharArray(), ADDRESS), Reason.STUDENT_ACCOUNT);
        assertRefused(() -> regrouping.regroup(academy, pupilUsername, lyceeUsername,
                lyceeTemporaryPassword.toCharArray(), ADDRESS), Reason.CURRENT_NOT_GUARDIAN);
        assertNothingChanged();
        assertThat(em.find(Account.class, pupilAccount).getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-PORTAL-8: submitting the same regrouping again answers the same and regroups once")
    void doubleSubmissionRegroupsOnce() {
        regrouping.regroup(academy, collegeUsername, lyceeUsername, lyceeTemporaryPassword.toCharArray(), ADDRESS);
        int keptEvents = events(collegeAccount).size();
        int deletedEvents = events(lyceeAccount).size();

        RegroupingResult again = regrouping.regroup(academy, collegeUsername, lyceeUsername,
                lyceeTemporaryPassword.toCharArray(), ADDRESS);

        assertThat(again.repeated()).isTrue();
        assertThat(events(collegeAccount)).hasSize(keptEvents);
        assertThat(events(lyceeAccount)).hasSize(deletedEvents);
        assertThat(rows("SELECT COUNT(*) FROM account_student WHERE account_id = ?1", collegeAccount)).isEqualTo(2);
    }

    @Test
    @DisplayName("R-PORTAL-8: two submissions at the same time: both rows locked, one regrouping, the other answers it was done")
    void concurrentSubmissionsRegroupOnce() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<RegroupingResult> first = CompletableFuture.supplyAsync(() -> regrouping.regroup(academy,
                    collegeUsername, lyceeUsername, lyceeTemporaryPassword.toCharArray(), ADDRESS), two);
            CompletableFuture<RegroupingResult> second = CompletableFuture.supplyAsync(() -> regrouping.regroup(academy,
                    collegeUsername, lyceeUsername, lyceeTemporaryPassword.toCharArray(), ADDRESS), two);
            List<RegroupingResult> results = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

            assertThat(results).filteredOn(RegroupingResult::repeated).hasSize(1);
        } finally {
            two.shutdownNow();
        }
        assertThat(events(collegeAccount)).filteredOn(e -> e.getType() == AccountEventType.CHILDREN_RECEIVED)
                .hasSize(1);
        assertThat(rows("SELECT COUNT(*) FROM account_student WHERE account_id = ?1", collegeAccount)).isEqualTo(2);
    }

    private void assertNothingChanged() {
        assertThat(em.find(Account.class, lyceeAccount).getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(em.find(Account.class, collegeAccount).getState()).isEqualTo(AccountState.IN_USE);
        assertThat(rows("SELECT COUNT(*) FROM account_student WHERE account_id = ?1", lyceeAccount)).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM account_student WHERE account_id = ?1", collegeAccount)).isEqualTo(1);
        assertThat(events(collegeAccount)).noneMatch(e -> e.getType() == AccountEventType.CHILDREN_RECEIVED);
        assertThat(events(lyceeAccount)).noneMatch(e -> e.getType() == AccountEventType.MERGED_INTO);
    }

    /** An account « Notifié » in another académie, whose identifier does not exist in this one. */
    private String otherAcademyAccountUsername() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        tx.begin();
        Academy other = new Academy("AI" + digits, "Autre académie " + digits, "http://localhost/");
        em.persist(other);
        Establishment school = school(other, digits, EstablishmentKind.COLLEGE, "Collège d'ailleurs");
        Student child = new Student(school, "A" + digits, "Loin", "Tom", LocalDate.of(2012, 1, 1), Sex.MALE);
        em.persist(child);
        Guardian father = new Guardian(school, "F" + digits, "M", "Lointain", "Yves" + (char) ('a' + digits % 26));
        em.persist(father);
        em.persist(new GuardianLink(child, father, LegalRank.FIRST, "10"));
        tx.commit();
        long id = accounts.preCreateGuardianAccount(father.getId(), child.getId(), "it").orElseThrow();
        return accounts.notifyAccount(id, NotificationMode.LETTER, "it").username();
    }

    private Establishment school(Academy academy, int digits, EstablishmentKind kind, String name) {
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), kind, name);
        school.activateTeleservices(LocalDate.of(2026, 9, 1), "it");
        em.persist(school);
        return school;
    }

    private List<AccountEvent> events(long accountId) {
        return em.createQuery("SELECT e FROM AccountEvent e WHERE e.account.id = :a ORDER BY e.id", AccountEvent.class)
                .setParameter("a", accountId).getResultList();
    }

    private long rows(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegroupingRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
