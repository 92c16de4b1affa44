package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.boundary.StudentAccountLists;
import org.scolarite.account.boundary.StudentAccountLists.Selection;
import org.scolarite.account.boundary.StudentAccountLists.Structure;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;
import org.scolarite.account.entity.Username;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.TeachingGroup;
import org.scolarite.structure.entity.Uai;

/**
 * « Éditer les listes des comptes élèves » (R-LIST-1) on Payara against the real database: one class with a pupil in
 * every account situation, groups with and without pupils, the roles and the audit of the exports. Each test builds
 * its own académie and establishment.
 */
@ExtendWith(ArquillianExtension.class)
class StudentAccountListsIT {

    private static final String CHOSEN_PASSWORD = "Cahier-de-textes-2026";

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("lists-it", StudentAccountListsIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private StudentAccountLists lists;

    @Inject
    private AccountService accounts;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private Clock clock;

    private String head;
    private String delegate;
    private String accountant;
    private long schoolId;
    private long division3a;
    private long latin;
    private long zola;
    private long durand;
    private long etienne;
    private long martin;

    @BeforeEach
    void oneClassInEverySituation() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        LocalDateTime now = LocalDateTime.now(clock);
        tx.begin();
        Academy academy = new Academy("LI" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège des listes " + digits);
        school.activateTeleservices(now.toLocalDate().minusYears(2), "it");
        em.persist(school);
        Division a = new Division(school, "3A", "3e A");
        Division b = new Division(school, "3B", "3e B");
        em.persist(a);
        em.persist(b);
        TeachingGroup latinGroup = new TeachingGroup(school, "3_LATIN", "Latin 3e");
        TeachingGroup spanish = new TeachingGroup(school, "3_ESP", "Espagnol LV2");
        TeachingGroup greek = new TeachingGroup(school, "3_GREC", "Grec ancien");
        TeachingGroup german = new TeachingGroup(school, "3_ALL", "Allemand");
        List.of(latinGroup, spanish, greek, german).forEach(em::persist);

        zola = pupil(school, a, Set.of(latinGroup), "Zola", "Émile").getId();
        durand = pupil(school, a, Set.of(spanish), "Durand", "Léa").getId();
        etienne = pupil(school, a, Set.of(), "Étienne", "Adam").getId();
        long bernard = pupil(school, a, Set.of(), "Bernard", "Paul").getId();
        martin = pupil(school, a, Set.of(), "Martin", "Malo").getId();
        Student leftYesterday = pupil(school, a, Set.of(greek), "Petit", "Inès");
        leftYesterday.leave(now.toLocalDate().minusDays(1));
        pupil(school, b, Set.of(latinGroup), "Aubert", "Jean");

        // Martin's account was deleted (R-ACC-6): notified four months ago, never activated.
        Student malo = em.find(Student.class, martin);
        Account expired = Account.forStudent(malo, Username.of("malo.martin"), now.minusMonths(5), "it");
        expired.notifyBy(NotificationMode.LETTER, now.minusMonths(4), "it", () -> cipher.encrypt("ab3de7gh"));
        expired.expireIfDue(now, "it");
        em.persist(expired);

        head = staff("head" + digits, StaffRole.HEAD, school);
        delegate = staff("delegate" + digits, StaffRole.DELEGATE, school);
        accountant = staff("accountant" + digits, StaffRole.ACCOUNTANT, school);
        tx.commit();
        schoolId = school.getId();
        division3a = a.getId();
        latin = latinGroup.getId();
        assertThat(bernard).as("a pupil without any account").isPositive();
    }

    @Test
    @DisplayName("R-LIST-1, R-ACC-8: a division's list, alphabetical, current pupils only, with the password cell of "
            + "each account state: in clear when notified, ***** once used, « Compte à notifier »…")
    void divisionList() {
        NotificationContent letter = accounts.notifyAccount(accounts.preCreateStudentAccount(zola, "it"),
                NotificationMode.LETTER, "it");
        long leaAccount = accounts.preCreateStudentAccount(durand, "it");
        NotificationContent leaLetter = accounts.notifyAccount(leaAccount, NotificationMode.LETTER, "it");
        Student lea = em.find(Student.class, durand);
        accounts.activateStudent(leaAccount, leaLetter.temporaryPassword().orElseThrow().toCharArray(),
                lea.getBirthDate(), CHOSEN_PASSWORD.toCharArray(), null);
        accounts.preCreateStudentAccount(etienne, "it");

        StudentAccountList list = lists.list(head, schoolId, Selection.division(division3a));

        assertThat(list.title()).isEqualTo("Liste des comptes élèves – division 3A");
        assertThat(list.byGroup()).isFalse();
        assertThat(list.rows()).extracting(StudentListRow::pupil)
                .containsExactly("BERNARD Paul", "DURAND Léa", "ÉTIENNE Adam", "MARTIN Malo", "ZOLA Émile");
        assertThat(list.rows()).extracting(StudentListRow::identifier, StudentListRow::password).containsExactly(
                tuple("", "Pas de compte"),
                tuple("lea.durand", "*****"),
                tuple("", "Compte à notifier"),
                tuple("", "Compte supprimé"),
                tuple("emile.zola", letter.temporaryPassword().orElseThrow()));
        assertThat(list.rows()).extracting(StudentListRow::division).containsOnly("3A");
        assertThat(list.rows().get(1).birthDateCell()).isEqualTo("09/03/2011");
        assertThat(lists.list(delegate, schoolId, Selection.division(division3a)).rows()).hasSize(5);
    }

    @Test
    @DisplayName("R-LIST-1, R-ACC-6, R-ACC-7: a replaced account shows the new one; a continuity account is flagged")
    void replacementAndContinuity() throws Exception {
        NotificationContent replacement = accounts.replaceAccount(
                em.createQuery("SELECT a.id FROM Account a WHERE a.student.id = :s", Long.class)
                        .setParameter("s", martin).getSingleResult(), martin, NotificationMode.LETTER, "it");
        LocalDateTime now = LocalDateTime.now(clock);
        tx.begin();
        Student emile = em.find(Student.class, zola);
        Account lastYear = Account.forStudent(emile, Username.of("emile.zola"), now.minusYears(1), "it");
        lastYear.notifyBy(NotificationMode.LETTER, now.minusYears(1), "it", () -> cipher.encrypt("ab3de7gh"));
        lastYear.activateAsStudent(emile.getBirthDate(), "PBKDF2-not-used", null, now.minusYears(1));
        lastYear.continueIntoNewYear(now.toLocalDate().minusDays(10), now, "it");
        em.persist(lastYear);
        tx.commit();

        List<StudentListRow> rows = lists.list(head, schoolId, Selection.division(division3a)).rows();

        StudentListRow malo = rows.stream().filter(r -> r.lastName().equals("Martin")).findFirst().orElseThrow();
        assertThat(malo.identifier()).isEqualTo(replacement.username()).isNotEqualTo("malo.martin");
        assertThat(malo.password()).isEqualTo(replacement.temporaryPassword().orElseThrow());
        StudentListRow continuing = rows.stream().filter(r -> r.lastName().equals("Zola")).findFirst().orElseThrow();
        assertThat(continuing.continuity()).isTrue();
        assertThat(continuing.password()).isEqualTo("*****");
        assertThat(rows).filteredOn(StudentListRow::continuity).hasSize(1);
    }

    @Test
    @DisplayName("R-LIST-1: only groups with current pupils are offered, filtered by a part of their code or label; "
            + "a group's list spans divisions and has the group column")
    void groups() {
        assertThat(lists.groups(head, schoolId, null)).extracting(Structure::code)
                .containsExactly("3_ESP", "3_LATIN");
        assertThat(lists.groups(head, schoolId, " lat ")).extracting(Structure::code).containsExactly("3_LATIN");
        assertThat(lists.groups(delegate, schoolId, "lv2")).extracting(Structure::display)
                .containsExactly("3_ESP — Espagnol LV2");
        assertThat(lists.groups(head, schoolId, "grec")).isEmpty();
        assertThat(lists.divisions(head, schoolId)).extracting(Structure::code).containsExactly("3A", "3B");

        StudentAccountList list = lists.list(head, schoolId, Selection.group(latin));

        assertThat(list.title()).isEqualTo("Liste des comptes élèves – groupe 3_LATIN (Latin 3e)");
        assertThat(list.byGroup()).isTrue();
        assertThat(list.rows()).extracting(StudentListRow::pupil, StudentListRow::division, StudentListRow::group)
                .containsExactly(tuple("AUBERT Jean", "3B", "3_LATIN"),
                        tuple("ZOLA Émile", "3A", "3_LATIN"));
    }

    @Test
    @DisplayName("R-ROLE-1: the accountant may not edit the lists; nor may a head ask for another school's division")
    void accountantRefused() throws Exception {
        assertThatThrownBy(() -> lists.divisions(accountant, schoolId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.list(accountant, schoolId, Selection.division(division3a)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.writePdf(accountant, schoolId, Selection.division(division3a),
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit(accountant)).isEmpty();

        tx.begin();
        Establishment other = new Establishment(em.find(Establishment.class, schoolId).getAcademy(),
                Uai.fromDigits(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999)), EstablishmentKind.LYCEE,
                "Lycée voisin");
        em.persist(other);
        Division foreign = new Division(other, "2NDE1", null);
        em.persist(foreign);
        tx.commit();
        assertThatThrownBy(() -> lists.list(head, schoolId, Selection.division(foreign.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-LIST-1, R-SEC-1, R-ROLE-1: each export is streamed and audited (who printed which list)")
    void exportsAreAudited() {
        accounts.notifyAccount(accounts.preCreateStudentAccount(zola, "it"), NotificationMode.LETTER, "it");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        assertThat(lists.writeCsv(delegate, schoolId, Selection.division(division3a), csv)).isEqualTo(5);
        assertThat(lists.writePdf(head, schoolId, Selection.group(latin), pdf)).isEqualTo(2);

        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFÉlève;Division;").contains("ZOLA Émile;3A");
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(audit(delegate)).singleElement().satisfies(e -> {
            assertThat(e.getEstablishmentId()).isEqualTo(schoolId);
            assertThat(e.getTarget()).isEqualTo("Liste des comptes élèves – division 3A");
            assertThat(e.getDetail()).isEqualTo("CSV, 5 élève(s)");
        });
        assertThat(audit(head)).singleElement().satisfies(e ->
                assertThat(e.getDetail()).isEqualTo("PDF, 2 élève(s)"));
    }

    private List<AuditEntry> audit(String actor) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.actor = :a AND e.action = :action", AuditEntry.class)
                .setParameter("a", actor).setParameter("action", StudentAccountLists.AUDIT_ACTION).getResultList();
    }

    private Student pupil(Establishment school, Division division, Set<TeachingGroup> groups, String lastName,
                          String firstName) {
        Student student = new Student(school, "E" + lastName + ThreadLocalRandom.current().nextInt(1_000_000),
                lastName, firstName, LocalDate.of(2011, 3, 9), Sex.FEMALE);
        student.enrol(null, division, groups, null, LocalDate.of(2025, 9, 1));
        em.persist(student);
        return student;
    }

    private String staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(role, school);
        em.persist(user);
        return username;
    }
}
