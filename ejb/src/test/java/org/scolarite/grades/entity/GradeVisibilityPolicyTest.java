package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.grades.entity.GradeVisibilityPolicy.isVisible;
import static org.scolarite.grades.entity.GradeVisibilityPolicy.visibleFrom;
import static org.scolarite.grades.entity.GradesPublicationTest.CINQUIEME_A;
import static org.scolarite.grades.entity.GradesPublicationTest.DECEMBER_12;
import static org.scolarite.grades.entity.GradesPublicationTest.DECEMBER_13;
import static org.scolarite.grades.entity.GradesPublicationTest.MARCH_20;
import static org.scolarite.grades.entity.GradesPublicationTest.RENTREE;
import static org.scolarite.grades.entity.GradesPublicationTest.SIXIEME_A;
import static org.scolarite.grades.entity.GradesPublicationTest.YEAR_END;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradeVisibilityPolicyTest {

    private static final LocalDate DECEMBER_10 = LocalDate.of(2026, 12, 10);
    private static final LocalDate DECEMBER_11 = LocalDate.of(2026, 12, 11);
    private static final LocalDate JANUARY_15 = LocalDate.of(2027, 1, 15);

    private static final GradesPublication CONTINUOUS = GradesPublication.defaults();

    /** « À échéance » with the guide's deadline: 12 December for the 6e A, 20 March for the 6e A and the 5e A. */
    private static final GradesPublication DEADLINES = GradesPublication.defaults()
            .switchTo(PublicationMode.DEADLINES)
            .withDate(DECEMBER_12, List.of(SIXIEME_A), RENTREE, YEAR_END)
            .withDate(MARCH_20, List.of(SIXIEME_A, CINQUIEME_A), RENTREE, YEAR_END);

    @Test
    @DisplayName("R-NOTES-1: « au fil de l'eau » a grade is hidden the day it is entered and visible from the next day")
    void continuous_shows_the_day_after_entry() {
        assertThat(isVisible(CONTINUOUS, SIXIEME_A, DECEMBER_12, null, DECEMBER_11)).isFalse();
        assertThat(isVisible(CONTINUOUS, SIXIEME_A, DECEMBER_12, null, DECEMBER_12)).isFalse();
        assertThat(isVisible(CONTINUOUS, SIXIEME_A, DECEMBER_12, null, DECEMBER_13)).isTrue();
        assertThat(visibleFrom(CONTINUOUS, SIXIEME_A, DECEMBER_12, null)).contains(DECEMBER_13);
    }

    @Test
    @DisplayName("R-NOTES-1: « au fil de l'eau » the teacher's publication date does not hold a grade back")
    void continuous_ignores_the_teacher_date() {
        assertThat(isVisible(CONTINUOUS, SIXIEME_A, DECEMBER_12, MARCH_20, DECEMBER_13)).isTrue();
        assertThat(visibleFrom(CONTINUOUS, SIXIEME_A, DECEMBER_12, MARCH_20)).contains(DECEMBER_13);
    }

    @Test
    @DisplayName("R-NOTES-1: teacher date 13/12 after the deadline 12/12 → the grade is not shown at that deadline")
    void teacher_date_after_the_deadline_is_hidden() {
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13, DECEMBER_12)).isFalse();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13, DECEMBER_13)).isFalse();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13, MARCH_20.minusDays(1))).isFalse();
        // It waits for the next deadline of its couple.
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13, MARCH_20)).isTrue();
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13)).contains(MARCH_20);
    }

    @Test
    @DisplayName("R-NOTES-1: teacher date 12/12 and deadline 12/12 → visible on 12/12")
    void teacher_date_on_the_deadline_is_shown_that_day() {
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_12, DECEMBER_12)).isTrue();
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_12)).contains(DECEMBER_12);
    }

    @Test
    @DisplayName("R-NOTES-1: deadline 12/12 → still hidden on 11/12")
    void hidden_before_the_deadline() {
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_10, DECEMBER_11)).isFalse();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_10, DECEMBER_12)).isTrue();
    }

    @Test
    @DisplayName("R-NOTES-1: without a teacher's publication date, the entry date is compared with the deadline")
    void entry_date_stands_for_a_missing_teacher_date() {
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, null, DECEMBER_11)).isFalse();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_10, null, DECEMBER_12)).isTrue();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_13, null, DECEMBER_13.plusDays(1))).isFalse();
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_13, null)).contains(MARCH_20);
    }

    @Test
    @DisplayName("R-NOTES-1: « à échéance » a grade is still never shown on the day it is entered")
    void deadlines_never_show_on_the_day_of_entry() {
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_12, DECEMBER_12, DECEMBER_12)).isFalse();
        assertThat(isVisible(DEADLINES, SIXIEME_A, DECEMBER_12, DECEMBER_12, DECEMBER_13)).isTrue();
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_12, DECEMBER_12)).contains(DECEMBER_13);
        // A teacher date before the entry does not move the grade before the day after entry either.
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_12, DECEMBER_10)).contains(DECEMBER_13);
    }

    @Test
    @DisplayName("R-NOTES-1: only the deadlines of the grade's own (MEF, division) count")
    void only_the_couples_own_deadlines_count() {
        assertThat(isVisible(DEADLINES, CINQUIEME_A, DECEMBER_10, DECEMBER_10, DECEMBER_12)).isFalse();
        assertThat(visibleFrom(DEADLINES, CINQUIEME_A, DECEMBER_10, DECEMBER_10)).contains(MARCH_20);
    }

    @Test
    @DisplayName("R-NOTES-1: with no deadline on or after its publication date a grade stays hidden")
    void hidden_without_a_matching_deadline() {
        ClassCouple withoutDates = new ClassCouple(3, 30);

        assertThat(visibleFrom(DEADLINES, withoutDates, DECEMBER_10, null)).isEmpty();
        assertThat(isVisible(DEADLINES, withoutDates, DECEMBER_10, null, YEAR_END)).isFalse();
        assertThat(visibleFrom(DEADLINES, SIXIEME_A, DECEMBER_10, MARCH_20.plusDays(1))).isEmpty();
    }

    @Test
    @DisplayName("R-NOTES-1: isVisible holds exactly from visibleFrom on, day after day through the school year")
    void is_visible_agrees_with_visible_from() {
        record Grade(GradesPublication publication, ClassCouple couple, LocalDate enteredOn, LocalDate teacherDate) {
        }
        List<Grade> grades = List.of(
                new Grade(CONTINUOUS, SIXIEME_A, DECEMBER_12, null),
                new Grade(DEADLINES, SIXIEME_A, DECEMBER_10, DECEMBER_13),
                new Grade(DEADLINES, SIXIEME_A, DECEMBER_12, DECEMBER_12),
                new Grade(DEADLINES, SIXIEME_A, JANUARY_15, null),
                new Grade(DEADLINES, CINQUIEME_A, DECEMBER_10, null),
                new Grade(DEADLINES, SIXIEME_A, DECEMBER_10, MARCH_20.plusDays(1)));

        for (Grade grade : grades) {
            Optional<LocalDate> firstDay =
                    visibleFrom(grade.publication(), grade.couple(), grade.enteredOn(), grade.teacherDate());
            for (LocalDate today = RENTREE; !today.isAfter(YEAR_END); today = today.plusDays(1)) {
                boolean expected = firstDay.isPresent() && !today.isBefore(firstDay.get());
                boolean visible =
                        isVisible(grade.publication(), grade.couple(), grade.enteredOn(), grade.teacherDate(), today);
                assertThat(visible)
                        .as("%s on %s", grade, today)
                        .isEqualTo(expected);
            }
        }
    }
}
