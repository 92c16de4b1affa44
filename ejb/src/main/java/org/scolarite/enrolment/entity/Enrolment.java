package org.scolarite.enrolment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A family's online enrolment into the lycée it is assigned to (R-INSC-1): « J'inscris / Je n'inscris pas mon
 * enfant », then the pedagogical wishes, the administrative data and the confirmation. One row per assignment (the
 * unique key refuses a second one: a double click creates nothing twice); each transition says whether it changed
 * anything, so that a replayed request queues no second e-mail. Any change after a confirmation reopens the
 * enrolment, which the family confirms again. The deadline is the campaign's, checked by the service before any of
 * these is called.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrolmentStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_choice", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "option_code", length = 12)
    private Set<String> choices = new TreeSet<>();

    @Column(name = "home_phone", length = 20)
    private String homePhone;

    @Column(name = "mobile_phone", length = 20)
    private String mobilePhone;

    @Column(length = 254)
    private String email;

    @Column(name = "address_confirmed", nullable = false)
    private boolean addressConfirmed;

    @Column(name = "address_note", length = 300)
    private String addressNote;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Version
    private int version;

    protected Enrolment() {
    }

    private Enrolment(Assignment assignment, EnrolmentStatus status, String actor, LocalDateTime now) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.status = status;
        touch(actor, now);
    }

    /** « J'inscris mon enfant », the first time. */
    public static Enrolment enrol(Assignment assignment, String actor, LocalDateTime now) {
        return new Enrolment(assignment, EnrolmentStatus.STARTED, actor, now);
    }

    /** « Je n'inscris pas mon enfant », the first time. */
    public static Enrolment decline(Assignment assignment, String actor, LocalDateTime now) {
        return new Enrolment(assignment, EnrolmentStatus.DECLINED, actor, now);
    }

    /** « J'inscris mon enfant » again: a declined enrolment starts again; otherwise nothing changes. */
    public boolean enrol(String actor, LocalDateTime now) {
        if (status != EnrolmentStatus.DECLINED) {
            return false;
        }
        status = EnrolmentStatus.STARTED;
        touch(actor, now);
        return true;
    }

    /** « Je n'inscris pas mon enfant »: true when this changed the decision (the collège is then told). */
    public boolean decline(String actor, LocalDateTime now) {
        if (status == EnrolmentStatus.DECLINED) {
            return false;
        }
        status = EnrolmentStatus.DECLINED;
        confirmedAt = null;
        touch(actor, now);
        return true;
    }

    /** Step 2: the wishes, which must satisfy the MEF's rules (all problems reported at once). */
    public void choose(Set<String> codes, MefOptionRule rule, String actor, LocalDateTime now) {
        requireEnrolled();
        var problems = rule.check(codes);
        if (!problems.isEmpty()) {
            throw new ChoicesRejected(problems);
        }
        if (!choices.equals(new TreeSet<>(codes))) {
            choices.clear();
            choices.addAll(codes);
            reopen(actor, now);
        }
    }

    /** Step 3: the administrative data, already checked by {@link AdministrativeData#of}. */
    public void record(AdministrativeData data, String actor, LocalDateTime now) {
        requireEnrolled();
        if (!data.equals(administrativeData())) {
            homePhone = data.homePhone();
            mobilePhone = data.mobilePhone();
            email = data.email();
            addressConfirmed = data.addressConfirmed();
            addressNote = data.addressNote();
            reopen(actor, now);
        }
    }

    /**
     * Step 4: confirms the summary; true when this confirmed it (false for a replay). The wishes are checked once more
     * against the MEF's rules as they are today (the lycée may have changed them since step 2).
     */
    public boolean confirm(MefOptionRule rule, String actor, LocalDateTime now) {
        requireEnrolled();
        if (status == EnrolmentStatus.CONFIRMED) {
            return false;
        }
        var problems = rule.check(choices);
        if (!problems.isEmpty()) {
            throw new ChoicesRejected(problems);
        }
        if (email == null) {
            throw new EnrolmentRejected(null, "Complétez d’abord les données administratives (étape 3).");
        }
        status = EnrolmentStatus.CONFIRMED;
        confirmedAt = now;
        touch(actor, now);
        return true;
    }

    /** Null until step 3 was saved once. */
    public AdministrativeData administrativeData() {
        return email == null ? null
                : new AdministrativeData(homePhone, mobilePhone, email, addressConfirmed, addressNote);
    }

    private void requireEnrolled() {
        if (status == EnrolmentStatus.DECLINED) {
            throw new EnrolmentRejected(null, "Vous avez indiqué ne pas inscrire votre enfant : choisissez d’abord "
                    + "« J’inscris mon enfant ».");
        }
    }

    private void reopen(String actor, LocalDateTime now) {
        status = EnrolmentStatus.STARTED;
        confirmedAt = null;
        touch(actor, now);
    }

    private void touch(String actor, LocalDateTime now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Assignment getAssignment() { return assignment; }
    public EnrolmentStatus getStatus() { return status; }
    public Set<String> getChoices() { return Set.copyOf(choices); }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getConfirmedAt() { return confirmedAt; }
}
