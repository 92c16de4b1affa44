package org.scolarite.timetable.entity;

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
import java.time.LocalDate;
import java.util.Objects;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * A stored weekly course (table {@code timetable_course}): written by the timetable feed with JDBC, by the demo
 * seeding with JPA; the portal reads it as a {@link WeeklyCourse}. Exactly one of division and group.
 */
@Entity
@Table(name = "timetable_course")
public class TimetableCourse {

    @Id
    @SequenceGenerator(name = "timetable_course_seq", sequenceName = "timetable_course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timetable_course_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Division division;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private TeachingGroup group;

    @Column(name = "subject_code", nullable = false)
    private String subjectCode;

    @Column(name = "subject_label", nullable = false)
    private String subjectLabel;

    private String teachers;

    private String room;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    private short startMinute;

    @Column(name = "end_minute", nullable = false)
    private short endMinute;

    @Column(nullable = false)
    private String alternation;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected TimetableCourse() {
    }

    /** {@code structure} is a {@link Division} or a {@link TeachingGroup}. */
    public TimetableCourse(Establishment establishment, String sourceId, Object structure, String subjectCode,
                           WeeklyCourse course) {
        this.establishment = Objects.requireNonNull(establishment);
        this.sourceId = Objects.requireNonNull(sourceId);
        if (structure instanceof Division d) {
            this.division = d;
        } else if (structure instanceof TeachingGroup g) {
            this.group = g;
        } else {
            throw new IllegalArgumentException("Un cours est celui d'une division ou d'un groupe");
        }
        this.subjectCode = Objects.requireNonNull(subjectCode);
        this.subjectLabel = course.subjectLabel();
        this.teachers = course.teachers();
        this.room = course.room();
        this.dayOfWeek = (short) course.day().getValue();
        this.startMinute = (short) course.start();
        this.endMinute = (short) course.end();
        this.alternation = course.alternation().code();
        this.validFrom = course.validFrom();
        this.validTo = course.validTo();
    }

    public Long getId() { return id; }
    public String getSourceId() { return sourceId; }
}
