package org.scolarite.people.entity;

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
import java.util.Objects;

/**
 * The link between a pupil and a person in charge: légal 1, légal 2 or other, with the SIECLE {@code CODE_PARENTE},
 * and whether the guardian refused access for himself (R-ACC-9).
 */
@Entity
@Table(name = "guardian_link")
public class GuardianLink {

    @Id
    @SequenceGenerator(name = "guardian_link_seq", sequenceName = "guardian_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_link_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_rank", nullable = false)
    private LegalRank legalRank;

    /** SIECLE {@code CODE_PARENTE}: 10 mother, 20 father, 50 tutor, … */
    private String relationship;

    @Column(name = "access_refused", nullable = false)
    private boolean accessRefused;

    protected GuardianLink() {
    }

    public GuardianLink(Student student, Guardian guardian, LegalRank legalRank, String relationship) {
        this.student = Objects.requireNonNull(student);
        this.guardian = Objects.requireNonNull(guardian);
        this.legalRank = Objects.requireNonNull(legalRank);
        this.relationship = relationship;
    }

    public void refuseAccess() {
        this.accessRefused = true;
    }

    public void allowAccess() {
        this.accessRefused = false;
    }

    /** R-ACC-1: only légal 1 and légal 2 who have not refused access may hold an account for this pupil. */
    public boolean entitlesToAccount() {
        return legalRank.isLegal() && !accessRefused;
    }

    public Long getId() { return id; }
    public Student getStudent() { return student; }
    public Guardian getGuardian() { return guardian; }
    public LegalRank getLegalRank() { return legalRank; }
    public String getRelationship() { return relationship; }
    public boolean isAccessRefused() { return accessRefused; }
}
