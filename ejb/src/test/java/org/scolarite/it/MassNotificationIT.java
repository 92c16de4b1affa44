package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.boundary.SkippedLine;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.notification.entity.Transmission;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.Uai;

/**
 * Mass notification on Payara against the real datasource (R-MASS-1, R-MASS-2, R-ACC-8, R-ACC-9, R-MAIL-1, R-SEC-1):
 * the console's services as the pages call them, e-mails read back from the outbox and letters from the PDF. Each test
 * builds its own académie and collège with one division: the Martin family (mother with e-mail, father without, two
 * children in the division), the Petit family (one guardian who refused access).
 */
@ExtendWith(ArquillianExtension.class)
class MassNotificationIT {

    private static final LocalDate BIRTH = LocalDate.of(2013, 3, 14);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("mass-notification-it", MassNotificationIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private NotificationRuns runs;

    @Inject
    private AccountDirectory directory;

    @Inject
    private AccountService accounts;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private ClockProducer clocks;

    private long schoolId;
    private long divisionId;
    private String head;
    private String delegate;
    private String accountant;
    private long lea;
    private long tom;
    private long mother;
    private long father;
    private long refusing;

    @BeforeEach
    void schoolWithTwoFamilies() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        tx.begin();
        Academy academy = new Academy("MN" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        school.activateTeleservices(LocalDate.of(2025, 9, 1), "it");
        em.persist(school);
        Division division = new Division(school, "6A", "SIXIEME 6A");
        em.persist(division);
        Student leaMartin = pupil(school, division, "L" + digits, "Martin", "Léa");
        Student tomMartin = pupil(school, division, "T" + digits, "Martin", "Tom");
        Student zoePetit = pupil(school, division, "Z" + digits, "Petit", "Zoé");
        Guardian claire = guardian(school, "M" + digits, "MME", "Martin", "Claire", "claire" + digits + "@example.org");
        Guardian paul = guardian(school, "P" + digits, "M", "Martin", "Paul", null);
        Guardian anne = guardian(school, "A" + digits, "MME", "Petit", "Anne", "anne" + digits + "@example.org");
        em.persist(new GuardianLink(leaMartin, claire, LegalRank.FIRST, "20"));
        em.persist(new GuardianLink(leaMartin, paul, LegalRank.SECOND, "10"));
        em.persist(new GuardianLink(tomMartin, claire, LegalRank.FIRST, "20"));
        em.persist(new GuardianLink(tomMartin, paul, LegalRank.SECOND, "10"));
        GuardianLink refused = new GuardianLink(zoePetit, anne, LegalRank.FIRST, "20");
        refused.refuseAccess();
        em.persist(refused);
        head = staff("mnhead" + digits, StaffRole.HEAD, school);
        delegate = staff("mndelegate" + digits, StaffRole.DELEGATE, school);
        accountant = staff("mnaccountant" + digits, StaffRole.ACCOUNTANT, school);
        tx.commit();
        schoolId = school.getId();
        divisionId = division.getId();
        lea = leaMartin.getId();
        tom = tomMartin.getId();
        mother = claire.getId();
        father = paul.getId();
        refusing = anne.getId();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("R-MASS-1, R-MAIL-1: e-mail and paper — the guardian with an address gets one e-mail (text and HTML with "
            + "his temporary password) and is Notifié by Courriel; the other gets ONE letter listing both children")
    void email_and_paper() throws Exception {
        RunSummary run = notifications.notifyGuardians(head, schoolId, martins(), Transmission.EMAIL_AND_PAPER);

        assertThat(run.emails()).as("one account per child").isEqualTo(2);
        assertThat(run.letters()).isEqualTo(2);
        assertThat(run.skipped()).isZero();
        Account claireForLea = account(mother, lea);
        assertThat(claireForLea.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(claireForLea.getNotificationMode()).isEqualTo(NotificationMode.EMAIL);
        String password = cipher.decrypt(claireForLea.getEncryptedTemporaryPassword());
        List<OutboxMessage> mails = outbox();
        assertThat(mails).hasSize(2).allSatisfy(m -> assertThat(m.getRecipient()).startsWith("claire"));
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.getTextBody()).contains(claireForLea.getUsername().value(), password);
            assertThat(m.getHtmlBody()).contains(claireForLea.getUsername().value(), password);
        });

        String pdf = letters(run);
        Account paulForLea = account(father, lea);
        Account paulForTom = account(father, tom);
        assertThat(pdf).contains("Paul", "MARTIN", "Léa", "Tom", paulForLea.getUsername().value(),
                paulForTom.getUsername().value(), cipher.decrypt(paulForLea.getEncryptedTemporaryPassword()));
        assertThat(occurrences(pdf, "Coupon à retourner")).as("one letter, one coupon, for both children").isEqualTo(1);
        assertThat(pdf).doesNotContain(password);
    }

    @Test
    @DisplayName("R-MASS-1, R-ACC-9: e-mail only leaves the guardian without address out, and a refused access is left "
            + "out, each with its reason in the summary")
    void email_only_and_refusal() {
        List<Couple> selection = directory.guardianCoupleKeys(head, schoolId, AccountFilter.division(divisionId));
        RunSummary run = notifications.notifyGuardians(head, schoolId, selection, Transmission.EMAIL_ONLY);

        assertThat(run.emails()).isEqualTo(2);
        assertThat(run.letters()).isZero();
        assertThat(run.skipped()).isEqualTo(3);
        List<SkippedLine> skipped = runs.skipped(head, schoolId, run.id());
        assertThat(skipped).filteredOn(l -> l.guardian().contains("Paul")).hasSize(2)
                .allSatisfy(l -> assertThat(l.reason()).isEqualTo(Transmission.NO_EMAIL));
        assertThat(skipped).filteredOn(l -> l.guardian().contains("Anne")).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("Accès refusé"));
        assertThat(directory.guardianCouples(head, schoolId, AccountFilter.division(divisionId), 0, 10))
                .filteredOn(r -> r.guardianId() == refusing).singleElement()
                .satisfies(r -> assertThat(r.accessRefused()).isTrue());
    }

    @Test
    @DisplayName("R-ACC-8: renotifying keeps the temporary password of a Notifié account, gives a new one to an account "
            + "En cours d'activation, and prints no password for an Utilisé one")
    void renotification_passwords() throws Exception {
        notifications.notifyGuardians(head, schoolId, martins(), Transmission.PAPER_ONLY);
        Account notified = account(father, lea);
        String kept = cipher.decrypt(notified.getEncryptedTemporaryPassword());
        Account activating = account(mother, lea);
        String first = cipher.decrypt(activating.getEncryptedTemporaryPassword());
        accounts.activateGuardian(activating.getId(), first.toCharArray(), BIRTH, "claire.new@example.org",
                "Cartable-Vert-2026".toCharArray());
        Account used = account(mother, tom);
        accounts.activateGuardian(used.getId(), cipher.decrypt(used.getEncryptedTemporaryPassword()).toCharArray(),
                BIRTH, "claire.tom@example.org", "Cartable-Bleu-2026".toCharArray());
        accounts.validateEmail(used.getId());

        RunSummary again = notifications.notifyGuardians(head, schoolId, martins(), Transmission.PAPER_ONLY);

        assertThat(again.letters()).isEqualTo(4);
        assertThat(cipher.decrypt(account(father, lea).getEncryptedTemporaryPassword())).isEqualTo(kept);
        Account reissued = account(mother, lea);
        assertThat(reissued.getState()).isEqualTo(AccountState.NOTIFIED);
        String renewed = cipher.decrypt(reissued.getEncryptedTemporaryPassword());
        assertThat(renewed).isNotEqualTo(first);
        assertThat(account(mother, tom).getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account(mother, tom).hasTemporaryPassword()).isFalse();
        String pdf = letters(again);
        assertThat(pdf).contains(kept, renewed, account(mother, tom).getUsername().value());
    }

    @Test
    @DisplayName("R-MASS-1, R-MAIL-1: two runs with the same stale selection — the second notifies nobody (« modifié "
            + "entre-temps ») and the outbox holds one e-mail per account")
    void stale_selection_notifies_nobody_twice() {
        List<Couple> selection = martins();
        notifications.notifyGuardians(head, schoolId, selection, Transmission.EMAIL_AND_PAPER);
        RunSummary second = notifications.notifyGuardians(delegate, schoolId, selection,
                Transmission.EMAIL_AND_PAPER);

        assertThat(second.letters() + second.emails()).isZero();
        assertThat(second.skipped()).isEqualTo(4);
        assertThat(runs.skipped(head, schoolId, second.id()))
                .allSatisfy(l -> assertThat(l.reason()).contains("modifié entre-temps"));
        assertThat(outbox()).hasSize(2);
    }

    @Test
    @DisplayName("R-MAIL-1: a run rolled back with its transaction leaves no e-mail in the outbox and no account notified")
    void rolled_back_run_leaves_no_mail() throws Exception {
        tx.begin();
        notifications.notifyGuardians(head, schoolId, martins(), Transmission.EMAIL_ONLY);
        tx.rollback();

        assertThat(outbox()).isEmpty();
        assertThat(directory.countGuardianCouples(head, schoolId, new AccountFilter(divisionId, null,
                Set.of(AccountState.NOTIFIED), null, null))).isZero();
    }

    @Test
    @DisplayName("R-MASS-2, R-ACC-8: pupils get letters only; the reset option gives an Utilisé account a new temporary "
            + "password, without it the chosen password is kept and none is printed")
    void pupils_letters_and_reset() throws Exception {
        List<Couple> pupils = directory.studentKeys(head, schoolId, AccountFilter.division(divisionId));
        RunSummary run = notifications.notifyStudents(head, schoolId, pupils, false);
        assertThat(run.letters()).isEqualTo(3);
        assertThat(run.emails()).isZero();
        assertThat(outbox()).isEmpty();
        Account leaAccount = pupilAccount(lea);
        accounts.activateStudent(leaAccount.getId(), cipher.decrypt(leaAccount.getEncryptedTemporaryPassword())
                .toCharArray(), BIRTH, "Cahier-Rouge-2026".toCharArray(), null);

        RunSummary keep = notifications.notifyStudents(head, schoolId,
                directory.studentKeys(head, schoolId, AccountFilter.division(divisionId)), false);
        assertThat(keep.letters()).isEqualTo(3);
        assertThat(pupilAccount(lea).getState()).isEqualTo(AccountState.IN_USE);
        assertThat(pupilAccount(lea).hasTemporaryPassword()).isFalse();

        RunSummary reset = notifications.notifyStudents(head, schoolId,
                directory.studentKeys(head, schoolId, AccountFilter.division(divisionId)), true);
        assertThat(reset.letters()).isEqualTo(3);
        Account renewed = pupilAccount(lea);
        assertThat(renewed.hasTemporaryPassword()).isTrue();
        assertThat(letters(reset)).contains(cipher.decrypt(renewed.getEncryptedTemporaryPassword()));
    }

    @Test
    @DisplayName("R-MASS-1, R-ROLE-1: « Écrire à plusieurs responsables » sends one e-mail per guardian with an address; "
            + "the same form twice sends nothing more; the delegate may, the accountant may not")
    void write_to_guardians() {
        List<Couple> all = directory.guardianCoupleKeys(head, schoolId, AccountFilter.division(divisionId));
        assertThat(notifications.freeMessageRecipients(delegate, schoolId, all)).containsOnlyKeys(mother, refusing);

        assertThat(notifications.writeToGuardians(delegate, schoolId, all, "Réunion", "Bonjour,\nréunion mardi.",
                "form-0001-abcd")).isEqualTo(2);
        assertThat(notifications.writeToGuardians(delegate, schoolId, all, "Réunion", "Bonjour,\nréunion mardi.",
                "form-0001-abcd")).isZero();
        assertThat(outbox()).hasSize(2);
        assertThatThrownBy(() -> notifications.writeToGuardians(accountant, schoolId, all, "Réunion", "Bonjour",
                "form-0002-abcd")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.writeToGuardians(head, schoolId, all, " ", "Bonjour",
                "form-0003-abcd")).isInstanceOf(AccountRuleViolation.class);
    }

    @Test
    @DisplayName("R-SEC-1: the letters can be downloaded again for 24 h only, and no more once withdrawn")
    void letters_expire_and_can_be_withdrawn() throws Exception {
        RunSummary first = notifications.notifyGuardians(head, schoolId, martins(), Transmission.PAPER_ONLY);
        assertThat(letters(first)).contains("MARTIN");

        clocks.shift(Duration.ofHours(25));
        assertThatThrownBy(() -> runs.writeLetters(head, schoolId, first.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("plus disponibles");
        clocks.shift(Duration.ZERO);

        runs.withdrawLetters(delegate, schoolId, first.id());
        assertThat(runs.view(head, schoolId, first.id()).lettersAvailable()).isFalse();
        assertThatThrownBy(() -> runs.writeLetters(head, schoolId, first.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccountRuleViolation.class);
        assertThatThrownBy(() -> runs.writeLetters(accountant, schoolId, first.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The four couples of the Martin family, as the console lists them. */
    private List<Couple> martins() {
        return directory.guardianCoupleKeys(head, schoolId, AccountFilter.division(divisionId)).stream()
                .filter(c -> c.guardianId() == mother || c.guardianId() == father).toList();
    }

    private String letters(RunSummary run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runs.writeLetters(head, schoolId, run.id(), out);
        assertThat(out.toByteArray()).startsWith("%PDF".getBytes());
        StringBuilder text = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page))).append('\n');
            }
        }
        return text.toString();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private List<OutboxMessage> outbox() {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.establishmentId = :e ORDER BY m.id",
                OutboxMessage.class).setParameter("e", schoolId).getResultList();
    }

    private Account account(long guardianId, long studentId) {
        return em.createQuery("SELECT a FROM Account a JOIN a.accesses x WHERE a.guardian.id = :g AND x.student.id = :s "
                        + "ORDER BY a.id DESC", Account.class)
                .setParameter("g", guardianId).setParameter("s", studentId).setMaxResults(1).getSingleResult();
    }

    private Account pupilAccount(long studentId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.student.id = :s AND a.guardian IS NULL ORDER BY a.id DESC",
                Account.class).setParameter("s", studentId).setMaxResults(1).getSingleResult();
    }

    private Student pupil(Establishment school, Division division, String id, String lastName, String firstName) {
        Student student = new Student(school, id, lastName, firstName, BIRTH, Sex.FEMALE);
        student.enrol(null, division, Set.of(), "EXT", LocalDate.of(2025, 9, 1));
        em.persist(student);
        return student;
    }

    private Guardian guardian(Establishment school, String id, String civility, String lastName, String firstName,
                              String email) {
        Guardian guardian = new Guardian(school, id, civility, lastName, firstName);
        guardian.contactDetails(new PostalAddress("3 rue des Lilas", null, "14000", "CAEN"), email, null, null, null);
        em.persist(guardian);
        return guardian;
    }

    private String staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(role, school);
        em.persist(user);
        return username;
    }
}
