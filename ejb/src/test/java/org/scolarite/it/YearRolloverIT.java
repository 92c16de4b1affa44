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
import java.time.ZonedDateTime;
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
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.boundary.EstablishmentForecast;
import org.scolarite.structure.boundary.RolloverPreview;
import org.scolarite.structure.boundary.YearRollover;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.RolloverRefused;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.Uai;

/**
 * « Bascule d'année » on Payara against the real database: the dry run writes nothing, the commit creates the next
 * year once, and the nightly housekeeping then continues the activated accounts from the rentrée on (R-ACC-7,
 * R-JOB-1). Each test builds an académie of its own, with its current year, so that creating the next year (and moving
 * the clock to its rentrée) changes nothing for the demo académie or the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class YearRolloverIT {

    private static final String NIGHT = "traitement de nuit";
    private static final LocalDate BIRTH = LocalDate.of(2013, 6, 1);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("year-rollover-it", YearRolloverIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private YearRollover rollover;

    @Inject
    private AccountService accounts;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private long academyId;
    private long schoolId;
    private String admin;
    private String head;
    private int nextYear;
    private LocalDate rentree;
    private LocalDate end;
    private long inUseId;
    private long notifiedId;
    private LocalDate notifiedOn;

    /**
     * An académie with its year under way, one collège (three pupils, one of whom left, one division), a pupil account
     * « Utilisé » and one notified but not activated.
     */
    @BeforeEach
    void academyWithItsCurrentYear() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        LocalDate today = LocalDate.now(clock);
        int currentYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        nextYear = currentYear + 1;
        rentree = LocalDate.of(nextYear, 9, 1);
        end = LocalDate.of(nextYear + 1, 7, 4);
        LocalDateTime now = LocalDateTime.now(clock);
        notifiedOn = today.minusDays(5);
        tx.begin();
        Academy academy = new Academy("YR" + digits, "Académie de la bascule " + digits, "http://localhost/");
        em.persist(academy);
        em.persist(new SchoolYear(academy, currentYear, LocalDate.of(currentYear, 9, 1),
                LocalDate.of(currentYear + 1, 7, 3)));
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège de la bascule " + digits);
        school.activateTeleservices(today.minusYears(1), "it");
        em.persist(school);
        em.persist(new Division(school, "6A", "6e A"));
        Student lea = pupil(school, "lea", digits);
        Student tom = pupil(school, "tom", digits);
        pupil(school, "ugo", digits).leave(today.minusDays(1));
        Account inUse = Account.forStudent(lea, Username.of("lea.bascule"), now.minusMonths(2), "it");
        inUse.notifyBy(NotificationMode.LETTER, now.minusMonths(2), "it", () -> "chiffre");
        inUse.activateAsStudent(BIRTH, "hash-not-used", null, now.minusMonths(1));
        em.persist(inUse);
        Account notified = Account.forStudent(tom, Username.of("tom.bascule"), now.minusDays(6), "it");
        notified.notifyBy(NotificationMode.LETTER, notifiedOn.atTime(10, 0), "it", () -> "chiffre");
        em.persist(notified);
        StaffUser administrator = new StaffUser("rectorat" + digits, "not-used-to-log-in", "Rectorat", null);
        administrator.grantAcademy(academy);
        em.persist(administrator);
        StaffUser principal = new StaffUser("principal" + digits, "not-used-to-log-in", "Principal", null);
        principal.grant(StaffRole.HEAD, school);
        em.persist(principal);
        tx.commit();
        academyId = academy.getId();
        schoolId = school.getId();
        admin = administrator.getUsername();
        head = principal.getUsername();
        inUseId = inUse.getId();
        notifiedId = notified.getId();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("bascule: the dry run reports the new year and, per establishment, pupils, divisions, continuing (R-ACC-7) and expiring (R-ACC-6) accounts and open services — and writes nothing")
    void preview_reports_and_writes_nothing() {
        List<Long> before = rowCounts();

        RolloverPreview preview = rollover.preview(admin, nextYear, rentree, end);

        assertThat(rowCounts()).as("school years, audit, accounts, history, students, divisions").isEqualTo(before);
        assertThat(preview.year()).isEqualTo(nextYear + "-" + (nextYear + 1));
        assertThat(preview.currentYear()).isEqualTo((nextYear - 1) + "-" + nextYear);
        assertThat(preview.establishments()).singleElement().satisfies(school -> {
            assertThat(school.establishmentId()).isEqualTo(schoolId);
            assertThat(school.pupils()).as("the pupil who left is not counted").isEqualTo(2);
            assertThat(school.divisions()).isEqualTo(1);
            assertThat(school.continuingAccounts()).isEqualTo(1);
            assertThat(school.pendingAccounts()).isEqualTo(1);
            assertThat(school.firstExpiry()).isEqualTo(notifiedOn.plusMonths(3));
            assertThat(school.lastExpiry()).isEqualTo(notifiedOn.plusMonths(3));
            assertThat(school.openServices()).as("services stay open").isPositive();
        });
        assertThat(preview.continuingAccounts()).isEqualTo(1);
        assertThat(schoolYears()).containsExactly(nextYear - 1);
    }

    @Test
    @DisplayName("bascule: only académie administrators may simulate or validate it")
    void academy_administrators_only() {
        assertThatThrownBy(() -> rollover.preview(head, nextYear, rentree, end))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rollover.commit(head, nextYear, rentree, end))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(schoolYears()).containsExactly(nextYear - 1);
    }

    @Test
    @DisplayName("bascule: the commit creates the next year, audited; a second commit, a year that does not follow, or inconsistent dates are refused in French")
    void commit_once() {
        assertThatThrownBy(() -> rollover.commit(admin, nextYear + 1, rentree.plusYears(1), end.plusYears(1)))
                .isInstanceOfSatisfying(RolloverRefused.class, e -> assertThat(e.field()).isEqualTo("year"))
                .hasMessageContaining("ne suit pas");
        assertThatThrownBy(() -> rollover.commit(admin, nextYear, end, rentree))
                .isInstanceOf(RolloverRefused.class);
        assertThat(schoolYears()).containsExactly(nextYear - 1);

        assertThat(rollover.commit(admin, nextYear, rentree, end)).isEqualTo(nextYear + "-" + (nextYear + 1));

        assertThat(schoolYears()).containsExactly(nextYear - 1, nextYear);
        assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = :u AND a.action = 'BASCULE_ANNEE'",
                Long.class).setParameter("u", admin).getSingleResult()).isEqualTo(1);
        assertThatThrownBy(() -> rollover.commit(admin, nextYear, rentree, end))
                .isInstanceOfSatisfying(RolloverRefused.class, e -> assertThat(e.field()).isEqualTo("year"))
                .hasMessageContaining("existe déjà");
        assertThatThrownBy(() -> rollover.preview(admin, nextYear, rentree, end)).isInstanceOf(RolloverRefused.class);
        assertThat(schoolYears()).containsExactly(nextYear - 1, nextYear);
    }

    @Test
    @DisplayName("R-ACC-7, R-JOB-1: after the commit, the housekeeping continues the account « Utilisé » from the rentrée on — not the day before, once — by « traitement de nuit »; identifier and password kept")
    void continuity_applied_by_the_housekeeping_from_the_rentree() {
        rollover.commit(admin, nextYear, rentree, end);
        Account before = em.find(Account.class, inUseId);

        moveTo(rentree.minusDays(1).atTime(12, 0));
        assertThat(accounts.applyYearRollover(academyId, NIGHT)).isZero();

        moveTo(rentree.atTime(2, 30));
        assertThat(accounts.applyYearRollover(academyId, NIGHT)).isEqualTo(1);
        assertThat(accounts.applyYearRollover(academyId, NIGHT)).as("idempotent").isZero();

        Account continued = em.find(Account.class, inUseId);
        assertThat(continued.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(continued.getUsername()).isEqualTo(before.getUsername());
        assertThat(continued.getPasswordHash()).isEqualTo("hash-not-used");
        assertThat(continued.getContinuitySince()).isEqualTo(rentree);
        AccountEvent last = continued.getHistory().get(continued.getHistory().size() - 1);
        assertThat(last.getType()).isEqualTo(AccountEventType.CONTINUED);
        assertThat(last.getActor()).isEqualTo(NIGHT);
        assertThat(em.find(Account.class, notifiedId).getContinuitySince()).isNull();
    }

    private Student pupil(Establishment school, String firstName, int digits) {
        Student pupil = new Student(school, "E" + firstName + digits, "Bascule", firstName, BIRTH, Sex.FEMALE);
        em.persist(pupil);
        return pupil;
    }

    private void moveTo(LocalDateTime when) {
        clocks.shift(Duration.ZERO);
        clocks.shift(Duration.between(ZonedDateTime.now(clock), when.atZone(clock.getZone())));
    }

    private List<Integer> schoolYears() {
        return em.createQuery("SELECT y.startYear FROM SchoolYear y WHERE y.academy.id = :a ORDER BY y.startYear",
                Integer.class).setParameter("a", academyId).getResultList();
    }

    private List<Long> rowCounts() {
        return List.of("SchoolYear", "AuditEntry", "Account", "AccountEvent", "Student", "Division").stream()
                .map(entity -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult())
                .toList();
    }
}
