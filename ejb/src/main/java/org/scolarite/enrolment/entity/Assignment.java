package org.scolarite.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.Mef;

/**
 * A 3e pupil's assignment (affectation) to a lycée and a MEF, as the collège's feed gives it (ASSIGNMENTS,
 * {@code docs/feeds/affectations.md}). It belongs to the collège's pupil record — the family logs into the collège's
 * portal — while what it points at (the lycée's campaign and options) belongs to the lycée.
 */
@Entity
@Table(name = "enrolment_assignment")
public class Assignment {

    @Id
    @SequenceGenerator(name = "enrolment_assignment_seq", sequenceName = "enrolment_assignment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_assignment_seq")
    private Long id;

    /** The collège, whose feed brought it. */
    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "source_id", nullable = false, length = 20)
    private String sourceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lycee_id")
    private Establishment lycee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mef_id")
    private Mef mef;

    @Column(name = "source_hash", length = 44)
    private String sourceHash;

    protected Assignment() {
    }

    public Assignment(long collegeId, String sourceId, Student student, Establishment lycee, Mef mef) {
        this.establishmentId = collegeId;
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.student = Objects.requireNonNull(student, "student");
        this.lycee = Objects.requireNonNull(lycee, "lycee");
        this.mef = Objects.requireNonNull(mef, "mef");
    }

    public Long getId() { return id; }
    public long getEstablishmentId() { return establishmentId; }
    public String getSourceId() { return sourceId; }
    public Student getStudent() { return student; }
    public Establishment getLycee() { return lycee; }
    public Mef getMef() { return mef; }
}
