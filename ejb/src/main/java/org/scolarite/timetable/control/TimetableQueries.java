package org.scolarite.timetable.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.timetable.entity.Alternation;
import org.scolarite.timetable.entity.ChangeKind;
import org.scolarite.timetable.entity.CourseChange;
import org.scolarite.timetable.entity.WeeklyCourse;

/**
 * The two reads of a pupil's week: his courses (his division's and his groups', found by subqueries on the pupil, so
 * one query whatever the number of groups) and the changes of those courses or added to his structures in the week.
 * Both are scoped by the pupil's establishment as well, so a course can never come from another school's rows.
 */
@ApplicationScoped
public class TimetableQueries {

    /** The pupil's division and groups, as SQL bound twice (division, then groups) by each query. */
    private static final String STRUCTURES = "(%1$s.division_id = (SELECT s.division_id FROM student s WHERE s.id = ?)"
            + " OR %1$s.group_id IN (SELECT sg.group_id FROM student_group sg WHERE sg.student_id = ?))";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    /** The courses valid at some day from {@code from} to {@code to}, whatever their alternation. */
    public List<WeeklyCourse> courses(long studentId, long establishmentId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.subject_label, c.teachers, c.room, c.day_of_week, "
                        + "c.start_minute, c.end_minute, c.alternation, c.valid_from, c.valid_to FROM timetable_course c "
                        + "WHERE c.establishment_id = ? AND " + STRUCTURES.formatted("c")
                        + " AND c.valid_from <= ? AND c.valid_to >= ?")
                .setParameter(1, establishmentId).setParameter(2, studentId).setParameter(3, studentId)
                .setParameter(4, Date.valueOf(to)).setParameter(5, Date.valueOf(from)).getResultList();
        List<WeeklyCourse> courses = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            courses.add(new WeeklyCourse(number(row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    DayOfWeek.of(number(row[4]).intValue()), number(row[5]).intValue(), number(row[6]).intValue(),
                    Alternation.ofCode(((String) row[7]).strip()), date(row[8]), date(row[9])));
        }
        return courses;
    }

    /**
     * The changes that touch {@code from}–{@code to}: a course of that week cancelled or moved, or a session moved or
     * added into it. A change of a course carries the course's label, teachers, room and times (joined).
     */
    public List<CourseChange> changes(long studentId, long establishmentId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ch.kind, ch.course_id, ch.course_date, "
                        + "COALESCE(ch.subject_label, c.subject_label), COALESCE(ch.teachers, c.teachers), "
                        + "ch.session_date, ch.start_minute, ch.end_minute, ch.room, c.room, c.start_minute, "
                        + "c.end_minute, ch.note FROM timetable_change ch "
                        + "LEFT JOIN timetable_course c ON c.id = ch.course_id "
                        + "WHERE ch.establishment_id = ? AND (" + STRUCTURES.formatted("c") + " OR "
                        + STRUCTURES.formatted("ch") + ") AND (ch.course_date BETWEEN ? AND ? "
                        + "OR ch.session_date BETWEEN ? AND ?)")
                .setParameter(1, establishmentId).setParameter(2, studentId).setParameter(3, studentId)
                .setParameter(4, studentId).setParameter(5, studentId)
                .setParameter(6, Date.valueOf(from)).setParameter(7, Date.valueOf(to))
                .setParameter(8, Date.valueOf(from)).setParameter(9, Date.valueOf(to)).getResultList();
        List<CourseChange> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new CourseChange(ChangeKind.valueOf(((String) row[0]).strip()),
                    row[1] == null ? null : number(row[1]).longValue(), date(row[2]), (String) row[3],
                    (String) row[4], date(row[5]), integer(row[6]), integer(row[7]), (String) row[8],
                    (String) row[9], integer(row[10]), integer(row[11]), (String) row[12]));
        }
        return changes;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((java.sql.Date) value).toLocalDate();
    }
}
