package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.GuardianCoupleRow;
import org.scolarite.account.boundary.StudentAccountRow;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The console's lists of couples and pupils (R-MASS-1, R-MASS-2, R-IND-1) on the real database: filters, the state
 * as shown, the contact column, paging and the role check.
 */
@ExtendWith(ArquillianExtension.class)
class AccountDirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("account-directory-it", AccountDirectoryIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountDirectory directory;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    private long schoolId;
    private long divisionA;
    private long divisionB;
    private String head;
    private String accountant;
    private long leaId;
    private long tomId;
    private long claireId;

    @BeforeEach
    void school() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        head = "head" + digits;
        accountant = "accountant" + digits;
        LocalDate today = LocalDate.now(clock);
        tx.begin();
        Academy academy = new Academy("DIR" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège des listes");
        school.activateTeleservices(today, "it");
        em.persist(school);
        Division a = new Division(school, "4A", "QUATRIEME A");
        Division b = new Division(school, "6B", "SIXIEME B");
        em.persist(a);
        em.persist(b);
        Student lea = pupil(school, a, "E1" + digits, "Durand", "Léa");
        Student tom = pupil(school, b, "E2" + digits, "Durand", "Tom");
        Student zoe = pupil(school, a, "E3" + digits, "D_rand", "Zoé");
        Student gone = pupil(school, a, "E4" + digits, "Dupuis", "Noé");
        gone.leave(today.minusDays(1));
        Guardian claire = new Guardian(school, "P1" + digits, "MME", "Durand", "Claire");
        claire.contactDetails(new org.scolarite.structure.entity.PostalAddress("12 rue des Lilas", null, "14000",
                "CAEN"), "claire@example.org", null, null, null);
        Guardian paul = new Guardian(school, "P2" + digits, "M.", "Durand", "Paul");
        paul.contactDetails(new org.scolarite.structure.entity.PostalAddress("3 rue du Port", null, "14000",
                "CAEN"), null, null, null, null);
        Guardian aunt = new Guardian(school, "P3" + digits, "MME", "Martin", "Ève");
        em.persist(claire);
        em.persist(paul);
        em.persist(aunt);
        em.persist(new GuardianLink(lea, claire, LegalRank.FIRST, "20"));
        em.persist(new GuardianLink(lea, paul, LegalRank.SECOND, "10"));
        em.persist(new GuardianLink(tom, claire, LegalRank.FIRST, "20"));
        em.persist(new GuardianLink(zoe, aunt, LegalRank.OTHER, "50"));
        em.persist(new GuardianLink(gone, paul, LegalRank.FIRST, "10"));
        StaffUser headUser = new StaffUser(head, hashing.hash("Secret-2026".toCharArray()), "Chef", null);
        headUser.grant(StaffRole.HEAD, school);
        StaffUser accountantUser = new StaffUser(accountant, hashing.hash("Secret-2026".toCharArray()), "AC", null);
        accountantUser.grant(StaffRole.ACCOUNTANT, school);
        em.persist(headUser);
        em.persist(accountantUser);
        tx.commit();
        schoolId = school.getId();
        divisionA = a.getId();
        divisionB = b.getId();
        leaId = lea.getId();
        tomId = tom.getId();
        claireId = claire.getId();
    }

    private Student pupil(Establishment school, Division division, String source, String last, String first) {
        Student pupil = new Student(school, source, last, first, LocalDate.of(2012, 3, 4), Sex.FEMALE);
        pupil.enrol(null, division, Set.of(), "DP", LocalDate.now(clock).minusYears(1));
        em.persist(pupil);
        return pupil;
    }

    @Test
    @DisplayName("R-MASS-1, R-ACC-1: one line per (pupil, légal 1 or 2) couple of pupils still here, légal 1 first")
    void couplesOfLegalGuardians() {
        List<GuardianCoupleRow> rows = directory.guardianCouples(head, schoolId, AccountFilter.division(null), 0, 50);
        assertThat(rows).extracting(r -> r.studentFirstName() + "/" + r.rank())
                .containsExactly("Léa/FIRST", "Léa/SECOND", "Tom/FIRST");
        assertThat(directory.countGuardianCouples(head, schoolId, AccountFilter.division(divisionA))).isEqualTo(2);
        assertThat(directory.guardianCouples(head, schoolId,
                new AccountFilter(null, EnumSet.of(LegalRank.SECOND), null, null, null), 0, 50))
                .extracting(GuardianCoupleRow::guardianName).containsExactly("M. DURAND Paul");
    }

    @Test
    @DisplayName("R-MASS-1: the contact is the e-mail the school holds, else the postal address on one line")
    void contactColumn() {
        List<GuardianCoupleRow> rows = directory.guardianCouples(head, schoolId, AccountFilter.division(divisionA),
                0, 50);
        assertThat(rows.get(0).contact()).isEqualTo("claire@example.org");
        assertThat(rows.get(0).contactIsEmail()).isTrue();
        assertThat(rows.get(1).contact()).isEqualTo("3 rue du Port, 14000 CAEN");
        assertThat(rows.get(1).contactIsEmail()).isFalse();
    }

    @Test
    @DisplayName("R-MASS-1, R-ACC-6: states as shown — no account or a deleted one reads « Non notifié »; filters by state")
    void statesAsShown() throws Exception {
        long id = accounts.preCreateGuardianAccount(claireId, leaId, "it").orElseThrow();
        accounts.notifyAccount(id, NotificationMode.LETTER, "it");
        List<GuardianCoupleRow> notified = directory.guardianCouples(head, schoolId,
                new AccountFilter(null, null, EnumSet.of(AccountState.NOTIFIED), null, null), 0, 50);
        assertThat(notified).singleElement().satisfies(row -> {
            assertThat(row.accountId()).isEqualTo(id);
            assertThat(row.username()).isEqualTo("claire.durand");
            assertThat(row.mode()).isEqualTo(NotificationMode.LETTER);
            assertThat(row.notifiedOn()).isEqualTo(LocalDate.now(clock));
        });
        tx.begin();
        em.find(Account.class, id).expireIfDue(java.time.LocalDateTime.now(clock).plusMonths(4), "it");
        tx.commit();
        assertThat(directory.guardianCouples(head, schoolId,
                new AccountFilter(null, null, EnumSet.of(AccountState.NOT_NOTIFIED), null, null), 0, 50))
                .hasSize(3).anySatisfy(row -> assertThat(row.accountId()).isEqualTo(id));
    }

    @Test
    @DisplayName("R-IND-1: first letters of the name, as typed; LIKE wildcards typed are plain letters")
    void namePrefix() {
        assertThat(directory.students(head, schoolId, new AccountFilter(null, null, null, "dur", null), 0, 50))
                .extracting(StudentAccountRow::firstName).containsExactly("Léa", "Tom");
        assertThat(directory.students(head, schoolId, new AccountFilter(null, null, null, "d_", null), 0, 50))
                .extracting(StudentAccountRow::firstName).containsExactly("Zoé");
        assertThat(directory.countStudents(head, schoolId, AccountFilter.division(null))).isEqualTo(3);
    }

    @Test
    @DisplayName("R-MASS-1: pages of the lazy table, and every key for « tout sélectionner »")
    void pagesAndKeys() {
        assertThat(directory.guardianCouples(head, schoolId, AccountFilter.division(null), 1, 1))
                .extracting(GuardianCoupleRow::rank).containsExactly(LegalRank.SECOND);
        assertThat(directory.guardianCoupleKeys(head, schoolId, AccountFilter.division(divisionB)))
                .singleElement().satisfies(c -> {
                    assertThat(c.studentId()).isEqualTo(tomId);
                    assertThat(c.guardianId()).isEqualTo(claireId);
                    assertThat(c.accountId()).isNull();
                });
        assertThat(directory.divisions(head, schoolId)).extracting(o -> o.label()).containsExactly("4A", "6B");
    }

    @Test
    @DisplayName("R-ROLE-1: the accountant does not see the families' accounts")
    void accountantRefused() {
        assertThatThrownBy(() -> directory.countGuardianCouples(accountant, schoolId, AccountFilter.division(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.students(accountant, schoolId, AccountFilter.division(null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
