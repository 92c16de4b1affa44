package org.scolarite.timetable.entity;

import java.time.LocalDate;

/**
 * One session of a pupil's week as the page shows it. {@code usualRoom} is set when the room changed;
 * {@code movedTo}/{@code movedFrom} say where a moved course went or came from. {@code lane} of {@code lanes}: the
 * column it takes in its day on the grid when sessions overlap (a pupil in two groups at the same time, a cancelled
 * course and the session added in its place).
 */
public record Session(LocalDate date, int start, int end, String subjectLabel, String teachers, String room,
                      String usualRoom, SessionStatus status, LocalDate movedFrom, LocalDate movedTo, Integer movedToStart,
                      String note, int lane, int lanes) {

    Session withLane(int lane, int lanes) {
        return new Session(date, start, end, subjectLabel, teachers, room, usualRoom, status, movedFrom, movedTo,
                movedToStart, note, lane, lanes);
    }

    static Session of(LocalDate date, int start, int end, String subjectLabel, String teachers, String room,
                      String usualRoom, SessionStatus status, LocalDate movedFrom, LocalDate movedTo,
                      Integer movedToStart, String note) {
        return new Session(date, start, end, subjectLabel, teachers, room, usualRoom, status, movedFrom, movedTo,
                movedToStart, note, 0, 1);
    }

    public static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    public String getStartTime() {
        return time(start);
    }

    public String getEndTime() {
        return time(end);
    }
}
