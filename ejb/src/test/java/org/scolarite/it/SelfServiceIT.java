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
import org.scolarite.account.boundary.AccountProfile;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.boundary.PasswordRecovery;
import org.scolarite.account.boundary.ProfileView;
import org.scolarite.account.boundary.ValidatedEmail;
import org.scolarite.account.boundary.WrongCurrentPassword;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidEmailAddress;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.PasswordRejected;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.signin.boundary.LoginThrottle;
import org.scolarite.signin.entity.ThrottlePolicy;
import org.scolarite.structure.boundary.AcademyDirectory;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The families' self-service on Payara against the real database (R-PORTAL-3, R-PORTAL-4): forgotten identifier,
 * forgotten password and its link, « Mon compte > Profil » (password, new address, resending the validation link).
 * Each test builds its own collège in the portal's académie with one family: Lucie Garnier (pupil, « Utilisé », no
 * address), her mother Nadia (« Utilisé », validated address) and her father Paul (« En cours d'activation »,
 * unvalidated address). Every e-mail is read from the outbox, where the services queue them.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

    /** The client address the portal passes for the throttle's per-address count (R-PORTAL-1). */
    private static final String ADDRESS = "192.0.2.44";

    private static final LocalDate BIRTH = LocalDate.of(2012, 11, 3);
    private static final String PASSWORD = "Cartable-2026";
    private static final Pattern RESET = Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern VALIDATION = Pattern.compile("validation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("self-service-it", SelfServiceIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordRecovery recovery;

    @Inject
    private AccountProfile profile;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private EmailValidation validation;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private String academy;
    private long schoolId;
    private String motherEmail;
    private String fatherEmail;
    private long mother;
    private long father;
    private long pupil;

    @BeforeEach
    void collegeWithOneFamily() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        academy = academies.portalAcademyCode();
        motherEmail = "nadia.garnier" + digits + "@example.org";
        fatherEmail = "paul.garnier" + digits + "@example.org";
        tx.begin();
        Academy portal = em.createQuery("SELECT a FROM Academy a WHERE a.code = :c", Academy.class)
                .setParameter("c", academy).getSingleResult();
        Establishment school = new Establishment(portal, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        school.activateTeleservices(LocalDate.now(clock), "it");
        em.persist(school);
        Student lucie = new Student(school, "E" + digits, "Garnier", "Lucie", BIRTH, Sex.FEMALE);
        em.persist(lucie);
        Guardian nadia = new Guardian(school, "M" + digits, "MME", "Garnier", "Nadia");
        em.persist(nadia);
        Guardian paul = new Guardian(school, "P" + digits, "M.", "Garnier", "Paul");
        em.persist(paul);
        em.persist(new GuardianLink(lucie, nadia, LegalRank.FIRST, "10"));
        em.persist(new GuardianLink(lucie, paul, LegalRank.SECOND, "20"));
        tx.commit();
        schoolId = school.getId();

        mother = activatedGuardian(nadia.getId(), lucie.getId(), motherEmail);
        tx.begin();
        em.find(Account.class, mother).validateEmail(LocalDateTime.now(clock), "it");
        tx.commit();
        father = activatedGuardian(paul.getId(), lucie.getId(), fatherEmail);
        long pupilAccount = accounts.preCreateStudentAccount(lucie.getId(), "it");
        NotificationContent letter = accounts.notifyAccount(pupilAccount, NotificationMode.LETTER, "it");
        accounts.activateStudent(pupilAccount, letter.temporaryPassword().orElseThrow().toCharArray(), BIRTH,
                PASSWORD.toCharArray(), null);
        pupil = pupilAccount;
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    // --- Forgotten identifier --------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-PORTAL-3: « identifiant oublié » with a validated address (any case) sends the identifier there, once per quarter of an hour")
    void username_reminder() {
        recovery.remindUsernames(academy, "  " + motherEmail.toUpperCase() + " ");

        List<OutboxMessage> sent = mails(MailKind.USERNAME_REMINDER);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getRecipient()).isEqualTo(motherEmail);
        assertThat(sent.get(0).getTextBody()).contains(username(mother)).doesNotContain(username(father));
        assertThat(sent.get(0).getEstablishmentId()).isEqualTo(schoolId);

        recovery.remindUsernames(academy, motherEmail);
        assertThat(mails(MailKind.USERNAME_REMINDER)).as("mail-bombing: not twice in the same slot").hasSize(1);
    }

    @Test
    @DisplayName("R-PORTAL-3: no enumeration: an unknown, malformed or unvalidated address gets the same (silent) outcome and no e-mail")
    void username_reminder_without_validated_address() {
        recovery.remindUsernames(academy, "personne" + schoolId + "@example.org");
        recovery.remindUsernames(academy, fatherEmail);
        recovery.remindUsernames(academy, "pas une adresse");
        recovery.remindUsernames(academy, null);
        recovery.remindUsernames("AUTRE", motherEmail);

        assertThat(mails(MailKind.USERNAME_REMINDER)).isEmpty();
    }

    // --- Forgotten password ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-PORTAL-3: « mot de passe oublié »: a one-week link to the validated address (RESET_LINK_SENT); the password changes only when the form is sent (PASSWORD_RECOVERED); the link is then spent")
    void reset_password_journey() {
        recovery.sendResetLink(academy, " " + username(mother).toUpperCase());

        List<OutboxMessage> sent = mails(MailKind.PASSWORD_RESET);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getRecipient()).isEqualTo(motherEmail);
        assertThat(history(mother)).contains(AccountEventType.RESET_LINK_SENT);
        String token = token(RESET, sent.get(0));
        AccountToken stored = em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :h",
                AccountToken.class).setParameter("h", AccountToken.hash(token)).getSingleResult();
        assertThat(stored.getPurpose()).isEqualTo(TokenPurpose.RESET_PASSWORD);
        assertThat(stored.getExpiresAt()).isEqualTo(stored.getCreatedAt().plusWeeks(1));
        assertThat(Duration.between(sent.get(0).getCreatedAt(), stored.getCreatedAt()).abs())
                .isLessThan(Duration.ofSeconds(5));

        assertThat(recovery.checkResetLink(token)).isEqualTo(username(mother));
        assertThat(accounts.authenticate(academy, username(mother), PASSWORD.toCharArray()))
                .as("the old password works until the new one is chosen").isPresent();

        assertThatThrownBy(() -> recovery.resetPassword(token, "court".toCharArray()))
                .isInstanceOf(PasswordRejected.class);
        assertThat(recovery.checkResetLink(token)).as("a refused password leaves the link usable")
                .isEqualTo(username(mother));

        assertThat(recovery.resetPassword(token, "Nouveau-cartable-7".toCharArray())).isEqualTo(username(mother));

        assertThat(accounts.authenticate(academy, username(mother), "Nouveau-cartable-7".toCharArray())).isPresent();
        assertThat(accounts.authenticate(academy, username(mother), PASSWORD.toCharArray())).isEmpty();
        assertThat(history(mother)).contains(AccountEventType.PASSWORD_RECOVERED);
        assertThatThrownBy(() -> recovery.checkResetLink(token)).isInstanceOf(InvalidLink.class);
        assertThatThrownBy(() -> recovery.resetPassword(token, "Encore-autre-8".toCharArray()))
                .isInstanceOf(InvalidLink.class).hasMessageContaining("Mot de passe oublié");
    }

    @Test
    @DisplayName("R-PORTAL-3: no enumeration: unknown identifier, account without validated address (pupil, guardian waiting for validation), malformed input: nothing sent, nothing written, no error")
    void reset_link_only_for_validated_addresses() {
        int fatherEvents = history(father).size();
        int pupilEvents = history(pupil).size();

        recovery.sendResetLink(academy, "inconnu.personne" + schoolId);
        recovery.sendResetLink(academy, username(father));
        recovery.sendResetLink(academy, username(pupil));
        recovery.sendResetLink(academy, "<script>");
        recovery.sendResetLink(academy, null);
        recovery.sendResetLink("AUTRE", username(mother));

        assertThat(mails(MailKind.PASSWORD_RESET)).isEmpty();
        assertThat(history(father)).hasSize(fatherEvents);
        assertThat(history(pupil)).hasSize(pupilEvents);
    }

    @Test
    @DisplayName("R-PORTAL-3: mail-bombing: a second request minutes later sends nothing more; 16 minutes later a new link goes out")
    void reset_link_not_twice_in_a_row() {
        recovery.sendResetLink(academy, username(mother));
        shiftMinutes(5);
        recovery.sendResetLink(academy, username(mother));
        assertThat(mails(MailKind.PASSWORD_RESET)).hasSize(1);

        shiftMinutes(16);
        recovery.sendResetLink(academy, username(mother));
        assertThat(mails(MailKind.PASSWORD_RESET)).hasSize(2);
    }

    @Test
    @DisplayName("R-PORTAL-3: the link works on its 7th day and is refused on its 8th, the password unchanged")
    void reset_link_expires_after_one_week() {
        recovery.sendResetLink(academy, username(mother));
        String token = token(RESET, mails(MailKind.PASSWORD_RESET).get(0));

        shiftMinutes(7 * 24 * 60 - 2);
        assertThat(recovery.checkResetLink(token)).isEqualTo(username(mother));

        shiftMinutes(7 * 24 * 60 + 1);
        assertThatThrownBy(() -> recovery.checkResetLink(token)).isInstanceOf(InvalidLink.class)
                .hasMessageContaining("une semaine");
        assertThatThrownBy(() -> recovery.resetPassword(token, "Nouveau-cartable-7".toCharArray()))
                .isInstanceOf(InvalidLink.class);
        clocks.shift(Duration.ZERO);
        assertThat(accounts.authenticate(academy, username(mother), PASSWORD.toCharArray())).isPresent();
    }

    @Test
    @DisplayName("R-PORTAL-3: forged links and links of another purpose are refused by the reset page; a reset link validates no address")
    void forged_and_wrong_purpose_links() {
        assertThatThrownBy(() -> recovery.checkResetLink("forged-" + schoolId)).isInstanceOf(InvalidLink.class);
        assertThatThrownBy(() -> recovery.checkResetLink("")).isInstanceOf(InvalidLink.class);
        assertThatThrownBy(() -> recovery.checkResetLink("x".repeat(500))).isInstanceOf(InvalidLink.class);

        profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(), "nadia.neuve" + schoolId
                + "@example.net", ADDRESS);
        String change = token(VALIDATION, mails(MailKind.VALIDATION_LINK).get(0));
        assertThatThrownBy(() -> recovery.checkResetLink(change)).isInstanceOf(InvalidLink.class);

        recovery.sendResetLink(academy, username(mother));
        String reset = token(RESET, mails(MailKind.PASSWORD_RESET).get(0));
        assertThatThrownBy(() -> validation.validate(reset)).isInstanceOf(InvalidLink.class);
        assertThat(recovery.checkResetLink(reset)).as("not spent by the refusal").isEqualTo(username(mother));
    }

    // --- Mon compte > Profil ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-PORTAL-1, R-PORTAL-4: wrong current passwords count in the login throttle; once locked, even the right one is not checked")
    void current_password_is_throttled() {
        for (int attempt = 0; attempt < ThrottlePolicy.PER_IDENTIFIER.maxFailures(); attempt++) {
            char[] wrong = ("Faux-mot-" + attempt).toCharArray();
            assertThatThrownBy(() -> profile.changePassword(academy, username(mother), wrong,
                    "Nouveau-cartable-7".toCharArray(), ADDRESS)).isInstanceOf(WrongCurrentPassword.class);
        }

        assertThatThrownBy(() -> profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(),
                "nadia.bloquee@example.net", ADDRESS))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("Trop de tentatives");
        assertThat(throttle.lockedUntil(username(mother), "198.51.100.8")).as("the sign-in is locked too").isPresent();
        assertThat(history(mother)).doesNotContain(AccountEventType.PASSWORD_CHANGED,
                AccountEventType.EMAIL_CHANGE_ASKED);
    }

    @Test
    @DisplayName("R-PORTAL-4: the password changes with the current one (PASSWORD_CHANGED); a wrong current one says only « mot de passe actuel incorrect » and changes nothing")
    void change_password() {
        assertThatThrownBy(() -> profile.changePassword(academy, username(mother), "Faux-mot-2026".toCharArray(),
                "Nouveau-cartable-7".toCharArray(), ADDRESS))
                .isInstanceOf(WrongCurrentPassword.class).hasMessage("Mot de passe actuel incorrect.");
        assertThatThrownBy(() -> profile.changePassword(academy, username(mother), PASSWORD.toCharArray(),
                "courte".toCharArray(), ADDRESS)).isInstanceOf(PasswordRejected.class);
        assertThat(history(mother)).doesNotContain(AccountEventType.PASSWORD_CHANGED);

        recovery.sendResetLink(academy, username(mother));
        String pendingReset = token(RESET, mails(MailKind.PASSWORD_RESET).get(0));
        profile.changePassword(academy, username(mother), PASSWORD.toCharArray(), "Nouveau-cartable-7".toCharArray(), ADDRESS);

        assertThat(accounts.authenticate(academy, username(mother), "Nouveau-cartable-7".toCharArray())).isPresent();
        assertThat(accounts.authenticate(academy, username(mother), PASSWORD.toCharArray())).isEmpty();
        assertThat(history(mother)).contains(AccountEventType.PASSWORD_CHANGED);
        assertThatThrownBy(() -> recovery.checkResetLink(pendingReset))
                .as("a pending reset link is withdrawn by the change").isInstanceOf(InvalidLink.class);
    }

    @Test
    @DisplayName("R-PORTAL-4: a new address: link to the new one, notice to the old one, effective only after validation (EMAIL_CHANGE_ASKED then EMAIL_CHANGED); the link is single use")
    void change_email() {
        String newEmail = "nadia.neuve" + schoolId + "@example.net";
        assertThatThrownBy(() -> profile.askEmailChange(academy, username(mother), "Faux-mot-2026".toCharArray(),
                newEmail, ADDRESS)).isInstanceOf(WrongCurrentPassword.class);
        assertThatThrownBy(() -> profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(),
                "nadia@", ADDRESS)).isInstanceOf(InvalidEmailAddress.class);
        assertThat(mails(MailKind.VALIDATION_LINK)).isEmpty();

        profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(), newEmail, ADDRESS);

        List<OutboxMessage> links = mails(MailKind.VALIDATION_LINK);
        List<OutboxMessage> notices = mails(MailKind.EMAIL_CHANGE_NOTICE);
        assertThat(links).extracting(OutboxMessage::getRecipient).containsExactly(newEmail);
        assertThat(notices).extracting(OutboxMessage::getRecipient).containsExactly(motherEmail);
        assertThat(notices.get(0).getTextBody()).doesNotContain("token=").doesNotContain(newEmail);
        ProfileView asked = profile.profile(academy, username(mother));
        assertThat(asked.email()).isEqualTo(motherEmail);
        assertThat(asked.emailValidated()).isTrue();
        assertThat(asked.pendingEmail()).isEqualTo(newEmail);
        assertThat(history(mother)).contains(AccountEventType.EMAIL_CHANGE_ASKED)
                .doesNotContain(AccountEventType.EMAIL_CHANGED);

        String token = token(VALIDATION, links.get(0));
        ValidatedEmail done = validation.validate(token);

        assertThat(done.purpose()).isEqualTo(TokenPurpose.CHANGE_EMAIL);
        assertThat(done.email()).isEqualTo(newEmail);
        ProfileView changed = profile.profile(academy, username(mother));
        assertThat(changed.email()).isEqualTo(newEmail);
        assertThat(changed.emailValidated()).isTrue();
        assertThat(changed.pendingEmail()).isNull();
        assertThat(history(mother)).contains(AccountEventType.EMAIL_CHANGED);
        assertThatThrownBy(() -> validation.validate(token)).isInstanceOf(InvalidLink.class)
                .hasMessageContaining("Mon compte");

        recovery.remindUsernames(academy, motherEmail);
        recovery.remindUsernames(academy, newEmail);
        assertThat(mails(MailKind.USERNAME_REMINDER)).extracting(OutboxMessage::getRecipient)
                .as("the identifier now goes to the new address only").containsExactly(newEmail);
    }

    @Test
    @DisplayName("R-PORTAL-4: a second request replaces the first: the first link no longer changes anything")
    void second_change_request_supersedes_the_first() {
        profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(), "premiere" + schoolId + "@example.net", ADDRESS);
        String first = token(VALIDATION, mails(MailKind.VALIDATION_LINK).get(0));
        profile.askEmailChange(academy, username(mother), PASSWORD.toCharArray(), "seconde" + schoolId + "@example.net", ADDRESS);

        assertThatThrownBy(() -> validation.validate(first)).isInstanceOf(InvalidLink.class);
        assertThat(profile.profile(academy, username(mother)).email()).isEqualTo(motherEmail);
        assertThat(profile.profile(academy, username(mother)).pendingEmail())
                .isEqualTo("seconde" + schoolId + "@example.net");
    }

    @Test
    @DisplayName("R-ACC-4, R-PORTAL-4: a pupil without address adds one (no notice: there is no old address), resends its link while unvalidated, then validates it")
    void pupil_adds_an_address() {
        String pupilEmail = "lucie" + schoolId + "@example.net";
        assertThat(profile.profile(academy, username(pupil)).email()).isNull();

        profile.askEmailChange(academy, username(pupil), PASSWORD.toCharArray(), pupilEmail, ADDRESS);

        assertThat(mails(MailKind.EMAIL_CHANGE_NOTICE)).isEmpty();
        List<OutboxMessage> links = mails(MailKind.VALIDATION_LINK);
        assertThat(links).extracting(OutboxMessage::getRecipient).containsExactly(pupilEmail);
        validation.validate(token(VALIDATION, links.get(0)));
        assertThat(profile.profile(academy, username(pupil)).email()).isEqualTo(pupilEmail);
        assertThat(profile.profile(academy, username(pupil)).canResendValidation()).isFalse();
    }

    @Test
    @DisplayName("R-PORTAL-4: « renvoyer le courriel de validation » while the address is unvalidated; refused once validated")
    void resend_validation() {
        ProfileView waiting = profile.profile(academy, username(father));
        assertThat(waiting.canResendValidation()).isTrue();
        assertThat(waiting.canChangeEmail()).isFalse();

        profile.resendValidation(academy, username(father));

        List<OutboxMessage> links = mails(MailKind.VALIDATION_LINK);
        assertThat(links).extracting(OutboxMessage::getRecipient).containsExactly(fatherEmail);
        ValidatedEmail done = validation.validate(token(VALIDATION, links.get(0)));
        assertThat(done.purpose()).isEqualTo(TokenPurpose.VALIDATE_EMAIL);
        assertThat(profile.profile(academy, username(father)).emailValidated()).isTrue();
        assertThatThrownBy(() -> profile.resendValidation(academy, username(father)))
                .isInstanceOf(org.scolarite.account.entity.AccountRuleViolation.class);
    }

    // ------------------------------------------------------------------------------------------------------------

    private long activatedGuardian(long guardianId, long studentId, String email) {
        long id = accounts.preCreateGuardianAccount(guardianId, studentId, "it").orElseThrow();
        NotificationContent letter = accounts.notifyAccount(id, NotificationMode.LETTER, "it");
        accounts.activateGuardian(id, letter.temporaryPassword().orElseThrow().toCharArray(), BIRTH, email,
                PASSWORD.toCharArray());
        return id;
    }

    private String username(long accountId) {
        return em.find(Account.class, accountId).getUsername().value();
    }

    private List<AccountEventType> history(long accountId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("SELECT e FROM AccountEvent e WHERE e.account.id = :a ORDER BY e.id", AccountEvent.class)
                .setParameter("a", accountId).getResultList().stream().map(AccountEvent::getType).toList();
    }

    /** The messages of this test's collège of one kind, oldest first. */
    private List<OutboxMessage> mails(MailKind kind) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.establishmentId = :e AND m.kind = :k "
                        + "ORDER BY m.id", OutboxMessage.class)
                .setParameter("e", schoolId).setParameter("k", kind).getResultList();
    }

    private void shiftMinutes(long minutes) {
        clocks.shift(Duration.ofMinutes(minutes));
    }

    private static String token(Pattern link, OutboxMessage message) {
        Matcher found = link.matcher(message.getTextBody());
        assertThat(found.find()).as("a link in « %s »", message.getTextBody()).isTrue();
        return found.group(1);
    }
}
