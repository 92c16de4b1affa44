package org.scolarite.timetable.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimetableWeekTest {

    /** Monday 30 November 2026: ISO week 49 (odd), a week A; 7 December is week 50, a week B. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2027, 7, 4);

    private static WeeklyCourse course(long id, String subject, DayOfWeek day, int start, int end, Alternation a) {
        return new WeeklyCourse(id, subject, "Mme Hamel", "S101", day, start, end, a, FROM, TO);
    }

    private static final WeeklyCourse FRENCH = course(1, "Français", DayOfWeek.MONDAY, 480, 535, Alternation.EVERY_WEEK);
    private static final WeeklyCourse SVT = course(2, "SVT", DayOfWeek.TUESDAY, 600, 655, Alternation.WEEK_A);
    private static final WeeklyCourse PHYSICS = course(3, "Physique", DayOfWeek.TUESDAY, 600, 655, Alternation.WEEK_B);

    @Test
    @DisplayName("R-EDT-1: the window starts on the Monday of the current week and holds the configured number of "
            + "weeks; a week outside it is not allowed and is brought back to the nearest one")
    void window() {
        TimetableWindow window = TimetableWindow.of(LocalDate.of(2026, 12, 3), 2);
        assertThat(window.firstMonday()).isEqualTo(MONDAY);
        assertThat(window.allows(0)).isTrue();
        assertThat(window.allows(1)).isTrue();
        assertThat(window.allows(2)).isFalse();
        assertThat(window.allows(-1)).isFalse();
        assertThat(window.clamp(7)).isEqualTo(1);
        assertThat(window.clamp(-3)).isZero();
        assertThat(window.monday(1)).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThatThrownBy(() -> window.monday(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TimetableWindow.of(MONDAY, 1).lastDay()).isEqualTo(MONDAY.plusDays(6));
        assertThat(TimetableWindow.of(LocalDate.of(2026, 12, 6), 1).firstMonday()).isEqualTo(MONDAY);
    }

    @Test
    @DisplayName("R-EDT-2: week A courses only in odd ISO weeks, week B in even ones, weekly ones every week; "
            + "nothing outside the course's validity")
    void alternationAndValidity() {
        assertThat(Alternation.weekOf(MONDAY)).isEqualTo(Alternation.WEEK_A);
        assertThat(TimetableWeek.sessions(MONDAY, List.of(FRENCH, SVT, PHYSICS), List.of()))
                .extracting(Session::subjectLabel).containsExactly("Français", "SVT");
        assertThat(TimetableWeek.sessions(MONDAY.plusWeeks(1), List.of(FRENCH, SVT, PHYSICS), List.of()))
                .extracting(Session::subjectLabel).containsExactly("Français", "Physique");
        WeeklyCourse fromJanuary = new WeeklyCourse(4, "Latin", "M. Lecoq", "S2", DayOfWeek.MONDAY, 600, 655,
                Alternation.EVERY_WEEK, LocalDate.of(2027, 1, 4), TO);
        assertThat(fromJanuary.heldOn(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(fromJanuary.heldOn(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(fromJanuary.heldOn(LocalDate.of(2027, 1, 5))).isFalse();
    }

    @Test
    @DisplayName("R-EDT-2: a cancelled course is kept struck through; a room change shows the new room beside the "
            + "usual one; a moved course is struck through in its place and shown in its new one; an added session")
    void changes() {
        LocalDate tuesday = MONDAY.plusDays(1);
        List<Session> sessions = TimetableWeek.sessions(MONDAY, List.of(FRENCH, SVT), List.of(
                CourseChange.cancelled(FRENCH, MONDAY, "Professeur absent"),
                CourseChange.moved(SVT, tuesday, null, null, "CDI", null),
                CourseChange.added("Mathématiques", "Mme Corbière", MONDAY.plusDays(2), 600, 720, "Salle 3",
                        "Devoir commun")));
        assertThat(sessions).extracting(Session::subjectLabel, Session::status, Session::room, Session::usualRoom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Français", SessionStatus.CANCELLED, "S101", null),
                        org.assertj.core.groups.Tuple.tuple("SVT", SessionStatus.ROOM_CHANGED, "CDI", "S101"),
                        org.assertj.core.groups.Tuple.tuple("Mathématiques", SessionStatus.ADDED, "Salle 3", null));
        assertThat(sessions.get(0).note()).isEqualTo("Professeur absent");
        assertThat(sessions.get(0).status().takesPlace()).isFalse();

        List<Session> moved = TimetableWeek.sessions(MONDAY, List.of(FRENCH), List.of(
                CourseChange.moved(FRENCH, MONDAY, MONDAY.plusDays(3), 900, null, "Sortie")));
        assertThat(moved).extracting(Session::date, Session::start, Session::end, Session::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MONDAY, 480, 535, SessionStatus.MOVED_AWAY),
                org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(3), 900, 955, SessionStatus.MOVED_IN));
        assertThat(moved.get(0).movedTo()).isEqualTo(MONDAY.plusDays(3));
        assertThat(moved.get(1).movedFrom()).isEqualTo(MONDAY);

        // a course moved into next week: only its empty place shows this week, the session the week after
        List<Session> nextWeek = TimetableWeek.sessions(MONDAY.plusWeeks(1), List.of(FRENCH), List.of(
                CourseChange.moved(FRENCH, MONDAY, MONDAY.plusWeeks(1).plusDays(1), 600, null, null)));
        assertThat(nextWeek).extracting(Session::status)
                .containsExactly(SessionStatus.REGULAR, SessionStatus.MOVED_IN);
        // a change of another date leaves the course as usual
        assertThat(TimetableWeek.sessions(MONDAY, List.of(FRENCH), List.of(
                CourseChange.cancelled(FRENCH, MONDAY.plusWeeks(1), null))))
                .extracting(Session::status).containsExactly(SessionStatus.REGULAR);
    }

    @Test
    @DisplayName("R-EDT-2: overlapping sessions share their day's width in lanes; the others take it whole; "
            + "Saturday shows only when a session falls on it")
    void lanesAndDays() {
        WeeklyCourse spanish = course(5, "Espagnol", DayOfWeek.MONDAY, 480, 590, Alternation.EVERY_WEEK);
        WeeklyCourse german = course(6, "Allemand", DayOfWeek.MONDAY, 535, 590, Alternation.EVERY_WEEK);
        WeeklyCourse later = course(7, "Histoire", DayOfWeek.MONDAY, 605, 660, Alternation.EVERY_WEEK);
        // Français ends when Allemand starts: Allemand takes the lane Français left
        List<Session> sessions = TimetableWeek.sessions(MONDAY, List.of(spanish, FRENCH, german, later), List.of());
        assertThat(sessions).extracting(Session::subjectLabel, Session::lane, Session::lanes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Français", 0, 2),
                org.assertj.core.groups.Tuple.tuple("Espagnol", 1, 2),
                org.assertj.core.groups.Tuple.tuple("Allemand", 0, 2),
                org.assertj.core.groups.Tuple.tuple("Histoire", 0, 1));
        assertThat(TimetableWeek.days(MONDAY, sessions)).hasSize(5);
        WeeklyCourse saturday = course(8, "Option", DayOfWeek.SATURDAY, 480, 535, Alternation.EVERY_WEEK);
        assertThat(TimetableWeek.days(MONDAY, TimetableWeek.sessions(MONDAY, List.of(saturday), List.of())))
                .hasSize(6).last().isEqualTo(MONDAY.plusDays(5));
    }
}
