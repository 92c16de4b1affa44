package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountEvent;
import org.scolarite.account.entity.AccountEventType;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.ContactEmail;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.notification.entity.LetterRecipient;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Gérer le compte responsable / élève » (R-IND-1): one couple (pupil, légal guardian) or one pupil, its latest
 * account and history, and the actions that are not notifications: remove or allow access (R-ACC-9), resend the
 * activation e-mail with a corrected address (R-ACC-5). Notifications, new accounts and free e-mails go through
 * {@code AccountNotifications} with the couple read here.
 *
 * <p>Every call checks that the user is head or delegate of the establishment, that the pupil is enrolled there and
 * that the guardian is his légal 1 or 2: identifiers come from the address bar and may be forged.
 *
 * <p>The history merges what happened to the couple's accounts (their events, the replaced ones included), the
 * removals and restorations of access (audited with the couple as target: they belong to the link, not to an account)
 * and the e-mails the school wrote to the guardian (read from the outbox, which holds what was actually queued).
 */
@Stateless
public class AccountManagement {

    static final String ACCESS_REMOVED = "ACCESS_REMOVED";
    static final String ACCESS_ALLOWED = "ACCESS_ALLOWED";
    static final String RESEND_ACTIVATION = "RESEND_ACTIVATION";
    private static final Set<AccountEventType> DELETIONS = Set.of(AccountEventType.CLOSED, AccountEventType.EXPIRED);

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    @Inject
    private EmailValidation validation;

    /** The couple ({@code guardianId} given) or the pupil, with the latest account and the history. */
    public AccountDetail detail(String actor, long establishmentId, long studentId, Long guardianId) {
        Couple couple = couple(actor, establishmentId, studentId, guardianId, false);
        Student student = couple.student;
        List<Account> accounts = accounts(couple);
        Account current = accounts.isEmpty() ? null : accounts.get(0);
        boolean deleted = current != null && current.getState() == AccountState.CLOSED;
        Guardian guardian = couple.link == null ? null : couple.link.getGuardian();
        String schoolEmail = guardian == null ? null : blankToNull(guardian.getEmail());
        String contact = guardian == null ? null : current == null || deleted
                ? ContactEmail.choose(null, false, schoolEmail)
                : ContactEmail.choose(current.getEmail(), current.isEmailValidated(), schoolEmail);
        return new AccountDetail(student.getId(), student.displayLastName().toUpperCase(Locale.FRENCH),
                student.getFirstName(), student.getBirthDate(),
                student.getDivision() == null ? null : student.getDivision().getCode(),
                student.getMef() == null ? null : student.getMef().getLabel(),
                guardian == null ? null : guardian.getId(), guardian == null ? null : guardianName(guardian),
                couple.link == null ? null : couple.link.getLegalRank(),
                guardian == null || guardian.getAddress() == null ? null : guardian.getAddress().formatted(),
                schoolEmail, couple.accessRemoved(),
                current == null ? null : current.getId(), current == null ? null : current.getVersion(),
                current == null ? null : current.getUsername().value(),
                current == null || deleted ? AccountState.NOT_NOTIFIED : current.getState(),
                deleted ? deletedOn(current) : null,
                current == null || deleted ? null : current.getEmail(),
                current != null && !deleted && current.isEmailValidated(), contact,
                current == null || deleted ? null : current.getNotifiedOn(),
                current == null || deleted ? null : current.getNotificationMode(),
                current == null || deleted ? null : current.getLastAccessAt(),
                current == null || deleted ? null : current.getContinuitySince(),
                history(establishmentId, couple, accounts));
    }

    /**
     * R-ACC-9 « Enlever l'accès »: for a guardian, on his link to this pupil (his portal no longer lists the child, no
     * notification reaches him for it); for a pupil, on the pupil (he keeps the ENT and pedagogical applications but
     * loses the national tracking services). Audited; refused when already removed.
     */
    public void removeAccess(String actor, long establishmentId, long studentId, Long guardianId) {
        Couple couple = couple(actor, establishmentId, studentId, guardianId, true);
        if (couple.accessRemoved()) {
            throw new AccountRuleViolation("L’accès est déjà enlevé.");
        }
        if (couple.link != null) {
            couple.link.refuseAccess();
        } else {
            couple.student.removeAccess();
        }
        audit.record(actor, establishmentId, ACCESS_REMOVED, couple.target(), couple.describe());
    }

    /** R-ACC-9 « Autoriser l'accès »: the converse; audited; refused when access is not removed. */
    public void allowAccess(String actor, long establishmentId, long studentId, Long guardianId) {
        Couple couple = couple(actor, establishmentId, studentId, guardianId, true);
        if (!couple.accessRemoved()) {
            throw new AccountRuleViolation("L’accès n’est pas enlevé.");
        }
        if (couple.link != null) {
            couple.link.allowAccess();
        } else {
            couple.student.allowAccess();
        }
        audit.record(actor, establishmentId, ACCESS_ALLOWED, couple.target(), couple.describe());
    }

    /**
     * R-ACC-5, R-IND-1 « Renvoyer le courriel d'activation »: the guardian's account « En cours d'activation » gets the
     * (corrected) address, stored unvalidated, and a new validation link queued in the outbox, in one transaction.
     */
    public void resendActivation(String actor, long establishmentId, long studentId, long guardianId, String email) {
        Couple couple = couple(actor, establishmentId, studentId, guardianId, true);
        if (couple.accessRemoved()) {
            throw new AccountRuleViolation("L’accès de ce responsable est enlevé\u00a0: autorisez-le d’abord.");
        }
        List<Account> accounts = accounts(couple);
        if (accounts.isEmpty()) {
            throw new AccountRuleViolation("Ce responsable n’a pas encore de compte.");
        }
        Account account = em.find(Account.class, accounts.get(0).getId(), LockModeType.PESSIMISTIC_WRITE);
        account.correctEmail(email, LocalDateTime.now(clock), actor);
        validation.issue(account.getId(), establishmentId, actor);
        audit.record(actor, establishmentId, RESEND_ACTIVATION, couple.target(), account.getUsername().value()
                + " → " + account.getEmail());
    }

    // ------------------------------------------------------------------------------------------------------------

    private Couple couple(String actor, long establishmentId, long studentId, Long guardianId, boolean lock) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        Student student = lock && guardianId == null
                ? em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Student.class, studentId);
        if (student == null || student.getEstablishment().getId() != establishmentId) {
            throw new AccessDeniedException("Cet élève n’est pas inscrit dans votre établissement.");
        }
        if (guardianId == null) {
            return new Couple(student, null);
        }
        GuardianLink link = em.createQuery("SELECT l FROM GuardianLink l WHERE l.student = :s AND l.guardian.id = :g",
                        GuardianLink.class)
                .setParameter("s", student).setParameter("g", guardianId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .filter(l -> l.getLegalRank().isLegal())
                .orElseThrow(() -> new AccessDeniedException(
                        "Cette personne n’est pas représentant légal de cet élève dans votre établissement."));
        return new Couple(student, link);
    }

    /** The couple's accounts, newest first: the first is the current one (a replacement is newer than the replaced). */
    private List<Account> accounts(Couple couple) {
        if (couple.link == null) {
            return em.createQuery("SELECT a FROM Account a WHERE a.student = :s AND a.kind = :k ORDER BY a.id DESC",
                            Account.class)
                    .setParameter("s", couple.student).setParameter("k", AccountKind.STUDENT).getResultList();
        }
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.accesses x WHERE x.holder = :g "
                        + "AND x.student = :s AND a.kind = :k ORDER BY a.id DESC", Account.class)
                .setParameter("g", couple.link.getGuardian()).setParameter("s", couple.student)
                .setParameter("k", AccountKind.GUARDIAN).getResultList();
    }

    private List<HistoryLine> history(long establishmentId, Couple couple, List<Account> accounts) {
        List<HistoryLine> lines = new ArrayList<>();
        for (Account account : accounts) {
            for (AccountEvent event : account.getHistory()) {
                lines.add(new HistoryLine(event.getOccurredAt(), event.getType().label(), event.getDetail(),
                        event.getActor(), account.getUsername().value()));
            }
        }
        for (AuditEntry entry : em.createQuery("SELECT a FROM AuditEntry a WHERE a.establishmentId = :e "
                        + "AND a.target = :t AND a.action IN :actions", AuditEntry.class)
                .setParameter("e", establishmentId).setParameter("t", couple.target())
                .setParameter("actions", List.of(ACCESS_REMOVED, ACCESS_ALLOWED)).getResultList()) {
            lines.add(new HistoryLine(entry.getOccurredAt(), ACCESS_REMOVED.equals(entry.getAction())
                    ? "Accès enlevé" : "Accès autorisé", null, entry.getActor(), null));
        }
        if (couple.link != null) {
            // AccountNotifications.writeToGuardians keys each free message « free:<request>:guardian<id> ».
            for (OutboxMessage message : em.createQuery("SELECT m FROM OutboxMessage m WHERE m.establishmentId = :e "
                            + "AND m.kind = :k AND m.messageKey LIKE :key", OutboxMessage.class)
                    .setParameter("e", establishmentId).setParameter("k", MailKind.FREE_MESSAGE)
                    .setParameter("key", "free:%:guardian" + couple.link.getGuardian().getId()).getResultList()) {
                lines.add(new HistoryLine(message.getCreatedAt(), "Courriel écrit", "«\u00a0" + message.getSubject()
                        + "\u00a0» à " + message.getRecipient(), message.getCreatedBy(), null));
            }
        }
        lines.sort(Comparator.comparing(HistoryLine::at).reversed());
        return List.copyOf(lines);
    }

    private static LocalDate deletedOn(Account account) {
        return account.getHistory().stream().filter(e -> DELETIONS.contains(e.getType()))
                .map(e -> e.getOccurredAt().toLocalDate()).reduce((first, second) -> second).orElse(null);
    }

    /** « Madame Claire DURAND ». */
    private static String guardianName(Guardian guardian) {
        String civility = LetterRecipient.civilityInFull(guardian.getCivility());
        return (civility.isEmpty() ? "" : civility + " ") + guardian.getFirstName() + " "
                + guardian.displayLastName().toUpperCase(Locale.FRENCH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The pupil, and the link to the guardian for a guardian's couple. */
    private record Couple(Student student, GuardianLink link) {

        boolean accessRemoved() {
            return link == null ? student.isAccessRemoved() : link.isAccessRefused();
        }

        /** The audit target that finds the couple's lines again (ids: names change, people do not). */
        String target() {
            return link == null ? "élève " + student.getId()
                    : "élève " + student.getId() + ", responsable " + link.getGuardian().getId();
        }

        String describe() {
            String pupil = student.getFirstName() + " " + student.displayLastName().toUpperCase(Locale.FRENCH);
            return link == null ? pupil : pupil + " — " + guardianName(link.getGuardian());
        }
    }
}
