package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scolarite.grades.entity.GradesPublicationTest.RENTREE;
import static org.scolarite.grades.entity.GradesPublicationTest.SIXIEME_A;
import static org.scolarite.grades.entity.GradesPublicationTest.YEAR_END;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradeListTest {

    private static final LocalDate DECEMBER_10 = LocalDate.of(2026, 12, 10);
    private static final LocalDate DECEMBER_11 = LocalDate.of(2026, 12, 11);
    private static final LocalDate DECEMBER_12 = LocalDate.of(2026, 12, 12);
    private static final LocalDate DECEMBER_13 = LocalDate.of(2026, 12, 13);
    /** Pupils of another MEF in the same division: a couple of its own, with its own deadlines. */
    private static final ClassCouple SIXIEME_A_OTHER_MEF = new ClassCouple(9, SIXIEME_A.divisionId());

    private static final GradesPublication CONTINUOUS = GradesPublication.defaults();
    private static final GradesPublication DEADLINE_12 = GradesPublication.defaults()
            .switchTo(PublicationMode.DEADLINES)
            .withDate(DECEMBER_12, List.of(SIXIEME_A), RENTREE, YEAR_END);

    private static AssessmentLine line(long id, String subject, LocalDate entered, LocalDate teacherDate,
                                       List<CoupleFigures> couples) {
        return new AssessmentLine(id, subject, subject.equals("MATHS") ? "Mathématiques" : "Français", "M. Hamel",
                "Contrôle " + id, entered.minusDays(1), BigDecimal.ONE, new BigDecimal("20"), entered, teacherDate,
                GradeMark.of(new BigDecimal("14")), couples);
    }

    private static CoupleFigures figures(ClassCouple couple, String sum, int count, String low, String high) {
        return new CoupleFigures(couple, new BigDecimal(sum), count, new BigDecimal(low), new BigDecimal(high));
    }

    private static List<Long> shown(GradeList list) {
        return list.grades().stream().map(g -> g.line().assessmentId()).toList();
    }

    @Test
    @DisplayName("R-NOTES-1: « au fil de l'eau » a grade entered today is not listed; entered yesterday it is")
    void continuous_day_of_entry_and_day_after() {
        List<AssessmentLine> lines = List.of(line(1, "MATHS", DECEMBER_12, null, List.of()),
                line(2, "MATHS", DECEMBER_11, null, List.of()));
        assertThat(shown(GradeList.of(lines, CONTINUOUS, SIXIEME_A, DECEMBER_12, null, null))).containsExactly(2L);
        assertThat(shown(GradeList.of(lines, CONTINUOUS, SIXIEME_A, DECEMBER_13, null, null)))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    @DisplayName("R-NOTES-1: « à échéance » teacher date before or on the deadline → shown from it; after → hidden")
    void deadline_teacher_date_before_on_after() {
        List<AssessmentLine> lines = List.of(line(1, "MATHS", DECEMBER_10, DECEMBER_11, List.of()),
                line(2, "MATHS", DECEMBER_10, DECEMBER_12, List.of()),
                line(3, "MATHS", DECEMBER_10, DECEMBER_13, List.of()));
        assertThat(shown(GradeList.of(lines, DEADLINE_12, SIXIEME_A, DECEMBER_11, null, null))).isEmpty();
        assertThat(shown(GradeList.of(lines, DEADLINE_12, SIXIEME_A, DECEMBER_12, null, null)))
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(shown(GradeList.of(lines, DEADLINE_12, SIXIEME_A, YEAR_END, null, null)))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    @DisplayName("R-NOTES-1: « à échéance » a couple without any deadline sees none of its grades")
    void deadline_none_for_the_couple() {
        List<AssessmentLine> lines = List.of(line(1, "MATHS", DECEMBER_10, DECEMBER_11, List.of()));
        assertThat(GradeList.of(lines, DEADLINE_12, SIXIEME_A_OTHER_MEF, YEAR_END, null, null).grades()).isEmpty();
        assertThat(GradeList.of(lines, DEADLINE_12, SIXIEME_A_OTHER_MEF, YEAR_END, null, null).tiles()).isEmpty();
    }

    @Test
    @DisplayName("R-NOTES-3: class average, lowest and highest over the visible grades only (a hidden couple's never)")
    void figures_over_visible_grades() {
        AssessmentLine line = line(1, "MATHS", DECEMBER_10, DECEMBER_11, List.of(
                figures(SIXIEME_A, "30", 3, "6", "14"),
                figures(SIXIEME_A_OTHER_MEF, "40", 2, "19", "21")));
        // « Au fil de l'eau » both couples are visible: (30 + 40) / 5.
        ClassFigures all = GradeList.of(List.of(line), CONTINUOUS, SIXIEME_A, DECEMBER_12, null, null).grades().get(0)
                .figures();
        assertThat(all.average()).isEqualByComparingTo("14.00");
        assertThat(all.lowest()).isEqualByComparingTo("6");
        assertThat(all.highest()).isEqualByComparingTo("21");
        // « À échéance » only the 6e A has a deadline: the other couple's grades stay out of the figures.
        ClassFigures visible = GradeList.of(List.of(line), DEADLINE_12, SIXIEME_A, DECEMBER_12, null, null).grades()
                .get(0).figures();
        assertThat(visible.average()).isEqualByComparingTo("10.00");
        assertThat(visible.highest()).isEqualByComparingTo("14");
    }

    @Test
    @DisplayName("R-NOTES-3: the average is exact, rounded half-up to two decimals; no value → no figures")
    void average_rounding_and_statuses_only() {
        assertThat(ClassFigures.of(List.of(figures(SIXIEME_A, "10", 3, "2", "5"))).average())
                .isEqualByComparingTo("3.33");
        assertThat(ClassFigures.of(List.of(figures(SIXIEME_A, "10.01", 2, "5", "5.01"))).average())
                .isEqualByComparingTo("5.01");   // 5.005 half-up
        assertThat(ClassFigures.of(List.of(new CoupleFigures(SIXIEME_A, null, 0, null, null))).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("R-NOTES-3: tiles list subjects with visible grades, orange (fresh) when one became visible after the "
            + "previous sign-in; the subject filter keeps the tiles")
    void tiles_and_fresh_grades() {
        List<AssessmentLine> lines = List.of(line(1, "MATHS", DECEMBER_10, null, List.of()),
                line(2, "FRANC", DECEMBER_11, null, List.of()),
                line(3, "FRANC", DECEMBER_12, null, List.of()));   // hidden on the 12th
        GradeList list = GradeList.of(lines, CONTINUOUS, SIXIEME_A, DECEMBER_12, DECEMBER_11, "FRANC");
        // Visible from the 11th (1) and the 12th (2): only 2 is new for a sign-in on the 11th.
        assertThat(list.tiles()).extracting(SubjectTile::subjectCode, SubjectTile::grades, SubjectTile::fresh)
                .containsExactly(tuple("FRANC", 1, true), tuple("MATHS", 1, false));
        assertThat(list.grades()).extracting(g -> g.line().assessmentId(), VisibleGrade::fresh)
                .containsExactly(tuple(2L, true));
        // A first sign-in: everything visible is new.
        assertThat(GradeList.of(lines, CONTINUOUS, SIXIEME_A, DECEMBER_12, null, null).grades())
                .allMatch(VisibleGrade::fresh);
    }

    @Test
    @DisplayName("R-PORTAL-6: « n nouvelles notes » counts what the list marks new, never a hidden grade")
    void news_count_agrees_with_the_list() {
        List<NewGrades.Entry> entries = List.of(new NewGrades.Entry(DECEMBER_10, null, 25),
                new NewGrades.Entry(DECEMBER_11, null, 3), new NewGrades.Entry(DECEMBER_12, null, 4));
        assertThat(NewGrades.count(entries, CONTINUOUS, SIXIEME_A, DECEMBER_12, DECEMBER_11)).isEqualTo(3);
        assertThat(NewGrades.count(entries, CONTINUOUS, SIXIEME_A, DECEMBER_12, null)).isEqualTo(28);
        assertThat(NewGrades.count(List.of(new NewGrades.Entry(DECEMBER_10, DECEMBER_13, 5)), DEADLINE_12, SIXIEME_A,
                YEAR_END, DECEMBER_10)).isZero();
        assertThat(NewGrades.count(List.of(new NewGrades.Entry(DECEMBER_10, DECEMBER_12, 5)), DEADLINE_12, SIXIEME_A,
                DECEMBER_12, DECEMBER_11)).isEqualTo(5);
    }
}
