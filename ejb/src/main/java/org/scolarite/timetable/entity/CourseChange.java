package org.scolarite.timetable.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change. A cancellation or a move names its course ({@code courseId}) and the date it would have taken place
 * ({@code courseDate}); a move gives where and when it takes place instead ({@code sessionDate}, times, room: each
 * null when unchanged). An added session gives its own date, times, subject, teachers and room. The subject, teachers,
 * room and times of a cancelled or moved course are the course's, read with the change (one query, no lookup).
 */
public record CourseChange(ChangeKind kind, Long courseId, LocalDate courseDate, String subjectLabel,
                           String teachers, LocalDate sessionDate, Integer start, Integer end, String room,
                           String courseRoom, Integer courseStart, Integer courseEnd, String note) {

    public CourseChange {
        Objects.requireNonNull(kind);
        if (kind == ChangeKind.ADDED ? sessionDate == null || start == null || end == null
                : courseId == null || courseDate == null || courseStart == null || courseEnd == null) {
            throw new IllegalArgumentException("Modification incomplète : " + kind);
        }
    }

    public static CourseChange cancelled(WeeklyCourse course, LocalDate date, String note) {
        return new CourseChange(ChangeKind.CANCELLED, course.id(), date, course.subjectLabel(), course.teachers(),
                null, null, null, null, course.room(), course.start(), course.end(), note);
    }

    /** A move to {@code newDate} (null: same date) at {@code newStart} (null: same times), in {@code newRoom}. */
    public static CourseChange moved(WeeklyCourse course, LocalDate date, LocalDate newDate, Integer newStart,
                                     String newRoom, String note) {
        return new CourseChange(ChangeKind.MOVED, course.id(), date, course.subjectLabel(), course.teachers(),
                newDate, newStart, newStart == null ? null : newStart + course.end() - course.start(), newRoom,
                course.room(), course.start(), course.end(), note);
    }

    public static CourseChange added(String subjectLabel, String teachers, LocalDate date, int start, int end,
                                     String room, String note) {
        return new CourseChange(ChangeKind.ADDED, null, null, subjectLabel, teachers, date, start, end, room,
                null, null, null, note);
    }

    /** Where the moved or added session takes place (a move without a new date keeps the course's). */
    public LocalDate effectiveDate() {
        return sessionDate != null ? sessionDate : courseDate;
    }

    public int effectiveStart() {
        return start != null ? start : courseStart;
    }

    public int effectiveEnd() {
        return end != null ? end : courseEnd;
    }

    public String effectiveRoom() {
        return room != null ? room : courseRoom;
    }

    /** A move that keeps the date and the times: only the room changes, shown as such in the course's place. */
    public boolean isRoomChangeOnly() {
        return kind == ChangeKind.MOVED && effectiveDate().equals(courseDate) && effectiveStart() == courseStart
                && effectiveEnd() == courseEnd;
    }
}
