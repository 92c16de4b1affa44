package org.scolarite.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * What one {@link NotificationRun} did for one couple (pupil, guardian) — or one pupil in a pupils' run. The couple
 * key is unique in the run: a restarted job finds the couples it already handled and never notifies them twice.
 * Identifiers rather than associations: the run is read in bulk by SQL, never navigated.
 */
@Entity
@Table(name = "notification_item")
public class NotificationItem {

    /** The longest reason kept: the column's size. */
    public static final int MAX_REASON = 300;

    @Id
    @SequenceGenerator(name = "notification_item_seq", sequenceName = "notification_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_item_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "couple_key", nullable = false, updatable = false)
    private String coupleKey;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(name = "guardian_id", updatable = false)
    private Long guardianId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemOutcome outcome;

    @Column(updatable = false)
    private String reason;

    protected NotificationItem() {
    }

    private NotificationItem(long runId, long studentId, Long guardianId, Long accountId, ItemOutcome outcome,
                             String reason) {
        this.runId = runId;
        this.studentId = studentId;
        this.guardianId = guardianId;
        this.coupleKey = coupleKey(studentId, guardianId);
        this.accountId = accountId;
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** The account was notified: by letter (printed from the run) or by e-mail (queued in the outbox). */
    public static NotificationItem notified(long runId, long studentId, Long guardianId, long accountId,
                                            ItemOutcome outcome) {
        if (outcome == ItemOutcome.SKIPPED) {
            throw new IllegalArgumentException("Un compte notifié l'est par courrier ou par courriel.");
        }
        return new NotificationItem(runId, studentId, guardianId, accountId, outcome, null);
    }

    /** Nobody was notified, for that reason (shown in the summary of those not notified). */
    public static NotificationItem skipped(long runId, long studentId, Long guardianId, Long accountId,
                                           String reason) {
        return new NotificationItem(runId, studentId, guardianId, accountId, ItemOutcome.SKIPPED,
                Objects.requireNonNull(reason, "reason"));
    }

    /** « g12:s34 » for a guardian's couple, « s34 » for a pupil: unique in a run. */
    public static String coupleKey(long studentId, Long guardianId) {
        return guardianId == null ? "s" + studentId : "g" + guardianId + ":s" + studentId;
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public String getCoupleKey() { return coupleKey; }
    public long getStudentId() { return studentId; }
    public Long getGuardianId() { return guardianId; }
    public Long getAccountId() { return accountId; }
    public ItemOutcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
}
