package org.scolarite.account.entity;

import static org.scolarite.account.entity.AccountState.ACTIVATING;
import static org.scolarite.account.entity.AccountState.CLOSED;
import static org.scolarite.account.entity.AccountState.IN_USE;
import static org.scolarite.account.entity.AccountState.NOTIFIED;
import static org.scolarite.account.entity.AccountState.NOT_NOTIFIED;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;

/**
 * A portal account (« compte ») of a pupil or of a legal guardian, and its life cycle (SPEC §4): an explicit state
 * machine whose allowed moves are listed in {@link AccountAction}; anything else throws
 * {@link IllegalAccountTransition}. Every change appends an {@link AccountEvent} (when, who, why).
 *
 * <p>Methods take the moment from the caller's clock: the date rules (3 months, 1 year, D+1) read its date, the history
 * its time. Secrets never reach this class in clear: it stores a password hash and the ciphertext of the temporary
 * password, and is handed a supplier of new ciphertexts when the rules call for a new temporary password.
 */
@Entity
@Table(name = "account")
public class Account {

    /** R-ACC-6: accounts not activated are deleted this long after their (last) notification. */
    public static final int MONTHS_TO_ACTIVATE = 3;
    /** R-ACC-6: activated accounts are deleted after this long without use. */
    public static final int YEARS_UNUSED = 1;
    /** R-PORTAL-3: the shortest delay between two password reset links e-mailed to one account. */
    public static final Duration RESET_LINK_INTERVAL = Duration.ofMinutes(15);
    /** R-PORTAL-3: the most password reset links e-mailed to one account in 24 hours. */
    public static final int RESET_LINKS_PER_DAY = 5;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_MAX_LENGTH = 254;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    /** Two administrators, or an administrator and the nightly job, must not overwrite each other's transition. */
    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;

    /** Unique in the académie, closed accounts included: an identifier is never handed out twice. */
    @Column(nullable = false)
    private Username username;

    /** {@link Username#withoutOrderNumber()}: how the replication's pre-creation finds homonyms' identifiers. */
    @Column(name = "username_base", nullable = false, updatable = false)
    private String usernameBase;

    /** PBKDF2 hash of the chosen password; null until activation and after a reset. */
    @Column(name = "password_hash")
    private String passwordHash;

    /** Ciphertext of the temporary password, kept only while it must be printable (until activation). */
    @Column(name = "temporary_password")
    private String encryptedTemporaryPassword;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    /** Date of the last notification: the 3-month delay of R-ACC-6 runs from it. */
    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_mode")
    private NotificationMode notificationMode;

    /** The day the account became « Utilisé » (for a guardian: the day the e-mail was validated). */
    @Column(name = "activated_on")
    private LocalDate activatedOn;

    @Column(name = "last_access_at")
    private LocalDateTime lastAccessAt;

    /** The account's own e-mail, given at activation (not the one the school holds). */
    private String email;

    @Column(name = "email_validated", nullable = false)
    private boolean emailValidated;

    /** R-ACC-7: the day continuity of access last applied (new school year or change of establishment). */
    @Column(name = "continuity_since")
    private LocalDate continuitySince;

    /** The holder of a pupil's account. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    /** The holder of a guardian's account. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveFrom ASC, id ASC")
    private List<AccountAccess> accesses = new ArrayList<>();

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<AccountEvent> history = new ArrayList<>();

    protected Account() {
    }

    private Account(AccountKind kind, Academy academy, Username username, Student student, Guardian guardian) {
        this.kind = kind;
        this.academy = Objects.requireNonNull(academy, "academy");
        this.username = Objects.requireNonNull(username, "username");
        this.usernameBase = username.withoutOrderNumber().value();
        this.student = student;
        this.guardian = guardian;
        this.state = NOT_NOTIFIED;
    }

    /** R-ACC-1: a pupil's account, pre-created « Non notifié » when he is enrolled; it opens the pupil himself. */
    public static Account forStudent(Student student, Username username, LocalDateTime now, String actor) {
        Account account = new Account(AccountKind.STUDENT, student.getEstablishment().getAcademy(), username,
                student, null);
        account.open(student, null, now.toLocalDate());
        account.record(AccountEventType.CREATED, null, now, actor, null);
        return account;
    }

    /**
     * R-ACC-1: a legal guardian's account for one child, pre-created « Non notifié »; the caller has checked that the
     * link entitles to an account ({@code GuardianLink.entitlesToAccount()}).
     */
    public static Account forGuardian(Guardian guardian, Student child, Username username, LocalDateTime now,
                                      String actor) {
        Account account = new Account(AccountKind.GUARDIAN, guardian.getEstablishment().getAcademy(), username,
                null, guardian);
        account.open(child, guardian, now.toLocalDate());
        account.record(AccountEventType.CREATED, null, now, actor, null);
        return account;
    }

    /**
     * R-ACC-6, R-IND-1: « créer un nouveau compte » for the couple of {@code child}: a new account, with a new
     * identifier, for the same holder, starting « Non notifié » (notifying it issues its temporary password).
     *
     * <p>The guides: « l'ancien compte est inactivé ; il sera supprimé si le responsable n'a pas d'autre enfant rattaché
     * à ce compte ». So a guardian's account that still serves other children (he regrouped his accounts, R-PORTAL-8)
     * is kept for them: it stops opening {@code child} (from today, or at the end of today when that access only began
     * today, since a period cannot be empty) and the new account opens {@code child} only. Otherwise the old account is
     * closed (unless expiry already did) and the new one opens every pupil it opened: a deleted regrouped account is
     * replaced whole, so that the family keeps one account.
     */
    public static Account replacementFor(Account old, Student child, Username username, LocalDateTime now,
                                         String actor) {
        if (username.equals(old.username)) {
            throw new IllegalArgumentException("Le compte de remplacement doit avoir un nouvel identifiant.");
        }
        LocalDate today = now.toLocalDate();
        List<AccountAccess> current = old.accesses.stream().filter(a -> a.isCurrentOrFutureOn(today)).toList();
        if (current.isEmpty()) {
            throw new AccountRuleViolation("Ce compte ne donne plus accès à aucun élève : il ne peut pas être remplacé.");
        }
        List<AccountAccess> ofChild = current.stream().filter(a -> sameStudent(a.getStudent(), child)).toList();
        if (ofChild.isEmpty()) {
            throw new AccountRuleViolation("Ce compte ne donne pas accès à l'élève " + child.fullName()
                    + "\u00a0: il ne peut pas être remplacé pour lui.");
        }
        // An access ending today (the old record of a pupil who changed establishment) serves nobody tomorrow.
        boolean servesOthers = old.kind == AccountKind.GUARDIAN && old.state != CLOSED && current.stream()
                .anyMatch(a -> !sameStudent(a.getStudent(), child) && a.isCurrentOrFutureOn(today.plusDays(1)));
        Account replacement = new Account(old.kind, old.academy, username, old.student, old.guardian);
        (servesOthers ? ofChild : current).forEach(access -> replacement
                .open(access.getStudent(), access.getHolder(), later(today, access.getEffectiveFrom()))
                .endOn(access.getEffectiveUntil()));
        if (servesOthers) {
            ofChild.forEach(access -> access.endOn(later(today.minusDays(1), access.getEffectiveFrom())));
            old.record(AccountEventType.CHILD_HANDED_OVER, old.state, now, actor,
                    child.fullName() + "\u00a0: nouveau compte " + username);
        } else if (old.state != CLOSED) {
            old.close(AccountEventType.CLOSED, now, actor, "Remplacé par le compte " + username);
        }
        replacement.record(AccountEventType.CREATED, null, now, actor, "Remplace le compte " + old.username);
        return replacement;
    }

    /**
     * R-ACC-3, R-ACC-8: (re)notifies the account and records the day and the mode. What the letter may print depends
     * on the state: « Non notifié » and « Notifié » keep the temporary password already issued (one is issued the
     * first time); « En cours d'activation » gets a new one and goes back to « Notifié », because the usual reason is
     * that the validation e-mail never arrived and the guardian must activate again (the password he had chosen is
     * dropped so that the account never has two secrets); « Utilisé » keeps the chosen password, which is never shown:
     * the letter only recalls the identifier. Pupils are notified on paper only (R-ACC-10).
     *
     * @param newEncryptedTemporaryPassword draws a new temporary password and returns its ciphertext; called only
     *                                      when the rules above need a new one
     */
    public IssuedNotification notifyBy(NotificationMode mode, LocalDateTime now, String actor,
                                       Supplier<String> newEncryptedTemporaryPassword) {
        require(AccountAction.NOTIFY);
        requireModeAllowed(AccountAction.NOTIFY, mode);
        AccountState from = state;
        if (state == NOT_NOTIFIED || state == NOTIFIED) {
            if (encryptedTemporaryPassword == null) {
                encryptedTemporaryPassword = Objects.requireNonNull(newEncryptedTemporaryPassword.get());
            }
            state = NOTIFIED;
        } else if (state == ACTIVATING) {
            encryptedTemporaryPassword = Objects.requireNonNull(newEncryptedTemporaryPassword.get());
            passwordHash = null;
            state = NOTIFIED;
        }
        notifiedOn = now.toLocalDate();
        notificationMode = mode;
        record(from == NOT_NOTIFIED ? AccountEventType.NOTIFIED : AccountEventType.RENOTIFIED, from, now, actor,
                mode.label());
        return issued(now.toLocalDate());
    }

    /**
     * R-ACC-8: « renotifier et réinitialiser le mot de passe »: a new temporary password whatever the state, the chosen
     * password forgotten, back to « Notifié » (the holder activates again). The e-mail is kept: it is still his.
     */
    public IssuedNotification notifyAndResetPassword(NotificationMode mode, LocalDateTime now, String actor,
                                                     Supplier<String> newEncryptedTemporaryPassword) {
        require(AccountAction.NOTIFY_AND_RESET_PASSWORD);
        requireModeAllowed(AccountAction.NOTIFY_AND_RESET_PASSWORD, mode);
        AccountState from = state;
        encryptedTemporaryPassword = Objects.requireNonNull(newEncryptedTemporaryPassword.get());
        passwordHash = null;
        activatedOn = null;
        continuitySince = null;
        state = NOTIFIED;
        notifiedOn = now.toLocalDate();
        notificationMode = mode;
        record(AccountEventType.PASSWORD_RESET, from, now, actor, mode.label());
        return issued(now.toLocalDate());
    }

    /**
     * R-ACC-4, R-ACC-10: a pupil activates his account (the caller has checked the temporary password and the password
     * policy): birth date checked, chosen password stored, optional e-mail stored unvalidated (a link validates it),
     * temporary password forgotten, straight to « Utilisé ».
     */
    public void activateAsStudent(LocalDate givenBirthDate, String newPasswordHash, String email,
                                  LocalDateTime now) {
        requireKind(AccountKind.STUDENT, AccountAction.ACTIVATE,
                "Un compte responsable s'active avec une adresse électronique et la date de naissance d'un enfant.");
        require(AccountAction.ACTIVATE);
        if (!acceptsBirthDate(givenBirthDate, now.toLocalDate())) {
            throw new BirthDateMismatch();
        }
        String optionalEmail = email == null || email.isBlank() ? null : checkedEmail(email);
        activate(newPasswordHash, optionalEmail, IN_USE, now);
    }

    /**
     * R-ACC-4, R-ACC-5: whether {@code givenBirthDate} is the one the school holds — the pupil's own for a pupil's
     * account, one of the children the account opens {@code today} for a guardian's. The first connection asks it
     * before activating, so that a wrong date can be recorded ({@link #refuseBirthDate}) and counted by the throttle
     * instead of only rolling back.
     */
    public boolean acceptsBirthDate(LocalDate givenBirthDate, LocalDate today) {
        if (givenBirthDate == null) {
            return false;
        }
        return kind == AccountKind.STUDENT ? student.getBirthDate().equals(givenBirthDate)
                : studentsOpenOn(today).stream().anyMatch(child -> child.getBirthDate().equals(givenBirthDate));
    }

    /** R-ACC-4, R-ACC-5: a first connection was refused for a wrong birth date; the school sees it in the history. */
    public void refuseBirthDate(LocalDateTime now) {
        require(AccountAction.ACTIVATE);
        record(AccountEventType.BIRTH_DATE_REFUSED, state, now, username.value(), null);
    }

    /**
     * R-ACC-5: a guardian activates his account with a mandatory e-mail and the birth date of one of the children the
     * account opens; it stays « En cours d'activation » until the e-mail is validated ({@link #validateEmail}).
     */
    public void activateAsGuardian(LocalDate givenChildBirthDate, String email, String newPasswordHash,
                                   LocalDateTime now) {
        requireKind(AccountKind.GUARDIAN, AccountAction.ACTIVATE,
                "Un compte élève s'active avec la date de naissance de l'élève, sans adresse électronique obligatoire.");
        require(AccountAction.ACTIVATE);
        if (!acceptsBirthDate(givenChildBirthDate, now.toLocalDate())) {
            throw new BirthDateMismatch();
        }
        if (email == null || email.isBlank()) {
            throw new InvalidEmailAddress("L'adresse électronique est obligatoire pour activer un compte responsable.");
        }
        activate(newPasswordHash, checkedEmail(email), ACTIVATING, now);
    }

    private void activate(String newPasswordHash, String checkedEmail, AccountState target, LocalDateTime now) {
        AccountState from = state;
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        encryptedTemporaryPassword = null;
        email = checkedEmail;
        emailValidated = false;
        state = target;
        if (target == IN_USE) {
            activatedOn = now.toLocalDate();
        }
        record(AccountEventType.ACTIVATED, from, now, username.value(), null);
    }

    /**
     * R-ACC-5: the validation link was followed: an account « En cours d'activation » becomes « Utilisé »; for an account
     * already in use (a pupil's optional e-mail, R-ACC-4) the e-mail is simply marked validated.
     */
    public void validateEmail(LocalDateTime now, String actor) {
        require(AccountAction.VALIDATE_EMAIL);
        if (email == null) {
            throw new InvalidEmailAddress("Ce compte n'a pas d'adresse électronique à valider.");
        }
        AccountState from = state;
        emailValidated = true;
        if (state == ACTIVATING) {
            state = IN_USE;
            activatedOn = now.toLocalDate();
        }
        record(AccountEventType.EMAIL_VALIDATED, from, now, actor, email);
    }

    /**
     * R-ACC-5, R-IND-1: the school corrects the address a guardian typed at activation (« renvoyer le courriel
     * d'activation en modifiant si besoin l'adresse »), while the account waits for its validation. The new address is
     * stored unvalidated; a link sent to it validates it. Returns false, changing nothing, when the address is the same.
     */
    public boolean correctEmail(String newEmail, LocalDateTime now, String actor) {
        require(AccountAction.CORRECT_EMAIL);
        if (newEmail == null || newEmail.isBlank()) {
            throw new InvalidEmailAddress("L'adresse électronique est obligatoire pour activer un compte responsable.");
        }
        String checked = checkedEmail(newEmail);
        if (checked.equalsIgnoreCase(email)) {
            return false;
        }
        String previous = email;
        email = checked;
        emailValidated = false;
        record(AccountEventType.EMAIL_CORRECTED, state, now, actor, previous + " → " + checked);
        return true;
    }

    /**
     * R-ACC-5: a validation link was sent to the account's e-mail (the link itself is an {@link AccountToken}); recorded
     * so that the school sees in the history when and where it went. Only while an address awaits validation: « En
     * cours d'activation », or a pupil's optional address not validated yet (R-ACC-4, R-PORTAL-4).
     */
    public void recordValidationSent(LocalDateTime now, String actor) {
        require(AccountAction.VALIDATE_EMAIL);
        // R-PORTAL-4: also « renvoyer le courriel de validation » of a pupil's optional address, once in use.
        if (email == null || emailValidated) {
            throw new IllegalAccountTransition(AccountAction.VALIDATE_EMAIL, state,
                    "Aucune adresse électronique n’attend de validation sur ce compte.");
        }
        record(AccountEventType.VALIDATION_SENT, state, now, actor, email);
    }

    // --- Self-service of the holder (R-PORTAL-3, R-PORTAL-4): the caller has checked the credentials and hashed the
    // --- new password; the account checks its state, its address, and keeps the history.

    /** R-PORTAL-3: the address is the holder's own and proved to work: the only one a secret may be sent to. */
    public boolean hasValidatedEmail() {
        return emailValidated && email != null;
    }

    /**
     * R-PORTAL-3: self-service recovery (forgotten identifier or password) is open to this account: in use and with a
     * validated address. Without one, the holder must ask the school (« renotifier et réinitialiser »).
     */
    public boolean allowsSelfServiceRecovery() {
        return AccountAction.RECOVER_PASSWORD.isAllowedFrom(state) && hasValidatedEmail();
    }

    /**
     * R-PORTAL-3: whether a password reset link may be e-mailed now. Anyone may type an identifier, so the holder's
     * mailbox is protected from being flooded: no new link within {@link #RESET_LINK_INTERVAL} of the last one, and at
     * most {@link #RESET_LINKS_PER_DAY} in 24 hours. The link already sent stays valid meanwhile.
     */
    public boolean mayReceiveResetLink(LocalDateTime now) {
        if (!allowsSelfServiceRecovery()) {
            return false;
        }
        List<LocalDateTime> sent = history.stream().filter(e -> e.getType() == AccountEventType.RESET_LINK_SENT)
                .map(AccountEvent::getOccurredAt).toList();
        boolean recent = sent.stream().anyMatch(at -> at.isAfter(now.minus(RESET_LINK_INTERVAL)));
        long lastDay = sent.stream().filter(at -> at.isAfter(now.minusHours(24))).count();
        return !recent && lastDay < RESET_LINKS_PER_DAY;
    }

    /** R-PORTAL-3: a reset link went to the validated address (the link itself is an {@link AccountToken}). */
    public void recordResetLinkSent(LocalDateTime now, String actor) {
        require(AccountAction.RECOVER_PASSWORD);
        requireValidatedEmail();
        record(AccountEventType.RESET_LINK_SENT, state, now, actor, email);
    }

    /**
     * R-PORTAL-3: the holder chose a new password through the reset link (the caller spent it and checked the
     * policy). The address is still required validated: it is what made the link trustworthy.
     */
    public void recoverPassword(String newPasswordHash, LocalDateTime now) {
        require(AccountAction.RECOVER_PASSWORD);
        requireValidatedEmail();
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        record(AccountEventType.PASSWORD_RECOVERED, state, now, username.value(), null);
    }

    /** R-PORTAL-4: the holder changed his password, having given the current one (checked by the caller). */
    public void changePassword(String newPasswordHash, LocalDateTime now) {
        require(AccountAction.CHANGE_PASSWORD);
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        record(AccountEventType.PASSWORD_CHANGED, state, now, username.value(), null);
    }

    /**
     * R-PORTAL-4: the holder asks for a new address (or a pupil adds one, R-ACC-4). Nothing changes yet: the current
     * address stays the account's until a link sent to the new one is followed ({@link #changeEmail}). Returns the
     * address, normalised, to send that link to. Refused when it is already the account's validated address.
     */
    public String askEmailChange(String newEmail, LocalDateTime now) {
        require(AccountAction.CHANGE_EMAIL);
        if (newEmail == null || newEmail.isBlank()) {
            throw new InvalidEmailAddress("Indiquez la nouvelle adresse électronique.");
        }
        String checked = checkedEmail(newEmail);
        if (hasValidatedEmail() && checked.equalsIgnoreCase(email)) {
            throw new InvalidEmailAddress("C’est déjà l’adresse validée de votre compte.");
        }
        record(AccountEventType.EMAIL_CHANGE_ASKED, state, now, username.value(),
                (email == null ? "aucune" : email) + " → " + checked);
        return checked;
    }

    /**
     * R-PORTAL-4: the link sent to the new address was followed: it replaces the old one, validated (the link proved
     * it). Returns the previous address (null when the pupil had none).
     */
    public String changeEmail(String newEmail, LocalDateTime now) {
        require(AccountAction.CHANGE_EMAIL);
        String checked = checkedEmail(Objects.requireNonNull(newEmail, "newEmail"));
        String previous = email;
        email = checked;
        emailValidated = true;
        record(AccountEventType.EMAIL_CHANGED, state, now, username.value(),
                (previous == null ? "aucune" : previous) + " → " + checked);
        return previous;
    }

    private void requireValidatedEmail() {
        if (!hasValidatedEmail()) {
            throw new AccountRuleViolation("Ce compte n’a pas d’adresse électronique validée : contactez "
                    + "l’établissement.");
        }
    }

    /**
     * R-ACC-6: the day the account is deleted if nothing happens: 3 months after the last notification while not
     * activated, 1 year after the last use (last sign-in, or activation if later) once « Utilisé »; none before
     * notification or once deleted.
     */
    public Optional<LocalDate> expiryDate() {
        return switch (state) {
            case NOTIFIED, ACTIVATING -> Optional.of(notifiedOn.plusMonths(MONTHS_TO_ACTIVATE));
            case IN_USE -> Optional.of(lastUse().plusYears(YEARS_UNUSED));
            case NOT_NOTIFIED, CLOSED -> Optional.empty();
        };
    }

    /** R-ACC-6: deletes the account (« Supprimé », shown as « Non notifié ») on or after its expiry date. */
    public boolean expireIfDue(LocalDateTime now, String actor) {
        Optional<LocalDate> due = expiryDate();
        if (due.isEmpty() || now.toLocalDate().isBefore(due.get())) {
            return false;
        }
        String reason = state == IN_USE
                ? "Inutilisé depuis le " + FRENCH_DATE.format(lastUse())
                : "Non activé dans les " + MONTHS_TO_ACTIVATE + " mois suivant la notification du "
                        + FRENCH_DATE.format(notifiedOn);
        close(AccountEventType.EXPIRED, now, actor, reason);
        return true;
    }

    /**
     * R-ACC-7: continuity of access into the school year that began on {@code rentree}: an account activated in an
     * earlier year keeps its identifier and chosen password and is marked as continuing from today (its letter only
     * recalls the identifier; the lists show it in red). Returns false, changing nothing, for an account activated
     * this year or already continued into it, so that the nightly job may ask every night.
     */
    public boolean continueIntoNewYear(LocalDate rentree, LocalDateTime now, String actor) {
        require(AccountAction.CONTINUE_INTO_NEW_YEAR);
        boolean activatedThisYear = !activatedOn.isBefore(rentree);
        boolean alreadyContinued = continuitySince != null && !continuitySince.isBefore(rentree);
        if (activatedThisYear || alreadyContinued) {
            return false;
        }
        continuitySince = now.toLocalDate();
        record(AccountEventType.CONTINUED, IN_USE, now, actor, "Rentrée du " + FRENCH_DATE.format(rentree));
        return true;
    }

    /**
     * R-ACC-7: the pupil moved to another establishment of the académie and is now {@code newStudent} there; his
     * account follows him: the old record stays open today, the new one opens tomorrow (D+1, once the nightly
     * replication has brought the new school's data).
     */
    public void transferTo(Student newStudent, LocalDateTime now, String actor) {
        requireKind(AccountKind.STUDENT, AccountAction.TRANSFER,
                "Le compte d'un responsable suit chacun de ses enfants : indiquer l'enfant et le responsable.");
        require(AccountAction.TRANSFER);
        moveChild(student, newStudent, null, now.toLocalDate());
        student = newStudent;
        recordTransfer(newStudent, now, actor);
    }

    /**
     * R-ACC-7: a child of this guardian's account moved to another establishment of the académie (as {@code to}); the
     * account follows him from tomorrow (D+1) and is now held through the guardian's record in the new school,
     * {@code holderThere}, so that letters use the address that school knows.
     */
    public void transferChild(Student from, Student to, Guardian holderThere, LocalDateTime now, String actor) {
        requireKind(AccountKind.GUARDIAN, AccountAction.TRANSFER,
                "Le compte d'un élève suit l'élève lui-même, sans responsable à indiquer.");
        require(AccountAction.TRANSFER);
        moveChild(from, to, Objects.requireNonNull(holderThere, "holderThere"), now.toLocalDate());
        guardian = holderThere;
        recordTransfer(to, now, actor);
    }

    /**
     * R-PORTAL-8 « Regrouper des comptes »: this guardian's account, the one he is signed in with, is kept and takes
     * over every pupil {@code other} opens — each access moves with its effective dates and its holder (the guardian
     * record in that pupil's establishment), so the regrouping works across establishments of the académie — and
     * {@code other} is deleted as any deleted account is (« Supprimé », no secret left, its row kept for the history
     * and so that its identifier is never handed out again). Both histories say it, with the other identifier.
     *
     * <p>When both accounts open the same pupil (the school created a second account for the same couple, or the
     * pupil was regrouped once already) and the two periods touch, the kept access is widened to cover both and the
     * other one is returned in {@link AccountMerge#foldedAccesses()} for the caller to delete: the pupil is listed
     * once. Disjoint periods of one pupil are history and both move.
     *
     * <p>The caller has checked the other account's credentials; refusals throw {@link RegroupingRefused}, changing
     * nothing.
     */
    public AccountMerge absorb(Account other, LocalDateTime now) {
        if (kind != AccountKind.GUARDIAN || !state.allowsLogin()) {
            throw new RegroupingRefused(RegroupingRefused.Reason.CURRENT_NOT_GUARDIAN);
        }
        if (other == this || (id != null && id.equals(other.id))) {
            throw new RegroupingRefused(RegroupingRefused.Reason.SAME_ACCOUNT);
        }
        if (!sameAcademy(other)) {
            throw new RegroupingRefused(RegroupingRefused.Reason.OTHER_ACADEMY);
        }
        if (!other.state.allowsLogin()) {
            // Nobody can prove he holds a deleted or never notified account: as for a wrong password.
            throw new RegroupingRefused(RegroupingRefused.Reason.WRONG_CREDENTIALS);
        }
        if (other.kind != AccountKind.GUARDIAN) {
            throw new RegroupingRefused(RegroupingRefused.Reason.STUDENT_ACCOUNT);
        }
        LocalDate today = now.toLocalDate();
        if (other.accesses.stream().noneMatch(access -> access.isCurrentOrFutureOn(today))) {
            throw new RegroupingRefused(RegroupingRefused.Reason.NO_CHILD);
        }
        List<String> moved = other.accesses.stream().filter(access -> access.isCurrentOrFutureOn(today))
                .map(access -> access.getStudent().fullName()).distinct().toList();
        List<AccountAccess> folded = new ArrayList<>();
        for (AccountAccess access : List.copyOf(other.accesses)) {
            Optional<AccountAccess> duplicate = accesses.stream()
                    .filter(mine -> sameStudent(mine.getStudent(), access.getStudent()) && mine.touches(access))
                    .findFirst();
            other.accesses.remove(access);
            if (duplicate.isPresent()) {
                duplicate.get().cover(access);
                folded.add(access);
            } else {
                access.moveTo(this);
                accesses.add(access);
            }
        }
        String actor = username.value();
        record(AccountEventType.CHILDREN_RECEIVED, state, now, actor,
                "Compte " + other.username + " regroupé : " + String.join(", ", moved));
        other.close(AccountEventType.MERGED_INTO, now, actor, mergedDetail(username));
        return new AccountMerge(username.value(), other.username.value(), moved, List.copyOf(folded));
    }

    /**
     * R-PORTAL-8: whether this account was deleted by regrouping it into {@code kept} (and nothing happened to it since):
     * a second submission of the same regrouping finds it so and answers as the first did, regrouping once.
     */
    public boolean wasMergedInto(Account kept) {
        if (state != CLOSED || history.isEmpty()) {
            return false;
        }
        AccountEvent last = history.get(history.size() - 1);
        return last.getType() == AccountEventType.MERGED_INTO && mergedDetail(kept.username).equals(last.getDetail());
    }

    private static String mergedDetail(Username kept) {
        return "Élèves rattachés au compte " + kept;
    }

    private boolean sameAcademy(Account other) {
        return academy == other.academy || (academy.getId() != null && academy.getId().equals(other.academy.getId()));
    }

    /** Bookkeeping of a successful sign-in: the one-year expiry runs from the last access (R-ACC-6). */
    public void recordLogin(LocalDateTime now) {
        require(AccountAction.RECORD_LOGIN);
        lastAccessAt = now;
    }

    /** The pupils whose records this account opens on {@code day}. */
    public List<Student> studentsOpenOn(LocalDate day) {
        return accesses.stream().filter(access -> access.isOpenOn(day)).map(AccountAccess::getStudent).toList();
    }

    /**
     * R-ACC-3, R-ACC-7: the first day from {@code today} on which the account opens everything it currently gives
     * access to: today after an ordinary notification, tomorrow right after a change of establishment (continuity is
     * effective D+1). Empty when nobody may sign in with it.
     */
    public Optional<LocalDate> accessibleFrom(LocalDate today) {
        if (!state.allowsLogin()) {
            return Optional.empty();
        }
        return accesses.stream()
                .filter(access -> access.isCurrentOrFutureOn(today))
                .map(AccountAccess::getEffectiveFrom)
                .max(Comparator.naturalOrder())
                .map(from -> later(today, from));
    }

    /** R-ACC-7: a continuity account, shown in red in the administrators' lists. */
    public boolean hasContinuity() {
        return continuitySince != null;
    }

    public boolean hasTemporaryPassword() {
        return encryptedTemporaryPassword != null;
    }

    private void moveChild(Student from, Student to, Guardian holderThere, LocalDate today) {
        AccountAccess current = accesses.stream()
                .filter(access -> sameStudent(access.getStudent(), from) && access.isOpenOn(today))
                .findFirst()
                .orElseThrow(() -> new AccountRuleViolation(
                        "Ce compte ne donne pas accès à l'élève " + from.fullName() + " : il ne peut pas le suivre."));
        current.endOn(today);
        open(to, holderThere, today.plusDays(1));
        continuitySince = today;
    }

    private void recordTransfer(Student to, LocalDateTime now, String actor) {
        record(AccountEventType.TRANSFERRED, IN_USE, now, actor, "Vers " + to.getEstablishment().getName()
                + " (" + to.getEstablishment().getUai() + ") à partir du "
                + FRENCH_DATE.format(now.toLocalDate().plusDays(1)));
    }

    /**
     * Deleted accounts keep their row for the history and so that their identifier stays taken, but no secret: nobody
     * will ever sign in with them again. Their accesses are left as they were; the state alone forbids use, and they
     * tell a replacement which pupils to open.
     */
    private void close(AccountEventType type, LocalDateTime now, String actor, String reason) {
        AccountState from = state;
        state = CLOSED;
        passwordHash = null;
        encryptedTemporaryPassword = null;
        record(type, from, now, actor, reason);
    }

    private AccountAccess open(Student child, Guardian holder, LocalDate from) {
        AccountAccess access = new AccountAccess(this, child, holder, from);
        accesses.add(access);
        return access;
    }

    private void record(AccountEventType type, AccountState from, LocalDateTime now, String actor, String detail) {
        history.add(new AccountEvent(this, now, actor, type, from, state, detail));
    }

    private IssuedNotification issued(LocalDate today) {
        return new IssuedNotification(username, Optional.ofNullable(encryptedTemporaryPassword), hasContinuity(),
                accessibleFrom(today).orElse(today));
    }

    private LocalDate lastUse() {
        return lastAccessAt == null ? activatedOn : later(activatedOn, lastAccessAt.toLocalDate());
    }

    private void require(AccountAction action) {
        if (!action.isAllowedFrom(state)) {
            throw new IllegalAccountTransition(action, state);
        }
    }

    private void requireKind(AccountKind expected, AccountAction action, String message) {
        if (kind != expected) {
            throw new IllegalAccountTransition(action, state, message);
        }
    }

    /** R-ACC-10: pupils are notified on paper only. */
    private void requireModeAllowed(AccountAction action, NotificationMode mode) {
        if (kind == AccountKind.STUDENT && Objects.requireNonNull(mode) == NotificationMode.EMAIL) {
            throw new IllegalAccountTransition(action, state,
                    "Les comptes élèves sont notifiés par courrier uniquement, jamais par courriel.");
        }
    }

    private static String checkedEmail(String email) {
        String trimmed = email.strip();
        if (trimmed.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidEmailAddress("L'adresse électronique « " + trimmed + " » n'est pas valide.");
        }
        return trimmed;
    }

    /** Entities compare by identity inside one persistence context; detached copies by their identifier. */
    private static boolean sameStudent(Student a, Student b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Academy getAcademy() { return academy; }
    public AccountKind getKind() { return kind; }
    public Username getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getEncryptedTemporaryPassword() { return encryptedTemporaryPassword; }
    public AccountState getState() { return state; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public NotificationMode getNotificationMode() { return notificationMode; }
    public LocalDate getActivatedOn() { return activatedOn; }
    public LocalDateTime getLastAccessAt() { return lastAccessAt; }
    public String getEmail() { return email; }
    public boolean isEmailValidated() { return emailValidated; }
    public LocalDate getContinuitySince() { return continuitySince; }
    /** The pupil holding a pupil's account; null for a guardian's account. */
    public Student getStudent() { return student; }
    /** The guardian holding a guardian's account; null for a pupil's account. */
    public Guardian getGuardian() { return guardian; }
    public List<AccountAccess> getAccesses() { return List.copyOf(accesses); }
    public List<AccountEvent> getHistory() { return List.copyOf(history); }
}
