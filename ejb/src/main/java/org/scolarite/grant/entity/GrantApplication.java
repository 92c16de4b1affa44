package org.scolarite.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.scolarite.catalog.entity.NationalService;

/**
 * A family's grant application for a pupil and a school year (R-BOURSE-2), « Bourse de collège » or « Bourse de
 * lycée » after the pupil's establishment. The family saves it as a draft as often as it likes and submits it once;
 * from then on only the school moves it ({@link GrantStatus}), and the answers never change: a replayed or late form
 * is refused here, whatever the page did.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

    @Id
    @SequenceGenerator(name = "grant_application_seq", sequenceName = "grant_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_application_seq")
    private Long id;

    /** Two school users deciding at once: the second one's change is refused, not applied over the first. */
    @Version
    private int version;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    /** The school year by its start year, as SIECLE names it (2026 = 2026-2027). */
    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false)
    private NationalService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GrantStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "household")
    private Household household;

    @Column(name = "first_guardian")
    private String firstGuardian;

    @Column(name = "second_guardian")
    private String secondGuardian;

    @Column(name = "reference_income", precision = 12, scale = 2)
    private BigDecimal referenceIncome;

    @Column(name = "children_in_charge")
    private Integer childrenInCharge;

    @Column(name = "certified", nullable = false)
    private boolean certified;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected GrantApplication() {
    }

    public GrantApplication(long establishmentId, long studentId, int schoolYear, NationalService service,
                            String actor, LocalDateTime now) {
        if (service != NationalService.COLLEGE_GRANT && service != NationalService.LYCEE_GRANT) {
            throw new IllegalArgumentException("Pas un service de bourse : " + service);
        }
        this.establishmentId = establishmentId;
        this.studentId = studentId;
        this.schoolYear = schoolYear;
        this.service = service;
        this.status = GrantStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(actor);
        this.createdAt = now;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** Only a draft can be changed by the family. */
    public boolean isEditable() {
        return status == GrantStatus.DRAFT;
    }

    /** Saves the family's answers as they go (a draft may be incomplete); refused once submitted. */
    public void saveDraft(GrantAnswers answers, String actor, LocalDateTime now) {
        requireEditable();
        write(answers, actor, now);
    }

    /**
     * DRAFT → SUBMITTED with complete answers ({@code GrantForm.checked(true)}). The same submission repeated (double
     * click, back button and re-send) changes nothing; other answers for a submitted application are refused.
     *
     * @return false when it had already been submitted with these very answers
     */
    public boolean submit(GrantAnswers complete, String actor, LocalDateTime now) {
        if (!isEditable() && answers().equals(complete)) {
            return false;
        }
        requireEditable();
        write(complete, actor, now);
        move(GrantStatus.SUBMITTED, status.familyMayMoveTo(GrantStatus.SUBMITTED));
        submittedBy = actor;
        submittedAt = now;
        return true;
    }

    /**
     * The school's move (SUBMITTED → IN_REVIEW → GRANTED or REFUSED), refused otherwise.
     *
     * @return whether the new status is a decision the family must be told of
     */
    public boolean moveBySchool(GrantStatus target, String actor, LocalDateTime now) {
        move(target, status.schoolMayMoveTo(target));
        updatedBy = actor;
        updatedAt = now;
        if (target.isDecision()) {
            decidedBy = actor;
            decidedAt = now;
        }
        return target.isDecision();
    }

    private void move(GrantStatus target, boolean allowed) {
        if (!allowed) {
            throw GrantRejected.form("La demande est « " + status.label() + " » : elle ne peut pas passer à « "
                    + target.label() + " ».");
        }
        status = target;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw GrantRejected.form("Cette demande a été déposée le " + (submittedAt == null ? "" :
                    String.format("%1$td/%1$tm/%1$tY", submittedAt)) + " : elle ne peut plus être modifiée. "
                    + "Pour signaler un changement, contactez l’établissement.");
        }
    }

    private void write(GrantAnswers answers, String actor, LocalDateTime now) {
        household = answers.household();
        firstGuardian = answers.firstGuardian();
        secondGuardian = answers.secondGuardian();
        referenceIncome = answers.referenceIncome();
        childrenInCharge = answers.childrenInCharge();
        certified = answers.certified();
        updatedBy = actor;
        updatedAt = now;
    }

    public GrantAnswers answers() {
        return new GrantAnswers(household, firstGuardian, secondGuardian, referenceIncome, childrenInCharge,
                certified);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getEstablishmentId() { return establishmentId; }
    public long getStudentId() { return studentId; }
    public int getSchoolYear() { return schoolYear; }
    public NationalService getService() { return service; }
    public GrantStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
