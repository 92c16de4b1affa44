package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
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
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.InvalidEmailAddress;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.PasswordRejected;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.signin.boundary.ActivationOutcome;
import org.scolarite.signin.boundary.FirstConnection;
import org.scolarite.signin.boundary.LoginThrottle;
import org.scolarite.signin.boundary.SignIn;
import org.scolarite.signin.boundary.SignInResult;
import org.scolarite.signin.entity.LoginFailure;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * Sign-in under the throttle and the first connection ([P1] « Protection », R-PORTAL-1/2, R-ACC-4/5) on Payara against
 * the real database. Each test has its own académie, family and client address; the clock is moved through the
 * deployment's own {@link ClockProducer} and put back after each test.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("signin-it", SignInIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FirstConnection firstConnection;

    @Inject
    private ClockProducer clocks;

    private final LocalDate birthDate = LocalDate.of(2013, 4, 9);
    private String academyCode;
    private String address;
    private String pupil;
    private String pupilPassword;
    private String guardian;
    private String guardianPassword;
    private String letters;

    @BeforeEach
    void family() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        academyCode = "SI" + digits;
        address = "198.51.100." + digits;
        StringBuilder name = new StringBuilder();
        for (char c : Integer.toString(digits).toCharArray()) {
            name.append((char) ('a' + (c - '0')));
        }
        letters = name.toString();
        tx.begin();
        Academy academy = new Academy(academyCode, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        school.activateTeleservices(LocalDate.of(2026, 9, 1), "it");
        em.persist(school);
        Student child = new Student(school, "E" + digits, "Essai" + letters, "Nina", birthDate, Sex.FEMALE);
        em.persist(child);
        Guardian mother = new Guardian(school, "P" + digits, "MME", "Essai" + letters, "Rose");
        em.persist(mother);
        em.persist(new GuardianLink(child, mother, LegalRank.FIRST, "20"));
        tx.commit();
        long pupilAccount = accounts.preCreateStudentAccount(child.getId(), "it");
        NotificationContent pupilLetter = accounts.notifyAccount(pupilAccount, NotificationMode.LETTER, "it");
        pupil = pupilLetter.username();
        pupilPassword = pupilLetter.temporaryPassword().orElseThrow();
        long guardianAccount = accounts.preCreateGuardianAccount(mother.getId(), child.getId(), "it").orElseThrow();
        NotificationContent guardianLetter = accounts.notifyAccount(guardianAccount, NotificationMode.LETTER, "it");
        guardian = guardianLetter.username();
        guardianPassword = guardianLetter.temporaryPassword().orElseThrow();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("Protection: the 5th failure locks the identifier, known or not, the right password is then refused "
            + "unchecked, and the lock frees itself after 15 minutes")
    void identifier_lock_out() {
        String unknown = "inconnu." + letters;
        for (String identifier : List.of(pupil, unknown)) {
            for (int i = 1; i <= 4; i++) {
                SignInResult refused = signIn.signIn(academyCode, identifier, ("faux-" + i).toCharArray(), address);
                assertThat(refused.isAccepted()).isFalse();
                assertThat(refused.isLocked()).as(identifier + " failure " + i).isFalse();
            }
            assertThat(signIn.signIn(academyCode, identifier, "faux-5".toCharArray(), address).isLocked())
                    .as(identifier + ": locked at the 5th failure").isTrue();
        }
        SignInResult locked = signIn.signIn(academyCode, pupil, pupilPassword.toCharArray(), address);
        assertThat(locked.isAccepted()).isFalse();
        assertThat(locked.isLocked()).isTrue();
        assertThat(signIn.signIn(academyCode, " " + pupil.toUpperCase() + " ", pupilPassword.toCharArray(),
                "192.0.2.1").isLocked()).as("per identifier as typed, from any address").isTrue();

        clocks.shift(Duration.ofMinutes(14));
        assertThat(signIn.signIn(academyCode, pupil, pupilPassword.toCharArray(), address).isLocked()).isTrue();
        clocks.shift(Duration.ofMinutes(16));
        SignInResult freed = signIn.signIn(academyCode, pupil, pupilPassword.toCharArray(), address);
        assertThat(freed.isAccepted()).isTrue();
        assertThat(freed.account().orElseThrow().state()).isEqualTo(AccountState.NOTIFIED);
        assertThat(throttle.lockedUntil(pupil, "192.0.2.2")).as("a success forgets the identifier's failures").isEmpty();
    }

    @Test
    @DisplayName("Protection: 100 failures from one address lock it for every identifier; another address is not locked")
    void address_lock_out() {
        for (int i = 0; i < 99; i++) {
            throttle.recordFailure("visiteur" + i + "." + letters, address);
        }
        assertThat(signIn.signIn(academyCode, pupil, pupilPassword.toCharArray(), address).isAccepted())
                .as("99 failures: still open, and a success does not forget the address's failures").isTrue();
        throttle.recordFailure("visiteur.dernier." + letters, address);
        assertThat(signIn.signIn(academyCode, guardian, guardianPassword.toCharArray(), address).isLocked()).isTrue();
        assertThat(signIn.signIn(academyCode, guardian, guardianPassword.toCharArray(), address + "1").isAccepted())
                .isTrue();
    }

    @Test
    @DisplayName("Protection: the purge deletes failures older than a day and keeps recent ones; only digests are stored")
    void purge_and_digests() {
        throttle.recordFailure(pupil, address);
        clocks.shift(Duration.ofHours(25));
        throttle.recordFailure(pupil, address);
        assertThat(throttle.purge()).isGreaterThanOrEqualTo(2);
        List<LoginFailure> kept = em.createQuery("SELECT f FROM LoginFailure f WHERE f.keyDigest IN :d",
                        LoginFailure.class)
                .setParameter("d", List.of(LoginFailure.digest(org.scolarite.signin.entity.FailureScope.IDENTIFIER, pupil),
                        LoginFailure.digest(org.scolarite.signin.entity.FailureScope.ADDRESS, address)))
                .getResultList();
        assertThat(kept).hasSize(2);
        assertThat(kept).extracting(LoginFailure::getKeyDigest).doesNotContain(pupil, address);
    }

    @Test
    @DisplayName("R-ACC-4: a wrong birth date is recorded in the history and counted; the right one activates the pupil "
            + "(« Utilisé ») with the optional e-mail, whose validation link is queued")
    void pupil_first_connection() {
        char[] password = "Cahier2026".toCharArray();
        assertThat(firstConnection.activate(academyCode, pupil, birthDate.plusDays(1), password, null, address))
                .isEqualTo(ActivationOutcome.BIRTH_DATE_REFUSED);
        Account refused = account(pupil);
        assertThat(refused.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(refused.getHistory()).extracting(AccountEvent::getType).last()
                .isEqualTo(AccountEventType.BIRTH_DATE_REFUSED);

        String email = pupil + "@example.org";
        assertThat(firstConnection.activate(academyCode, pupil, birthDate, password, email, address))
                .isEqualTo(ActivationOutcome.IN_USE);
        Account active = account(pupil);
        assertThat(active.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(active.getEmail()).isEqualTo(email);
        assertThat(active.isEmailValidated()).isFalse();
        assertThat(mailsTo(email)).singleElement().satisfies(m -> assertThat(m.getTextBody())
                .contains("validation.xhtml?token="));
        assertThat(signIn.signIn(academyCode, pupil, password, address).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-4/5: five wrong birth dates lock the identifier: the sixth attempt is refused unchecked, "
            + "even with the right date")
    void birth_date_guessing_is_throttled() {
        for (int i = 1; i <= 4; i++) {
            assertThat(firstConnection.activate(academyCode, guardian, birthDate.plusDays(i), "Cantine2026".toCharArray(),
                    "rose@example.org", address)).isEqualTo(ActivationOutcome.BIRTH_DATE_REFUSED);
        }
        assertThat(firstConnection.activate(academyCode, guardian, birthDate.plusDays(5), "Cantine2026".toCharArray(),
                "rose@example.org", address)).isEqualTo(ActivationOutcome.LOCKED);
        assertThat(firstConnection.activate(academyCode, guardian, birthDate, "Cantine2026".toCharArray(),
                "rose@example.org", address)).isEqualTo(ActivationOutcome.LOCKED);
        assertThat(account(guardian).getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account(guardian).getHistory()).filteredOn(e -> e.getType() == AccountEventType.BIRTH_DATE_REFUSED)
                .hasSize(5);
    }

    @Test
    @DisplayName("R-ACC-5, R-PORTAL-2: a weak password or a missing e-mail changes nothing and counts nothing; the "
            + "guardian then becomes « En cours d'activation » with the link e-mailed, corrects the address: a new link "
            + "goes there and only it validates")
    void guardian_first_connection() {
        assertThat(firstConnection.view(academyCode, guardian).email()).isNull();
        assertThatThrownBy(() -> firstConnection.activate(academyCode, guardian, birthDate, "faible".toCharArray(),
                "rose@example.org", address)).isInstanceOf(PasswordRejected.class);
        assertThatThrownBy(() -> firstConnection.activate(academyCode, guardian, birthDate, "Cantine2026".toCharArray(),
                " ", address)).isInstanceOf(InvalidEmailAddress.class);
        assertThat(account(guardian).getHistory()).hasSize(2);
        assertThat(throttle.lockedUntil(guardian, address)).isEmpty();

        String first = "rose." + letters + "@example.org";
        assertThat(firstConnection.activate(academyCode, guardian, birthDate, "Cantine2026".toCharArray(), first,
                address)).isEqualTo(ActivationOutcome.AWAITING_VALIDATION);
        assertThat(account(guardian).getState()).isEqualTo(AccountState.ACTIVATING);
        assertThat(firstConnection.view(academyCode, guardian).email()).isEqualTo(first);
        assertThat(mailsTo(first)).hasSize(1);

        String corrected = "rose.corrigee." + letters + "@example.org";
        assertThat(firstConnection.resendValidation(academyCode, guardian, corrected)).isEqualTo(corrected);
        assertThat(mailsTo(corrected)).hasSize(1);
        assertThat(firstConnection.resendValidation(academyCode, guardian, corrected))
                .as("the same address: a new link, no correction").isEqualTo(corrected);
        assertThat(mailsTo(corrected)).hasSize(2);
        assertThat(account(guardian).getHistory()).extracting(AccountEvent::getType).endsWith(
                AccountEventType.ACTIVATED, AccountEventType.VALIDATION_SENT, AccountEventType.EMAIL_CORRECTED,
                AccountEventType.VALIDATION_SENT, AccountEventType.VALIDATION_SENT);
        assertThat(signIn.signIn(academyCode, guardian, "Cantine2026".toCharArray(), address).account().orElseThrow()
                .state()).isEqualTo(AccountState.ACTIVATING);
    }

    private Account account(String username) {
        return accounts.findByUsername(academyCode, username).orElseThrow();
    }

    private List<OutboxMessage> mailsTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :r", OutboxMessage.class)
                .setParameter("r", recipient).getResultList();
    }
}
