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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountDetail;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.AccountManagement;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.boundary.HistoryLine;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.boundary.AcademyDirectory;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * « Gérer le compte responsable / élève » on Payara against the real database (R-IND-1, R-ACC-5, R-ACC-6, R-ACC-9).
 * Each test builds its own collège in the portal's académie (so that the portal's {@link FamilyDirectory} sees it),
 * with one family: Zoé Lefèvre, her mother (légal 1, e-mail in the school's file) and her father (légal 2).
 */
@ExtendWith(ArquillianExtension.class)
class AccountManagementIT {

    private static final LocalDate BIRTH = LocalDate.of(2013, 4, 9);
    private static final Pattern LINK = Pattern.compile("validation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("account-management-it", AccountManagementIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountManagement management;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountDirectory directory;

    @Inject
    private EmailValidation validation;

    @Inject
    private FamilyDirectory families;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private long schoolId;
    private long pupilId;
    private long motherId;
    private long fatherId;
    private long strangerPupilId;
    private long strangerGuardianId;
    private String head;
    private String accountant;

    @BeforeEach
    void collegeWithOneFamily() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        tx.begin();
        Academy academy = em.createQuery("SELECT a FROM Academy a WHERE a.code = :c", Academy.class)
                .setParameter("c", academies.portalAcademyCode()).getSingleResult();
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        school.activateTeleservices(LocalDate.now(clock), "it");
        em.persist(school);
        Student pupil = new Student(school, "E" + digits, "Lefèvre", "Zoé", BIRTH, Sex.FEMALE);
        em.persist(pupil);
        Guardian mother = new Guardian(school, "M" + digits, "MME", "Lefèvre", "Anaïs");
        mother.contactDetails(null, "anais.lefevre" + digits + "@example.org", null, null, null);
        em.persist(mother);
        Guardian father = new Guardian(school, "P" + digits, "M.", "Lefèvre", "Bruno");
        em.persist(father);
        em.persist(new GuardianLink(pupil, mother, LegalRank.FIRST, "10"));
        em.persist(new GuardianLink(pupil, father, LegalRank.SECOND, "20"));
        Establishment other = new Establishment(academy, Uai.fromDigits(digits + 1 > 9_999_999 ? digits - 1
                : digits + 1), EstablishmentKind.COLLEGE, "Autre collège " + digits);
        other.activateTeleservices(LocalDate.now(clock), "it");
        em.persist(other);
        Student stranger = new Student(other, "X" + digits, "Martin", "Paul", BIRTH, Sex.MALE);
        em.persist(stranger);
        Guardian strangerParent = new Guardian(other, "Y" + digits, "MME", "Martin", "Inès");
        em.persist(strangerParent);
        em.persist(new GuardianLink(stranger, strangerParent, LegalRank.FIRST, "10"));
        head = staff("amhead" + digits, StaffRole.HEAD, school);
        accountant = staff("amaccountant" + digits, StaffRole.ACCOUNTANT, school);
        tx.commit();
        schoolId = school.getId();
        pupilId = pupil.getId();
        motherId = mother.getId();
        fatherId = father.getId();
        strangerPupilId = stranger.getId();
        strangerGuardianId = strangerParent.getId();
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("R-IND-1: the couple's detail (identity, account, contact e-mail) and its history, newest first, after a notification by letter")
    void detail_and_history_after_notify() {
        AccountDetail before = management.detail(head, schoolId, pupilId, motherId);
        assertThat(before.state()).isEqualTo(AccountState.NOT_NOTIFIED);
        assertThat(before.accountId()).isNull();
        assertThat(before.guardianName()).isEqualTo("Madame Anaïs LEFÈVRE");
        assertThat(before.rank()).isEqualTo(LegalRank.FIRST);
        assertThat(before.contactEmail()).startsWith("anais.lefevre").endsWith("@example.org");
        assertThat(before.canNotifyByEmail()).isTrue();
        assertThat(before.canResetPassword()).isFalse();

        RunSummary run = notifications.notifyOne(head, schoolId, before.couple(), NotificationMode.LETTER, false);
        assertThat(run.letters()).isEqualTo(1);

        AccountDetail after = management.detail(head, schoolId, pupilId, motherId);
        assertThat(after.state()).isEqualTo(AccountState.NOTIFIED);
        assertThat(after.username()).startsWith("anais.lefevre");
        assertThat(after.mode()).isEqualTo(NotificationMode.LETTER);
        assertThat(after.notifiedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(after.history()).extracting(HistoryLine::action).containsExactly("Notification", "Création");
        assertThat(after.history().get(0).detail()).isEqualTo("Courrier");
        assertThat(after.history().get(0).actor()).isEqualTo(head);
        assertThat(after.canResetPassword()).isTrue();
        assertThat(after.canResendActivation()).isFalse();

        assertThat(directory.countGuardianCouples(head, schoolId, new AccountFilter(null, null, null, "lef", null)))
                .as("the search's count, on H2 as on PostgreSQL").isEqualTo(2);
        assertThat(directory.countStudents(head, schoolId, new AccountFilter(null, null, null, "lef", null)))
                .isEqualTo(1);

        AccountDetail pupil = management.detail(head, schoolId, pupilId, null);
        assertThat(pupil.guardian()).isFalse();
        assertThat(pupil.canNotifyByEmail()).as("R-ACC-10: pupils on paper only").isFalse();
    }

    @Test
    @DisplayName("R-IND-1, R-ROLE-1: a pupil or guardian of another establishment, a guardian of another pupil, and the accountant are refused")
    void forged_parameters_and_roles_refused() {
        assertThatThrownBy(() -> management.detail(head, schoolId, strangerPupilId, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("pas inscrit");
        assertThatThrownBy(() -> management.detail(head, schoolId, pupilId, strangerGuardianId))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("représentant légal");
        assertThatThrownBy(() -> management.removeAccess(head, schoolId, strangerPupilId, strangerGuardianId))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.detail(accountant, schoolId, pupilId, motherId))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.removeAccess(accountant, schoolId, pupilId, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(em.find(Student.class, pupilId).isAccessRemoved()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-9: « Enlever l'accès » for a guardian hides the child on his portal and in notifications; « Autoriser l'accès » restores it; both in the history")
    void remove_and_allow_guardian_access() {
        NotificationContent content = notifiedMother();
        assertThat(families.childrenOf(content.username())).extracting(ChildSummary::studentId).containsExactly(pupilId);

        management.removeAccess(head, schoolId, pupilId, motherId);

        AccountDetail removed = management.detail(head, schoolId, pupilId, motherId);
        assertThat(removed.accessRemoved()).isTrue();
        assertThat(removed.canNotify()).isFalse();
        assertThat(removed.history().get(0).action()).isEqualTo("Accès enlevé");
        assertThat(families.childrenOf(content.username())).isEmpty();
        assertThat(notifications.notifyOne(head, schoolId, removed.couple(), NotificationMode.LETTER, false).skipped())
                .isEqualTo(1);
        assertThatThrownBy(() -> management.removeAccess(head, schoolId, pupilId, motherId))
                .isInstanceOf(AccountRuleViolation.class);

        management.allowAccess(head, schoolId, pupilId, motherId);

        AccountDetail allowed = management.detail(head, schoolId, pupilId, motherId);
        assertThat(allowed.accessRemoved()).isFalse();
        assertThat(allowed.history()).extracting(HistoryLine::action).startsWith("Accès autorisé", "Accès enlevé");
        assertThat(families.childrenOf(content.username())).extracting(ChildSummary::studentId).containsExactly(pupilId);
        assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = :h AND a.action IN "
                + "('ACCESS_REMOVED', 'ACCESS_ALLOWED')", Long.class).setParameter("h", head).getSingleResult())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("R-ACC-9: « Enlever l'accès » for a pupil: not notified any more until « Autoriser l'accès »; the father's couple is untouched")
    void remove_and_allow_pupil_access() {
        management.removeAccess(head, schoolId, pupilId, null);

        AccountDetail removed = management.detail(head, schoolId, pupilId, null);
        assertThat(removed.accessRemoved()).isTrue();
        assertThat(em.find(Student.class, pupilId).isAccessRemoved()).isTrue();
        assertThat(notifications.notifyOne(head, schoolId, removed.couple(), NotificationMode.LETTER, false).skipped())
                .isEqualTo(1);
        assertThat(management.detail(head, schoolId, pupilId, fatherId).accessRemoved()).isFalse();

        management.allowAccess(head, schoolId, pupilId, null);

        assertThat(em.find(Student.class, pupilId).isAccessRemoved()).isFalse();
        assertThat(management.detail(head, schoolId, pupilId, null).history()).extracting(HistoryLine::action)
                .containsExactly("Accès autorisé", "Accès enlevé");
    }

    @Test
    @DisplayName("R-ACC-5, R-MAIL-1: resending the activation e-mail with a corrected address stores it unvalidated and queues one e-mail whose link validates the account once")
    void resend_activation_with_corrected_address() {
        long accountId = activatingMother();
        String corrected = "anais.corrigee" + pupilId + "@example.net";

        management.resendActivation(head, schoolId, pupilId, motherId, corrected);

        Account account = em.find(Account.class, accountId);
        assertThat(account.getEmail()).isEqualTo(corrected);
        assertThat(account.isEmailValidated()).isFalse();
        List<OutboxMessage> queued = validationMails(accountId);
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).getRecipient()).isEqualTo(corrected);
        String token = token(queued.get(0));
        assertThat(queued.get(0).getHtmlBody()).contains("validation.xhtml?token=" + token);
        assertThat(em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.tokenHash = :h", Long.class)
                .setParameter("h", AccountToken.hash(token)).getSingleResult()).isEqualTo(1);
        assertThat(em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.tokenHash = :h", Long.class)
                .setParameter("h", token).getSingleResult()).as("the token itself is never stored").isZero();
        AccountDetail detail = management.detail(head, schoolId, pupilId, motherId);
        assertThat(detail.accountEmail()).isEqualTo(corrected);
        assertThat(detail.accountEmailValidated()).isFalse();
        assertThat(detail.history()).extracting(HistoryLine::action)
                .startsWith("Envoi du courriel d'activation", "Correction de l'adresse électronique");

        validation.validate(token);

        Account validated = em.find(Account.class, accountId);
        assertThat(validated.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(validated.isEmailValidated()).isTrue();
        assertThatThrownBy(() -> validation.validate(token)).isInstanceOf(InvalidLink.class);
        assertThatThrownBy(() -> validation.validate("inconnu")).isInstanceOf(InvalidLink.class)
                .hasMessage(new InvalidLink().getMessage());
        assertThatThrownBy(() -> management.resendActivation(head, schoolId, pupilId, motherId, corrected))
                .as("refused once « Utilisé »").isInstanceOf(AccountRuleViolation.class);
    }

    @Test
    @DisplayName("R-ACC-5: the validation link expires after 3 months (refused 3 months and 1 day later, nothing changed)")
    void validation_link_expires() {
        long accountId = activatingMother();
        management.resendActivation(head, schoolId, pupilId, motherId, "anais" + pupilId + "@example.net");
        String token = token(validationMails(accountId).get(0));

        LocalDateTime now = LocalDateTime.now(clock);
        clocks.shift(Duration.between(now, now.plusMonths(3).plusDays(1)));

        assertThatThrownBy(() -> validation.validate(token)).isInstanceOf(InvalidLink.class);
        clocks.shift(Duration.ZERO);
        assertThat(em.find(Account.class, accountId).getState()).isEqualTo(AccountState.ACTIVATING);
    }

    @Test
    @DisplayName("R-IND-1, R-ACC-6: « Créer un nouveau compte » closes the old account (a new identifier, notified) and both show in the history")
    void replace_account_closes_the_old_one() {
        NotificationContent old = notifiedMother();
        AccountDetail detail = management.detail(head, schoolId, pupilId, motherId);

        RunSummary run = notifications.replaceAccount(head, schoolId, detail.couple(), NotificationMode.LETTER);

        assertThat(run.letters()).isEqualTo(1);
        assertThat(em.find(Account.class, old.accountId()).getState()).isEqualTo(AccountState.CLOSED);
        AccountDetail replaced = management.detail(head, schoolId, pupilId, motherId);
        assertThat(replaced.accountId()).isNotEqualTo(old.accountId());
        assertThat(replaced.username()).isNotEqualTo(old.username()).startsWith("anais.lefevre");
        assertThat(replaced.state()).isEqualTo(AccountState.NOTIFIED);
        assertThat(replaced.history()).extracting(HistoryLine::action).contains("Suppression", "Création");
        assertThat(families.childrenOf(old.username())).isEmpty();
        assertThat(families.childrenOf(replaced.username())).extracting(ChildSummary::studentId)
                .containsExactly(pupilId);
    }

    private NotificationContent notifiedMother() {
        long id = accounts.preCreateGuardianAccount(motherId, pupilId, "it").orElseThrow();
        return accounts.notifyAccount(id, NotificationMode.LETTER, "it");
    }

    /** The mother activated her account with a mistyped address: « En cours d'activation ». */
    private long activatingMother() {
        NotificationContent content = notifiedMother();
        accounts.activateGuardian(content.accountId(), content.temporaryPassword().orElseThrow().toCharArray(), BIRTH,
                "anais@exmaple.org", "Cahier-de-textes-2026".toCharArray());
        assertThat(em.find(Account.class, content.accountId()).getState()).isEqualTo(AccountState.ACTIVATING);
        return content.accountId();
    }

    private List<OutboxMessage> validationMails(long accountId) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.kind = :k AND m.messageKey LIKE :key",
                        OutboxMessage.class)
                .setParameter("k", MailKind.VALIDATION_LINK).setParameter("key", "validate:account" + accountId + ":%")
                .getResultList();
    }

    private static String token(OutboxMessage message) {
        Matcher link = LINK.matcher(message.getTextBody());
        assertThat(link.find()).as("a link in « %s »", message.getTextBody()).isTrue();
        return link.group(1);
    }

    private String staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used-to-log-in", username, null);
        user.grant(role, school);
        em.persist(user);
        return username;
    }
}
