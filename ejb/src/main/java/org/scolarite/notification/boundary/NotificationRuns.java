package org.scolarite.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.notification.control.LetterPdfWriter;
import org.scolarite.notification.control.PrintableLetter;
import org.scolarite.notification.entity.LetterRecipient;
import org.scolarite.notification.entity.NotificationRun;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * The console's view of notification runs (R-MASS-1, R-JOB-2, R-SEC-1): a run's progress and counts, the summary of
 * those not notified, the recent runs whose letters can still be printed, and the letters themselves, rendered as one
 * PDF streamed to the caller. Head and delegate only, in their establishment.
 */
@Stateless
public class NotificationRuns {

    private static final String SKIPPED = """
            SELECT COALESCE(NULLIF(s.usage_name, ''), s.last_name), s.first_name, d.code, g.civility,
                   COALESCE(NULLIF(g.usage_name, ''), g.last_name), g.first_name, i.reason
              FROM notification_item i
              JOIN student s ON s.id = i.student_id
              LEFT JOIN division d ON d.id = s.division_id
              LEFT JOIN guardian g ON g.id = i.guardian_id
             WHERE i.run_id = ?1 AND i.outcome = 'SKIPPED'
             ORDER BY d.code, UPPER(COALESCE(NULLIF(s.usage_name, ''), s.last_name)), UPPER(s.first_name), i.id
            """;

    /**
     * The letters of a run, one line per notified couple, grouped by guardian (a guardian's letter lists all his
     * children of the run: the guide's « un seul courrier … plusieurs enfants concernés »), guardians in the order of
     * their first child's division then name. Pupils' runs have no guardian: one letter per pupil.
     */
    private static final String LETTERS = """
            SELECT i.guardian_id, i.student_id, i.account_id
              FROM notification_item i
              JOIN student s ON s.id = i.student_id
              LEFT JOIN division d ON d.id = s.division_id
              LEFT JOIN guardian g ON g.id = i.guardian_id
             WHERE i.run_id = ?1 AND i.outcome = 'LETTER'
             ORDER BY (SELECT MIN(COALESCE(d2.code, ''))
                         FROM notification_item i2 JOIN student s2 ON s2.id = i2.student_id
                         LEFT JOIN division d2 ON d2.id = s2.division_id
                        WHERE i2.run_id = i.run_id AND i2.outcome = 'LETTER'
                          AND (i2.guardian_id = i.guardian_id OR (i.guardian_id IS NULL AND i2.id = i.id))),
                      UPPER(COALESCE(NULLIF(g.usage_name, ''), g.last_name)), UPPER(g.first_name), i.guardian_id,
                      UPPER(COALESCE(NULLIF(s.usage_name, ''), s.last_name)), UPPER(s.first_name), i.id
            """;

    /** Rows read per query while streaming letters: memory stays flat whatever the run's size. */
    private static final int PAGE = 200;

    @PersistenceContext(unitName = "teleservices")
    EntityManager em;

    @Inject
    LetterContents contents;

    @Inject
    TemporaryPasswordCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /** A run of the establishment, with its progress (the console polls it while a job runs). */
    public RunSummary view(String actor, long establishmentId, long runId) {
        return RunSummary.of(owned(actor, establishmentId, runId), now());
    }

    /** The establishment's runs of that audience from the last days, newest first (the « Courriers à imprimer »). */
    public List<RunSummary> recent(String actor, long establishmentId, AccountKind audience) {
        requireManager(actor, establishmentId);
        LocalDateTime now = now();
        TypedQuery<NotificationRun> query = em.createQuery("SELECT r FROM NotificationRun r WHERE r.establishmentId = :e"
                        + (audience == null ? "" : " AND r.audience = :a")
                        + " AND r.expiresAt > :now ORDER BY r.createdAt DESC, r.id DESC", NotificationRun.class)
                .setParameter("e", establishmentId)
                .setParameter("now", now)
                .setMaxResults(50);
        if (audience != null) {
            query.setParameter("a", audience);
        }
        return query.getResultStream().map(run -> RunSummary.of(run, now)).toList();
    }

    /** R-MASS-1: those the run could not notify, and why, by division and name. */
    public List<SkippedLine> skipped(String actor, long establishmentId, long runId) {
        owned(actor, establishmentId, runId);
        List<SkippedLine> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery(SKIPPED).setParameter(1, runId).getResultList()) {
            Object[] r = (Object[]) row;
            String pupil = r[1] + " " + ((String) r[0]).toUpperCase(Locale.FRENCH);
            String guardian = r[4] == null ? null
                    : (r[3] == null ? "" : r[3] + " ") + ((String) r[4]).toUpperCase(Locale.FRENCH) + " " + r[5];
            lines.add(new SkippedLine(pupil, (String) r[2], guardian, (String) r[6]));
        }
        return lines;
    }

    /**
     * R-MASS-1, R-SEC-1: the run's letters as one PDF written to {@code out} (the HTTP response): rendered now from the
     * accounts, page by page, never stored. A temporary password is printed only while the account still has one (an
     * account activated since prints its identifier only). Audited: the PDF holds passwords. Refused once the run has
     * expired or was withdrawn.
     *
     * @return how many letters and pages were written
     */
    public LettersWritten writeLetters(String actor, long establishmentId, long runId, OutputStream out) {
        NotificationRun run = owned(actor, establishmentId, runId);
        if (!run.lettersAvailable(now())) {
            throw new AccountRuleViolation("Les courriers de cette notification ne sont plus disponibles : "
                    + "ils sont supprimés du serveur " + NotificationRun.LETTERS_AVAILABLE_FOR.toHours()
                    + " heures après la notification ou à la demande. Notifiez de nouveau les comptes concernés.");
        }
        audit.record(actor, establishmentId, "LETTERS_DOWNLOAD", run.getLetters() + " courrier(s)",
                "Notification n° " + runId + " du " + LetterContents.dateTime(run.getCreatedAt()));
        // Written before the pages below clear the persistence context.
        em.flush();
        boolean guardians = run.getAudience() == AccountKind.GUARDIAN;
        Establishment establishment = em.find(Establishment.class, establishmentId);
        LetterContents.Stationery stationery = contents.stationery(establishment);
        try (LetterPdfWriter pdf = new LetterPdfWriter(out, "Courriers de notification – " + establishment.getName())) {
            List<Object[]> group = new ArrayList<>();
            People people = People.NONE;
            for (int first = 0; ; first += PAGE) {
                @SuppressWarnings("unchecked")
                List<Object[]> page = em.createNativeQuery(LETTERS).setParameter(1, runId)
                        .setFirstResult(first).setMaxResults(PAGE).getResultList();
                // The group left over from the previous page keeps its people: they are loaded again with this page.
                People loaded = load(group, page);
                for (Object[] row : page) {
                    if (!group.isEmpty() && (row[0] == null || !row[0].equals(group.get(0)[0]))) {
                        pdf.add(letter(stationery, loaded, group, guardians));
                        group.clear();
                    }
                    group.add(row);
                }
                people = loaded;
                if (page.size() < PAGE) {
                    break;
                }
                // Letters written so far are in the PDF; their entities are not needed any more.
                em.clear();
            }
            if (!group.isEmpty()) {
                pdf.add(letter(stationery, people, group, guardians));
            }
            return new LettersWritten(pdf.letterCount(), pdf.pageCount());
        }
    }

    /** The pupils, accounts and guardians of some letter rows, three queries for a whole page rather than three a row. */
    private People load(List<Object[]> pending, List<Object[]> page) {
        List<Object[]> rows = new ArrayList<>(pending);
        rows.addAll(page);
        if (rows.isEmpty()) {
            return People.NONE;
        }
        Map<Long, Student> students = byId(em.createQuery("SELECT s FROM Student s LEFT JOIN FETCH s.division "
                + "WHERE s.id IN :ids", Student.class), ids(rows, 1), Student::getId);
        Map<Long, Account> accounts = byId(em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids",
                Account.class), ids(rows, 2), Account::getId);
        Set<Long> guardianIds = ids(rows, 0);
        Map<Long, Guardian> guardians = guardianIds.isEmpty() ? Map.of()
                : byId(em.createQuery("SELECT g FROM Guardian g WHERE g.id IN :ids", Guardian.class), guardianIds,
                        Guardian::getId);
        return new People(students, accounts, guardians);
    }

    private static Set<Long> ids(List<Object[]> rows, int column) {
        Set<Long> ids = new HashSet<>();
        for (Object[] row : rows) {
            if (row[column] != null) {
                ids.add(((Number) row[column]).longValue());
            }
        }
        return ids;
    }

    private static <T> Map<Long, T> byId(TypedQuery<T> query, Set<Long> ids, Function<T, Long> id) {
        return query.setParameter("ids", ids).getResultStream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The entities behind a page of letter rows. */
    private record People(Map<Long, Student> students, Map<Long, Account> accounts, Map<Long, Guardian> guardians) {
        static final People NONE = new People(Map.of(), Map.of(), Map.of());

        Student student(Object id) {
            return students.get(((Number) id).longValue());
        }
    }

    private PrintableLetter letter(LetterContents.Stationery stationery, People people, List<Object[]> rows,
                                   boolean guardians) {
        List<LetterRecipient.Line> lines = new ArrayList<>();
        for (Object[] row : rows) {
            Student student = people.student(row[1]);
            Account account = people.accounts().get(((Number) row[2]).longValue());
            Optional<String> password = account.hasTemporaryPassword()
                    ? Optional.of(cipher.decrypt(account.getEncryptedTemporaryPassword())) : Optional.empty();
            lines.add(new LetterRecipient.Line(AccountNotifications.pupilName(student),
                    student.getDivision() == null ? null : student.getDivision().getCode(),
                    account.getUsername().value(), password));
        }
        LetterRecipient recipient;
        if (guardians) {
            Guardian guardian = people.guardians().get(((Number) rows.get(0)[0]).longValue());
            recipient = new LetterRecipient(AccountNotifications.guardianName(guardian),
                    guardian.getAddress() == null ? null : guardian.getAddress().formatted(), lines);
        } else {
            Student student = people.student(rows.get(0)[1]);
            recipient = new LetterRecipient(AccountNotifications.pupilName(student),
                    student.getAddress() == null ? null : student.getAddress().formatted(), lines);
        }
        return LetterContents.letter(stationery, recipient, guardians);
    }

    /** What {@link #writeLetters} wrote: one letter per guardian (or pupil), some letters taking two pages. */
    public record LettersWritten(int letters, int pages) {
    }

    /** R-SEC-1: « Supprimer »: the run's letters can no longer be downloaded (its history stays in the audit). */
    public void withdrawLetters(String actor, long establishmentId, long runId) {
        owned(actor, establishmentId, runId).withdrawLetters(now());
    }

    /** R-JOB-1, R-SEC-1: the housekeeping forgets expired runs. Returns how many were deleted. */
    public int purgeExpired() {
        em.createQuery("DELETE FROM NotificationItem i WHERE i.runId IN "
                + "(SELECT r.id FROM NotificationRun r WHERE r.expiresAt <= :now)").setParameter("now", now())
                .executeUpdate();
        return em.createQuery("DELETE FROM NotificationRun r WHERE r.expiresAt <= :now").setParameter("now", now())
                .executeUpdate();
    }

    NotificationRun owned(String actor, long establishmentId, long runId) {
        requireManager(actor, establishmentId);
        NotificationRun run = em.find(NotificationRun.class, runId);
        if (run == null || run.getEstablishmentId() != establishmentId) {
            throw new AccessDeniedException("Cette notification n’appartient pas à l’établissement.");
        }
        return run;
    }

    private void requireManager(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
