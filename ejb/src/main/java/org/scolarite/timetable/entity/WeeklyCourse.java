package org.scolarite.timetable.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A course of the weekly timetable of a division or a group: its day and times (minutes from midnight), subject,
 * teachers and room as the timetabling software gives them, its alternation and the dates it is valid between.
 */
public record WeeklyCourse(long id, String subjectLabel, String teachers, String room, DayOfWeek day, int start,
                           int end, Alternation alternation, LocalDate validFrom, LocalDate validTo) {

    public WeeklyCourse {
        Objects.requireNonNull(day);
        Objects.requireNonNull(alternation);
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(validTo);
        if (start < 0 || end > 24 * 60 || start >= end) {
            throw new IllegalArgumentException("Horaires de cours impossibles : " + start + "–" + end);
        }
    }

    /** Whether the course takes place on {@code date}, before any dated change: its day, valid, its week. */
    public boolean heldOn(LocalDate date) {
        return date.getDayOfWeek() == day && !date.isBefore(validFrom) && !date.isAfter(validTo)
                && alternation.appliesTo(date);
    }
}
