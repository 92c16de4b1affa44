package org.scolarite.timetable.boundary;

import java.time.LocalDate;
import java.util.List;
import org.scolarite.timetable.entity.Session;

/**
 * One week of a pupil's timetable as the page shows it: which week of the window ({@code week} of {@code weeks}, 0
 * the current one), its Monday, the days shown with their sessions, and the hours the grid spans.
 */
public record TimetableView(int week, int weeks, LocalDate monday, List<Day> days, int firstHour, int lastHour) {

    public record Day(LocalDate date, List<Session> sessions) {
        public LocalDate getDate() { return date; }
        public List<Session> getSessions() { return sessions; }
        public boolean isEmpty() { return sessions.isEmpty(); }
    }

    public boolean hasPrevious() {
        return week > 0;
    }

    public boolean hasNext() {
        return week < weeks - 1;
    }

    public boolean isEmpty() {
        return days.stream().allMatch(Day::isEmpty);
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    public int getWeek() { return week; }
    public int getWeeks() { return weeks; }
    public LocalDate getMonday() { return monday; }
    public List<Day> getDays() { return days; }
    public int getFirstHour() { return firstHour; }
    public int getLastHour() { return lastHour; }
}
