package org.scolarite.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountAction;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.ContactEmail;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.notification.entity.ItemOutcome;
import org.scolarite.notification.entity.LetterRecipient;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.NotificationItem;
import org.scolarite.notification.entity.NotificationRun;
import org.scolarite.notification.entity.RunStatus;
import org.scolarite.notification.entity.Transmission;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * Notifies accounts of pupils and guardians from the console (R-MASS-1, R-MASS-2, R-IND-1) and from the whole-school
 * job (R-JOB-2). Each call is a {@link NotificationRun}: for every selected couple (pupil, guardian) — or pupil — it
 * decides how to reach the person, asks the account to apply R-ACC-3/R-ACC-8 through {@link AccountService}, queues
 * the e-mail in the outbox in the same transaction (R-MAIL-1) or records the letter to print, and otherwise records
 * why not. Letters are rendered from the run when downloaded ({@link NotificationRuns}).
 *
 * <p>No double notification: each couple carries the account version the screen showed; the couple's link (or the
 * pupil) is locked, and a couple whose account changed meanwhile — another administrator notified it a second ago —
 * is left out with a message instead of being notified twice. A couple already handled by the run (a restarted job)
 * is skipped, and the e-mail key is the run and the account, so that no e-mail is queued twice.
 *
 * <p>Expected refusals (access refused, no e-mail in « courriel uniquement »…) are checked here before the account is
 * touched, because a refusal thrown by {@link AccountService} would roll the whole run back.
 */
@Stateless
public class AccountNotifications {

    /** The longest subject of a free message: the outbox column holds 300, a subject line stays readable. */
    static final int MAX_SUBJECT = 200;
    /** The longest free message. */
    static final int MAX_MESSAGE = 10_000;

    static final String CHANGED_MEANWHILE = "Compte modifié entre-temps (peut-être notifié par un autre utilisateur)"
            + "\u00a0: actualisez la liste pour le notifier à nouveau.";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountDirectory directory;

    @Inject
    private Outbox outbox;

    @Inject
    private LetterContents contents;

    /**
     * R-MASS-1: notifies the selected couples of guardians with that transmission, in one transaction. Returns the run:
     * its letters are downloaded from {@link NotificationRuns#writeLetters}.
     */
    public RunSummary notifyGuardians(String actor, long establishmentId, List<Couple> selection,
                                      Transmission transmission) {
        requireManager(actor, establishmentId);
        NotificationRun run = start(NotificationRun.forGuardians(establishmentId, transmission, false, actor, now()),
                selection);
        handle(run, selection, Action.NOTIFY);
        return finish(run, actor, "NOTIFY_GUARDIANS");
    }

    /**
     * R-MASS-2: notifies the selected pupils on paper (R-ACC-10); with {@code resetPasswords}, accounts in use get a new
     * temporary password too (R-ACC-8), otherwise their letter only recalls the identifier.
     */
    public RunSummary notifyStudents(String actor, long establishmentId, List<Couple> selection,
                                     boolean resetPasswords) {
        requireManager(actor, establishmentId);
        NotificationRun run = start(NotificationRun.forStudents(establishmentId, resetPasswords, actor, now()),
                selection);
        handle(run, selection, Action.NOTIFY);
        return finish(run, actor, "NOTIFY_STUDENTS");
    }

    /**
     * R-IND-1: notifies one account — a guardian's by e-mail or letter, a pupil's by letter — optionally resetting its
     * password (« renotifier et réinitialiser le mot de passe », R-ACC-8).
     */
    public RunSummary notifyOne(String actor, long establishmentId, Couple couple, NotificationMode mode,
                                boolean resetPassword) {
        return individual(actor, establishmentId, couple, mode, resetPassword ? Action.NOTIFY_AND_RESET
                : Action.NOTIFY, "NOTIFY_ACCOUNT");
    }

    /**
     * R-IND-1, R-ACC-6: « créer un nouveau compte »: a new identifier and temporary password for the couple, notified at
     * once; the old account is closed, or only stops opening this pupil when it serves other children of the guardian.
     */
    public RunSummary replaceAccount(String actor, long establishmentId, Couple couple, NotificationMode mode) {
        return individual(actor, establishmentId, couple, mode, Action.REPLACE, "REPLACE_ACCOUNT");
    }

    /**
     * « Écrire à plusieurs responsables » (R-MASS-1): the distinct guardians of the selection that have an e-mail
     * address (the validated one of their account, else the school's), each with the address the message goes to.
     */
    public Map<Long, String> freeMessageRecipients(String actor, long establishmentId, List<Couple> selection) {
        requireManager(actor, establishmentId);
        Map<Long, String> recipients = new LinkedHashMap<>();
        for (Couple couple : selection) {
            if (couple.guardianId() == null || recipients.containsKey(couple.guardianId())) {
                continue;
            }
            Guardian guardian = em.find(Guardian.class, couple.guardianId());
            if (guardian == null || guardian.getEstablishment().getId() != establishmentId) {
                throw new AccessDeniedException("Ce responsable n’appartient pas à l’établissement.");
            }
            Account current = currentGuardianAccount(couple.guardianId(), couple.studentId());
            String email = current == null || current.getState() == AccountState.CLOSED
                    ? ContactEmail.choose(null, false, guardian.getEmail())
                    : ContactEmail.choose(current.getEmail(), current.isEmailValidated(), guardian.getEmail());
            if (email != null) {
                recipients.put(couple.guardianId(), email);
            }
        }
        return recipients;
    }

    /**
     * « Écrire à plusieurs responsables » (R-MASS-1): one e-mail per guardian with an address, sent separately through
     * the outbox. {@code requestId} identifies the form that was filled: submitting it twice (a double click, a
     * reloaded page) queues nothing more. Returns how many e-mails were queued.
     */
    public int writeToGuardians(String actor, long establishmentId, List<Couple> selection, String subject,
                                String text, String requestId) {
        if (subject == null || subject.isBlank()) {
            throw new AccountRuleViolation("L’objet du message est obligatoire.");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            throw new AccountRuleViolation("L’objet du message dépasse " + MAX_SUBJECT + " caractères.");
        }
        if (text == null || text.isBlank()) {
            throw new AccountRuleViolation("Le message est vide.");
        }
        if (text.length() > MAX_MESSAGE) {
            throw new AccountRuleViolation("Le message dépasse " + MAX_MESSAGE + " caractères.");
        }
        if (requestId == null || !requestId.matches("[A-Za-z0-9-]{8,64}")) {
            throw new IllegalArgumentException("Identifiant de formulaire invalide");
        }
        Map<Long, String> recipients = freeMessageRecipients(actor, establishmentId, selection);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        LetterContents.Mail mail = LetterContents.freeMail(establishment, subject, text);
        int queued = 0;
        for (Map.Entry<Long, String> recipient : recipients.entrySet()) {
            if (outbox.enqueue("free:" + requestId + ":guardian" + recipient.getKey(), establishmentId,
                    recipient.getValue(), mail.subject(), mail.html(), mail.text(), MailKind.FREE_MESSAGE, actor)) {
                queued++;
            }
        }
        audit.record(actor, establishmentId, "WRITE_TO_GUARDIANS", queued + " responsable(s)", mail.subject());
        return queued;
    }

    /**
     * R-JOB-2: prepares a whole-school run for the batch job: the selection (ranks, states) applied in each division
     * and the number of divisions, for the progress bar. One such run at a time per establishment and audience.
     */
    public long prepareWholeSchool(String actor, long establishmentId, AccountKind audience, AccountFilter filter,
                                   Transmission transmission, boolean resetPasswords) {
        requireManager(actor, establishmentId);
        requireActivated(establishmentId);
        List<NotificationRun> running = em.createQuery("SELECT r FROM NotificationRun r WHERE r.establishmentId = :e "
                        + "AND r.audience = :a AND r.status = :s AND r.jobExecutionId IS NOT NULL", NotificationRun.class)
                .setParameter("e", establishmentId).setParameter("a", audience)
                .setParameter("s", RunStatus.RUNNING).getResultList();
        if (!running.isEmpty()) {
            NotificationRun other = running.get(0);
            throw new AccountRuleViolation("Une notification de tout l’établissement est déjà en cours (lancée par "
                    + other.getCreatedBy() + " le " + LetterContents.dateTime(other.getCreatedAt())
                    + ")\u00a0: attendez qu’elle se termine.");
        }
        NotificationRun run = audience == AccountKind.GUARDIAN
                ? NotificationRun.forGuardians(establishmentId, transmission, false, actor, now())
                : NotificationRun.forStudents(establishmentId, resetPasswords, actor, now());
        run.selectForJob(filter.ranks(), filter.states(), directory.divisions(actor, establishmentId).size());
        em.persist(run);
        audit.record(actor, establishmentId, audience == AccountKind.GUARDIAN ? "NOTIFY_GUARDIANS_JOB"
                : "NOTIFY_STUDENTS_JOB", "Tout l’établissement", describe(run));
        em.flush();
        return run.getId();
    }

    /**
     * R-JOB-2: the job's execution, so that the console can follow or restart it. Locked like the job's chunks lock
     * the run: attached while the first division is being written, it must not lose that chunk's counters.
     */
    public void attachJob(long runId, long executionId) {
        locked(runId).attachJob(executionId);
    }

    /** R-JOB-2: the divisions a whole-school run goes through, in order. */
    public List<Long> divisionsOf(long runId) {
        NotificationRun run = run(runId);
        return directory.divisions(run.getCreatedBy(), run.getEstablishmentId()).stream()
                .map(option -> option.id()).toList();
    }

    /**
     * R-JOB-2: one division of a whole-school run, in the caller's transaction (the job's chunk): the couples of the
     * run's selection in that division, read now with their current versions; those already handled (a restart) are
     * skipped. The run's author must still hold his role.
     */
    public void notifyDivision(long runId, long divisionId) {
        NotificationRun run = em.find(NotificationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        AccountFilter filter = new AccountFilter(divisionId, run.legalRankSelection(), run.stateSelection(), null,
                null);
        List<Couple> couples = run.getAudience() == AccountKind.GUARDIAN
                ? directory.guardianCoupleKeys(run.getCreatedBy(), run.getEstablishmentId(), filter)
                : directory.studentKeys(run.getCreatedBy(), run.getEstablishmentId(), filter);
        handle(run, couples, Action.NOTIFY);
        run.divisionDone();
    }

    /** R-JOB-2: the job went through every division. */
    public void finishJob(long runId) {
        NotificationRun run = run(runId);
        run.finish(now());
    }

    /** R-JOB-2: the job stopped on an error; restarting it resumes the run. */
    public void failJob(long runId, String error) {
        run(runId).fail(error, now());
    }

    /** R-JOB-2: a failed job is being restarted; returns the job execution to restart. */
    public long resumeJob(long runId) {
        NotificationRun run = locked(runId);
        if (run.getJobExecutionId() == null) {
            throw new IllegalStateException("Notification " + runId + " sans traitement à reprendre");
        }
        run.resume();
        return run.getJobExecutionId();
    }

    // ------------------------------------------------------------------------------------------------------------

    private RunSummary individual(String actor, long establishmentId, Couple couple, NotificationMode mode,
                                  Action action, String auditAction) {
        requireManager(actor, establishmentId);
        boolean guardian = couple.guardianId() != null;
        if (!guardian && mode == NotificationMode.EMAIL) {
            throw new AccountRuleViolation("Les comptes élèves sont notifiés par courrier uniquement.");
        }
        Transmission transmission = mode == NotificationMode.EMAIL ? Transmission.EMAIL_ONLY
                : Transmission.PAPER_ONLY;
        boolean reset = action == Action.NOTIFY_AND_RESET;
        NotificationRun run = guardian
                ? NotificationRun.forGuardians(establishmentId, transmission, reset, actor, now())
                : NotificationRun.forStudents(establishmentId, reset, actor, now());
        start(run, List.of(couple));
        handle(run, List.of(couple), action);
        return finish(run, actor, auditAction);
    }

    private NotificationRun start(NotificationRun run, List<Couple> selection) {
        if (selection == null || selection.isEmpty()) {
            throw new AccountRuleViolation("Aucun compte sélectionné.");
        }
        requireActivated(run.getEstablishmentId());
        em.persist(run);
        em.flush();
        return run;
    }

    private RunSummary finish(NotificationRun run, String actor, String auditAction) {
        run.finish(now());
        audit.record(actor, run.getEstablishmentId(), auditAction, run.getLetters() + run.getEmails()
                + " compte(s) notifié(s)", describe(run));
        return RunSummary.of(run, now());
    }

    /**
     * Couples in a fixed order, so that two runs lock the same rows in the same order and never deadlock. What the
     * run already did (a restarted job) is read once, then kept up to date here.
     */
    private void handle(NotificationRun run, List<Couple> couples, Action action) {
        RunProgress progress = new RunProgress(run);
        List<Couple> ordered = couples.stream().distinct()
                .sorted(Comparator.comparingLong(Couple::studentId)
                        .thenComparing(c -> c.guardianId() == null ? 0L : c.guardianId()))
                .toList();
        for (Couple couple : ordered) {
            if (progress.handled.contains(NotificationItem.coupleKey(couple.studentId(), couple.guardianId()))) {
                continue;
            }
            NotificationItem item = run.getAudience() == AccountKind.GUARDIAN
                    ? guardianCouple(run, progress, couple, action)
                    : student(run, couple, action);
            em.persist(item);
            run.count(item.getOutcome());
            progress.record(item);
        }
    }

    /**
     * What a run did so far, and the stationery of its e-mails (read once, at the first e-mail): a restarted job
     * skips the couples already handled, and an account opening several pupils is notified once.
     */
    private final class RunProgress {
        private final NotificationRun run;
        private final Set<String> handled = new HashSet<>();
        private final Map<Long, ItemOutcome> accountOutcomes = new HashMap<>();
        private LetterContents.Stationery stationery;

        RunProgress(NotificationRun run) {
            this.run = run;
            for (NotificationItem item : em.createQuery("SELECT i FROM NotificationItem i WHERE i.runId = :r",
                    NotificationItem.class).setParameter("r", run.getId()).getResultList()) {
                record(item);
            }
        }

        void record(NotificationItem item) {
            handled.add(item.getCoupleKey());
            if (item.getAccountId() != null && item.getOutcome() != ItemOutcome.SKIPPED) {
                accountOutcomes.putIfAbsent(item.getAccountId(), item.getOutcome());
            }
        }

        LetterContents.Stationery stationery() {
            if (stationery == null) {
                stationery = contents.stationery(em.find(Establishment.class, run.getEstablishmentId()));
            }
            return stationery;
        }
    }

    private NotificationItem guardianCouple(NotificationRun run, RunProgress progress, Couple couple,
                                            Action action) {
        if (couple.guardianId() == null) {
            throw new AccessDeniedException("Ligne sans responsable dans une notification de responsables.");
        }
        long studentId = couple.studentId();
        Long guardianId = couple.guardianId();
        Optional<Long> linkId = em.createQuery("SELECT l.id FROM GuardianLink l WHERE l.guardian.id = :g "
                        + "AND l.student.id = :s", Long.class)
                .setParameter("g", guardianId).setParameter("s", studentId).getResultStream().findFirst();
        if (linkId.isEmpty()) {
            return NotificationItem.skipped(run.getId(), studentId, guardianId, null,
                    "Ce responsable n’est plus rattaché à cet élève.");
        }
        GuardianLink link = em.find(GuardianLink.class, linkId.get(), LockModeType.PESSIMISTIC_WRITE);
        Student student = link.getStudent();
        requireSameEstablishment(run, student);
        Optional<String> refusal = guardianRefusal(link);
        Account current = currentGuardianAccount(guardianId, studentId);
        if (refusal.isEmpty() && changedMeanwhile(couple, current)) {
            refusal = Optional.of(CHANGED_MEANWHILE);
        }
        if (refusal.isEmpty() && current != null && current.getState() != AccountState.CLOSED
                && !AccountAction.NOTIFY.isAllowedFrom(current.getState())) {
            refusal = Optional.of("Ce compte ne peut pas être notifié dans son état («\u00a0"
                    + current.getState().label() + "\u00a0»).");
        }
        Guardian guardian = link.getGuardian();
        String email = current == null || current.getState() == AccountState.CLOSED
                ? ContactEmail.choose(null, false, guardian.getEmail())
                : ContactEmail.choose(current.getEmail(), current.isEmailValidated(), guardian.getEmail());
        Optional<NotificationMode> mode = run.getTransmission().channelFor(email);
        if (refusal.isEmpty() && mode.isEmpty()) {
            refusal = Optional.of(Transmission.NO_EMAIL);
        }
        Long currentId = current == null ? null : current.getId();
        if (refusal.isPresent()) {
            return NotificationItem.skipped(run.getId(), studentId, guardianId, currentId, refusal.get());
        }
        Optional<ItemOutcome> sameAccountEarlier = Optional.ofNullable(currentId)
                .map(progress.accountOutcomes::get);
        if (sameAccountEarlier.isPresent()) {
            // A regrouped account opens several pupils of the school: notified once, listed for each.
            return NotificationItem.notified(run.getId(), studentId, guardianId, currentId, sameAccountEarlier.get());
        }
        String actor = run.getCreatedBy();
        NotificationContent content;
        if (current == null) {
            long created = accounts.preCreateGuardianAccount(guardianId, studentId, actor)
                    .orElseThrow(() -> new AccountRuleViolation("Ce responsable n’a pas droit à un compte."));
            content = accounts.notifyAccount(created, mode.get(), actor);
        } else if (current.getState() == AccountState.CLOSED || action == Action.REPLACE) {
            content = accounts.replaceAccount(current.getId(), studentId, mode.get(), actor);
        } else if (action == Action.NOTIFY_AND_RESET || run.isResetPasswords()) {
            content = accounts.notifyAndResetPassword(current.getId(), mode.get(), actor);
        } else {
            content = accounts.notifyAccount(current.getId(), mode.get(), actor);
        }
        if (mode.get() == NotificationMode.EMAIL) {
            LetterRecipient recipient = new LetterRecipient(guardianName(guardian), null,
                    List.of(line(student, content)));
            LetterContents.Mail mail = LetterContents.notificationMail(progress.stationery(), recipient);
            outbox.enqueue("notify:run" + run.getId() + ":account" + content.accountId(), run.getEstablishmentId(),
                    email, mail.subject(), mail.html(), mail.text(), MailKind.NOTIFICATION, actor);
            return NotificationItem.notified(run.getId(), studentId, guardianId, content.accountId(),
                    ItemOutcome.EMAIL);
        }
        return NotificationItem.notified(run.getId(), studentId, guardianId, content.accountId(), ItemOutcome.LETTER);
    }

    private NotificationItem student(NotificationRun run, Couple couple, Action action) {
        Student student = em.find(Student.class, couple.studentId(), LockModeType.PESSIMISTIC_WRITE);
        if (student == null) {
            return NotificationItem.skipped(run.getId(), couple.studentId(), null, null, "Élève introuvable.");
        }
        requireSameEstablishment(run, student);
        Account current = currentStudentAccount(student.getId());
        Long currentId = current == null ? null : current.getId();
        Optional<String> refusal = Optional.empty();
        if (!student.isEnrolledOn(today())) {
            refusal = Optional.of("Élève sorti de l’établissement.");
        } else if (student.isAccessRemoved()) {
            refusal = Optional.of("Accès enlevé à la demande d’un responsable (coupon de refus)\u00a0: "
                    + "«\u00a0Autoriser l’accès\u00a0» dans «\u00a0Gérer le compte élève\u00a0» pour le rétablir.");
        } else if (changedMeanwhile(couple, current)) {
            refusal = Optional.of(CHANGED_MEANWHILE);
        }
        if (refusal.isPresent()) {
            return NotificationItem.skipped(run.getId(), student.getId(), null, currentId, refusal.get());
        }
        String actor = run.getCreatedBy();
        NotificationContent content;
        if (current == null) {
            content = accounts.notifyAccount(accounts.preCreateStudentAccount(student.getId(), actor),
                    NotificationMode.LETTER, actor);
        } else if (current.getState() == AccountState.CLOSED || action == Action.REPLACE) {
            content = accounts.replaceAccount(current.getId(), student.getId(), NotificationMode.LETTER,
                    actor);
        } else if (action == Action.NOTIFY_AND_RESET
                || (run.isResetPasswords() && current.getState() == AccountState.IN_USE)) {
            content = accounts.notifyAndResetPassword(current.getId(), NotificationMode.LETTER, actor);
        } else {
            content = accounts.notifyAccount(current.getId(), NotificationMode.LETTER, actor);
        }
        return NotificationItem.notified(run.getId(), student.getId(), null, content.accountId(), ItemOutcome.LETTER);
    }

    /** R-ACC-1, R-ACC-9: why a guardian's couple cannot be notified at all, whatever the account. */
    private Optional<String> guardianRefusal(GuardianLink link) {
        if (!link.getLegalRank().isLegal()) {
            return Optional.of("Seuls les représentants légaux 1 et 2 ont un compte.");
        }
        if (!link.getStudent().isEnrolledOn(today())) {
            return Optional.of("Élève sorti de l’établissement.");
        }
        if (link.isAccessRefused()) {
            return Optional.of("Accès refusé par le responsable (coupon de refus)\u00a0: «\u00a0Autoriser l’accès\u00a0»"
                    + " dans «\u00a0Gérer le compte responsable\u00a0» pour le rétablir.");
        }
        return Optional.empty();
    }

    /** The account the screen showed is no longer the couple's current one, or has changed since. */
    private static boolean changedMeanwhile(Couple couple, Account current) {
        if (couple.accountId() == null) {
            return current != null && current.getState() != AccountState.CLOSED;
        }
        return current == null || !current.getId().equals(couple.accountId())
                || (couple.accountVersion() != null && current.getVersion() != couple.accountVersion());
    }

    /** The newest account the guardian holds for this pupil (a replacement is newer than what it replaced). */
    private Account currentGuardianAccount(long guardianId, long studentId) {
        return em.createQuery("SELECT a FROM Account a JOIN a.accesses x WHERE x.holder.id = :g "
                        + "AND x.student.id = :s AND a.kind = :kind ORDER BY a.id DESC", Account.class)
                .setParameter("g", guardianId).setParameter("s", studentId)
                .setParameter("kind", AccountKind.GUARDIAN)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Account currentStudentAccount(long studentId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.student.id = :s AND a.kind = :kind ORDER BY a.id DESC",
                        Account.class)
                .setParameter("s", studentId).setParameter("kind", AccountKind.STUDENT)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    static LetterRecipient.Line line(Student student, NotificationContent content) {
        return new LetterRecipient.Line(pupilName(student),
                student.getDivision() == null ? null : student.getDivision().getCode(), content.username(),
                content.continuity() ? Optional.empty() : content.temporaryPassword());
    }

    /** « Léa DURAND ». */
    static String pupilName(Student student) {
        return student.getFirstName() + " " + student.displayLastName().toUpperCase(Locale.FRENCH);
    }

    /** « Madame Claire DURAND ». */
    static String guardianName(Guardian guardian) {
        String civility = LetterRecipient.civilityInFull(guardian.getCivility());
        return (civility.isEmpty() ? "" : civility + " ") + guardian.getFirstName() + " "
                + guardian.displayLastName().toUpperCase(Locale.FRENCH);
    }

    private static String describe(NotificationRun run) {
        String how = run.getAudience() == AccountKind.GUARDIAN ? run.getTransmission().label() : "Papier";
        return how + (run.isResetPasswords() ? ", mots de passe réinitialisés" : "") + "\u00a0: "
                + run.getLetters() + " courrier(s), " + run.getEmails() + " courriel(s), " + run.getSkipped()
                + " non notifié(s)";
    }

    private NotificationRun run(long runId) {
        NotificationRun run = em.find(NotificationRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("Notification " + runId + " introuvable");
        }
        return run;
    }

    private NotificationRun locked(long runId) {
        NotificationRun run = em.find(NotificationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new IllegalArgumentException("Notification " + runId + " introuvable");
        }
        return run;
    }

    private static void requireSameEstablishment(NotificationRun run, Student student) {
        if (student.getEstablishment().getId() != run.getEstablishmentId()) {
            throw new AccessDeniedException("Cet élève n’est pas inscrit dans l’établissement.");
        }
    }

    /** R-SVC-1: nothing is notified before the school has activated the téléservices. */
    private void requireActivated(long establishmentId) {
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (establishment == null || !establishment.isTeleservicesActivated()) {
            throw new AccountRuleViolation("Les téléservices de l’établissement ne sont pas activés\u00a0: le chef "
                    + "d’établissement doit d’abord les activer (Gestion des téléservices).");
        }
    }

    private void requireManager(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a run does to each account. */
    private enum Action {
        NOTIFY, NOTIFY_AND_RESET, REPLACE
    }
}
