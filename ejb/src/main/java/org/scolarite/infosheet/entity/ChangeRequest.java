package org.scolarite.infosheet.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;

/**
 * One field of the information sheet that a guardian asked to change (R-FICHE-1): old and new value, pending until
 * the school accepts or refuses it. While pending it holds its field's « open key » (one pending request per pupil's
 * field, or per guardian's own field: the database's unique constraint), which the decision releases.
 */
@Entity
@Table(name = "info_sheet_change")
public class ChangeRequest {

    @Id
    @SequenceGenerator(name = "info_sheet_change_seq", sequenceName = "info_sheet_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_sheet_change_seq")
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private Long establishmentId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    /** The guardian who asked; for a guardian's field, also the one whose data it is. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    /** The account that asked, whose validated address receives the decision. */
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetField field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeStatus status;

    @Column(name = "open_key")
    private String openKey;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected ChangeRequest() {
    }

    public ChangeRequest(long establishmentId, Student student, Guardian guardian, Long accountId,
                         SheetReview.Change change, LocalDateTime now) {
        this.establishmentId = establishmentId;
        this.student = Objects.requireNonNull(student);
        this.guardian = Objects.requireNonNull(guardian);
        this.accountId = accountId;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.status = ChangeStatus.PENDING;
        this.openKey = openKey(field, student.getId(), guardian.getId());
        this.submittedAt = Objects.requireNonNull(now);
    }

    /** The key a pending request of {@code field} holds: the pupil's for his fields, the guardian's for his own. */
    public static String openKey(SheetField field, Long studentId, Long guardianId) {
        return (field.isPupil() ? "S" + studentId : "G" + guardianId) + ":" + field.name();
    }

    /** A later change of the same field by the same guardian: the last one wins (R-FICHE-1). */
    public void replace(SheetReview.Change change, Long accountId, LocalDateTime now) {
        requirePending();
        if (change.field() != field) {
            throw new IllegalArgumentException("Autre champ : " + change.field());
        }
        this.newValue = change.newValue();
        this.accountId = accountId;
        this.submittedAt = now;
    }

    public void accept(String actor, LocalDateTime now) {
        decide(ChangeStatus.ACCEPTED, actor, now);
    }

    public void refuse(String actor, LocalDateTime now) {
        decide(ChangeStatus.REFUSED, actor, now);
    }

    private void decide(ChangeStatus decision, String actor, LocalDateTime now) {
        requirePending();
        this.status = decision;
        this.decidedBy = Objects.requireNonNull(actor);
        this.decidedAt = Objects.requireNonNull(now);
        this.openKey = null;
    }

    private void requirePending() {
        if (status != ChangeStatus.PENDING) {
            throw new IllegalStateException("Demande déjà traitée : " + status);
        }
    }

    public boolean isPending() {
        return status == ChangeStatus.PENDING;
    }

    public Long getId() { return id; }
    public Long getEstablishmentId() { return establishmentId; }
    public Student getStudent() { return student; }
    public Guardian getGuardian() { return guardian; }
    public Long getAccountId() { return accountId; }
    public SheetField getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public ChangeStatus getStatus() { return status; }
    public String getOpenKey() { return openKey; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
