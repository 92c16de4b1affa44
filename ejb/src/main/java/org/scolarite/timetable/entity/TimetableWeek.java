package org.scolarite.timetable.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pupil's week (R-EDT-2): the weekly courses held that week (day, validity, week A/B), with the dated changes
 * applied — a cancelled course struck through, a moved course struck through in its usual place and shown in its new
 * one, a room change shown in place, an added session — then laid out day by day. A pure function of what the two
 * queries read, so the rules are tested without a database.
 */
public final class TimetableWeek {

    private static final Comparator<Session> ORDER = Comparator.comparing(Session::date)
            .thenComparingInt(Session::start).thenComparingInt(Session::end).thenComparing(Session::subjectLabel);

    private TimetableWeek() {
    }

    /** The sessions from {@code monday} to the following Sunday, sorted by date and time, with their lanes. */
    public static List<Session> sessions(LocalDate monday, List<WeeklyCourse> courses, List<CourseChange> changes) {
        LocalDate sunday = monday.plusDays(6);
        Map<String, CourseChange> byCourseDate = new HashMap<>();
        for (CourseChange change : changes) {
            if (change.kind() != ChangeKind.ADDED) {
                byCourseDate.put(change.courseId() + "@" + change.courseDate(), change);
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            for (WeeklyCourse course : courses) {
                if (!course.heldOn(date)) {
                    continue;
                }
                CourseChange change = byCourseDate.get(course.id() + "@" + date);
                sessions.add(usual(course, date, change));
            }
        }
        for (CourseChange change : changes) {
            LocalDate date = change.effectiveDate();
            if (date.isBefore(monday) || date.isAfter(sunday)) {
                continue;
            }
            if (change.kind() == ChangeKind.ADDED) {
                sessions.add(Session.of(date, change.start(), change.end(), change.subjectLabel(), change.teachers(),
                        change.room(), null, SessionStatus.ADDED, null, null, null, change.note()));
            } else if (change.kind() == ChangeKind.MOVED && !change.isRoomChangeOnly()) {
                String usualRoom = change.room() != null && !change.room().equals(change.courseRoom())
                        ? change.courseRoom() : null;
                sessions.add(Session.of(date, change.effectiveStart(), change.effectiveEnd(), change.subjectLabel(),
                        change.teachers(), change.effectiveRoom(), usualRoom, SessionStatus.MOVED_IN,
                        change.courseDate(), null, null, change.note()));
            }
        }
        sessions.sort(ORDER);
        return lanes(sessions);
    }

    private static Session usual(WeeklyCourse course, LocalDate date, CourseChange change) {
        if (change == null) {
            return Session.of(date, course.start(), course.end(), course.subjectLabel(), course.teachers(),
                    course.room(), null, SessionStatus.REGULAR, null, null, null, null);
        }
        if (change.kind() == ChangeKind.CANCELLED) {
            return Session.of(date, course.start(), course.end(), course.subjectLabel(), course.teachers(),
                    course.room(), null, SessionStatus.CANCELLED, null, null, null, change.note());
        }
        if (change.isRoomChangeOnly()) {
            boolean changed = change.room() != null && !change.room().equals(course.room());
            return Session.of(date, course.start(), course.end(), course.subjectLabel(), course.teachers(),
                    change.effectiveRoom(), changed ? course.room() : null,
                    changed ? SessionStatus.ROOM_CHANGED : SessionStatus.REGULAR, null, null, null, change.note());
        }
        return Session.of(date, course.start(), course.end(), course.subjectLabel(), course.teachers(),
                course.room(), null, SessionStatus.MOVED_AWAY, null, change.effectiveDate(), change.effectiveStart(),
                change.note());
    }

    /**
     * Overlapping sessions of a day share its width: each group of sessions that overlap one another (a cluster) is
     * split into as many lanes as it needs at most at once, each session taking the first lane free at its start.
     */
    static List<Session> lanes(List<Session> sorted) {
        List<Session> laid = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            LocalDate date = sorted.get(i).date();
            int clusterEnd = sorted.get(i).end();
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).date().equals(date) && sorted.get(j).start() < clusterEnd) {
                clusterEnd = Math.max(clusterEnd, sorted.get(j).end());
                j++;
            }
            List<Integer> laneEnds = new ArrayList<>();
            int[] lane = new int[j - i];
            for (int k = i; k < j; k++) {
                Session session = sorted.get(k);
                int free = 0;
                while (free < laneEnds.size() && laneEnds.get(free) > session.start()) {
                    free++;
                }
                if (free == laneEnds.size()) {
                    laneEnds.add(session.end());
                } else {
                    laneEnds.set(free, session.end());
                }
                lane[k - i] = free;
            }
            for (int k = i; k < j; k++) {
                laid.add(sorted.get(k).withLane(lane[k - i], laneEnds.size()));
            }
            i = j;
        }
        return laid;
    }

    /** The days a week shows: Monday to Friday, and Saturday or Sunday only when a session falls on them. */
    public static List<LocalDate> days(LocalDate monday, List<Session> sessions) {
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend || sessions.stream().anyMatch(s -> s.date().equals(date))) {
                days.add(date);
            }
        }
        return days;
    }
}
