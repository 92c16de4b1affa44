package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
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
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The nightly housekeeping's steps (R-JOB-1) at their boundaries, on Payara against the real database, through the
 * boundary services its batchlets call. Each test builds an académie of its own: the expiry runs per académie, so that
 * moving the application clock a year ahead deletes nothing of the demo data or of other tests.
 */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    /** The actor the batchlets give (CountingBatchlet.ACTOR, in the batch module). */
    private static final String NIGHT = "traitement de nuit";
    private static final LocalDate BIRTH = LocalDate.of(2012, 2, 29);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("housekeeping-it", HousekeepingIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private EmailValidation validation;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private long academyId;
    private Establishment school;
    private int digits;

    @BeforeEach
    void academyOfItsOwn() throws Exception {
        digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        tx.begin();
        Academy academy = new Academy("HK" + digits, "Académie du ménage " + digits, "http://localhost/");
        em.persist(academy);
        school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE, "Collège " + digits);
        school.activateTeleservices(LocalDate.now(clock).minusYears(2), "it");
        em.persist(school);
        tx.commit();
        academyId = academy.getId();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("R-ACC-6, R-JOB-1: notified on D and not activated: still there at D+3 months −1 day, deleted at D+3 months by « traitement de nuit »")
    void not_activated_expires_three_months_after_notification() throws Exception {
        LocalDateTime notified = LocalDateTime.now(clock);
        long id = persist(pupilAccount("malo", notified));

        moveTo(notified.plusMonths(3).minusDays(1));
        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).isZero();
        assertThat(em.find(Account.class, id).getState()).isEqualTo(AccountState.NOTIFIED);

        moveTo(notified.plusMonths(3));
        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).isEqualTo(1);
        assertExpiredByTheNight(id, AccountState.NOTIFIED);

        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).as("idempotent: a second run changes nothing")
                .isZero();
        assertThat(em.find(Account.class, id).getHistory()).hasSize(3);
    }

    @Test
    @DisplayName("R-ACC-6, R-JOB-1: in use, last access on D: kept at D+1 year −1 day, deleted at D+1 year by « traitement de nuit »")
    void unused_for_a_year_expires() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock);
        Account account = pupilAccount("ines", now.minusDays(20));
        account.activateAsStudent(BIRTH, "hash-not-used", null, now.minusDays(10));
        account.recordLogin(now);
        long id = persist(account);

        moveTo(now.plusYears(1).minusDays(1));
        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).isZero();
        assertThat(em.find(Account.class, id).getState()).isEqualTo(AccountState.IN_USE);

        moveTo(now.plusYears(1));
        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).isEqualTo(1);
        assertExpiredByTheNight(id, AccountState.IN_USE);
    }

    @Test
    @DisplayName("R-ACC-6: the expiry of one académie leaves another académie's due accounts alone")
    void expiry_is_per_academy() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock);
        long due = persist(pupilAccount("paul", now.minusMonths(4)));
        long otherAcademy;
        tx.begin();
        Academy other = new Academy("HO" + digits, "Autre académie " + digits, "http://localhost/");
        em.persist(other);
        tx.commit();
        otherAcademy = other.getId();

        assertThat(accounts.expireDueAccounts(otherAcademy, NIGHT)).isZero();
        assertThat(em.find(Account.class, due).getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(accounts.academyIds()).contains(academyId, otherAcademy);
        assertThat(accounts.expireDueAccounts(academyId, NIGHT)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-JOB-1: links spent or expired for more than a day are purged, valid ones and those of today kept; a purged link still reads « lien invalide »")
    void dead_links_purged() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock);
        SecureRandom random = new SecureRandom();
        tx.begin();
        Account account = guardianAccount(now.minusMonths(5));
        em.persist(account);
        // Reset links (one week, no end-of-month clamping) for the expiries to the hour.
        AccountToken.Issued expiredTwoDaysAgo = issue(account, TokenPurpose.RESET_PASSWORD,
                now.minusWeeks(1).minusDays(2), random);
        AccountToken.Issued expiredAnHourAgo = issue(account, TokenPurpose.RESET_PASSWORD,
                now.minusWeeks(1).minusHours(1), random);
        AccountToken.Issued spentTwoDaysAgo = issue(account, TokenPurpose.VALIDATE_EMAIL, now.minusDays(10), random);
        spentTwoDaysAgo.token().use(now.minusDays(2));
        AccountToken.Issued spentAnHourAgo = issue(account, TokenPurpose.VALIDATE_EMAIL, now.minusDays(10), random);
        spentAnHourAgo.token().use(now.minusHours(1));
        AccountToken.Issued valid = issue(account, TokenPurpose.VALIDATE_EMAIL, now.minusDays(1), random);
        tx.commit();

        assertThat(accounts.purgeDeadLinks()).isGreaterThanOrEqualTo(2);

        assertThat(exists(expiredTwoDaysAgo)).isFalse();
        assertThat(exists(spentTwoDaysAgo)).isFalse();
        assertThat(exists(expiredAnHourAgo)).as("expired less than a day ago").isTrue();
        assertThat(exists(spentAnHourAgo)).as("spent less than a day ago").isTrue();
        assertThat(exists(valid)).isTrue();
        assertThat(accounts.purgeDeadLinks()).as("idempotent").isZero();
        assertThatThrownBy(() -> validation.validate(spentTwoDaysAgo.secret())).isInstanceOf(InvalidLink.class)
                .hasMessage(new InvalidLink(TokenPurpose.VALIDATE_EMAIL).getMessage())
                .hasMessageContaining("n’est pas valide");
    }

    private void assertExpiredByTheNight(long id, AccountState before) {
        Account expired = em.find(Account.class, id);
        assertThat(expired.getState()).isEqualTo(AccountState.CLOSED);
        AccountEvent last = expired.getHistory().get(expired.getHistory().size() - 1);
        assertThat(last.getType()).isEqualTo(AccountEventType.EXPIRED);
        assertThat(last.getActor()).isEqualTo(NIGHT);
        assertThat(last.getFromState()).isEqualTo(before);
    }

    /** Moves the application clock so that it reads {@code when} (to the second, give or take the test's pace). */
    private void moveTo(LocalDateTime when) {
        clocks.shift(Duration.ZERO);
        clocks.shift(Duration.between(ZonedDateTime.now(clock), when.atZone(clock.getZone())));
    }

    private Account pupilAccount(String firstName, LocalDateTime notified) throws Exception {
        tx.begin();
        Student pupil = new Student(em.merge(school), "E" + firstName + digits, "Martin", firstName, BIRTH, Sex.MALE);
        em.persist(pupil);
        tx.commit();
        Account account = Account.forStudent(pupil, Username.of(firstName + ".martin"), notified.minusDays(1), "it");
        account.notifyBy(NotificationMode.LETTER, notified, "it", () -> "chiffre");
        return account;
    }

    private Account guardianAccount(LocalDateTime notified) {
        Establishment here = em.merge(school);
        Student child = new Student(here, "C" + digits, "Durand", "Léo", BIRTH, Sex.MALE);
        em.persist(child);
        Guardian mother = new Guardian(here, "G" + digits, "MME", "Durand", "Claire");
        em.persist(mother);
        em.persist(new GuardianLink(child, mother, LegalRank.FIRST, "10"));
        Account account = Account.forGuardian(mother, child, Username.of("claire.durand"), notified.minusDays(1), "it");
        account.notifyBy(NotificationMode.LETTER, notified, "it", () -> "chiffre");
        return account;
    }

    private AccountToken.Issued issue(Account account, TokenPurpose purpose, LocalDateTime at, SecureRandom random) {
        AccountToken.Issued issued = AccountToken.issue(account, purpose,
                "claire" + digits + "@example.org", at, random);
        em.persist(issued.token());
        return issued;
    }

    private boolean exists(AccountToken.Issued issued) {
        return em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.tokenHash = :h", Long.class)
                .setParameter("h", AccountToken.hash(issued.secret())).getSingleResult() > 0;
    }

    private long persist(Account account) throws Exception {
        tx.begin();
        em.persist(account);
        tx.commit();
        return account.getId();
    }
}
