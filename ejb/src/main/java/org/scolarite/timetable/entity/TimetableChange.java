package org.scolarite.timetable.entity;

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
import java.time.LocalDate;
import java.util.Objects;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * A stored dated change (table {@code timetable_change}): a cancelled or moved course names it, an added session
 * names its division or group and subject. The portal reads it as a {@link CourseChange}.
 */
@Entity
@Table(name = "timetable_change")
public class TimetableChange {

    @Id
    @SequenceGenerator(name = "timetable_change_seq", sequenceName = "timetable_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timetable_change_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private TimetableCourse course;

    @Column(name = "course_date")
    private LocalDate courseDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Division division;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private TeachingGroup group;

    @Column(name = "subject_code")
    private String subjectCode;

    @Column(name = "subject_label")
    private String subjectLabel;

    private String teachers;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    @Column(name = "start_minute")
    private Short startMinute;

    @Column(name = "end_minute")
    private Short endMinute;

    private String room;

    private String note;

    protected TimetableChange() {
    }

    /** A cancellation or a move of {@code course} on {@code change.courseDate()}. */
    public static TimetableChange of(Establishment establishment, String sourceId, TimetableCourse course,
                                     CourseChange change) {
        if (change.kind() == ChangeKind.ADDED) {
            throw new IllegalArgumentException("Une séance ajoutée n'a pas de cours");
        }
        TimetableChange stored = new TimetableChange(establishment, sourceId, change);
        stored.course = Objects.requireNonNull(course);
        stored.courseDate = change.courseDate();
        return stored;
    }

    /** An added session of {@code structure} (a {@link Division} or a {@link TeachingGroup}). */
    public static TimetableChange added(Establishment establishment, String sourceId, Object structure,
                                        String subjectCode, CourseChange change) {
        TimetableChange stored = new TimetableChange(establishment, sourceId, change);
        if (structure instanceof Division d) {
            stored.division = d;
        } else if (structure instanceof TeachingGroup g) {
            stored.group = g;
        } else {
            throw new IllegalArgumentException("Une séance ajoutée est celle d'une division ou d'un groupe");
        }
        stored.subjectCode = Objects.requireNonNull(subjectCode);
        stored.subjectLabel = change.subjectLabel();
        stored.teachers = change.teachers();
        return stored;
    }

    private TimetableChange(Establishment establishment, String sourceId, CourseChange change) {
        this.establishment = Objects.requireNonNull(establishment);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.kind = change.kind();
        this.sessionDate = change.sessionDate();
        this.startMinute = change.start() == null ? null : change.start().shortValue();
        this.endMinute = change.end() == null ? null : change.end().shortValue();
        this.room = change.room();
        this.note = change.note();
    }
}
