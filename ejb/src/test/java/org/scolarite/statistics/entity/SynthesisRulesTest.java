package org.scolarite.statistics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SynthesisRulesTest {

    @Test
    @DisplayName("R-STAT-1: « % d'élèves avec comptes utilisés » is used / pupils * 100, two decimals, half up")
    void percentage() {
        assertThat(new Ratio(1, 63).percent()).isEqualByComparingTo("1.59");
        assertThat(new Ratio(1, 3).percent()).isEqualByComparingTo("33.33");
        assertThat(new Ratio(2, 3).percent()).isEqualByComparingTo("66.67");
        assertThat(new Ratio(5, 5).percent()).isEqualByComparingTo("100");
        assertThat(new Ratio(1, 4).fraction()).isEqualTo(0.25);
    }

    @Test
    @DisplayName("R-STAT-1: an empty division reads 0 %, not a division by zero")
    void emptyDivision() {
        assertThat(new Ratio(0, 0).percent()).isEqualByComparingTo("0");
        assertThat(new Ratio(0, 0).fraction()).isZero();
    }

    @Test
    @DisplayName("R-STAT-1: the « Somme » row adds the divisions of its MEF")
    void sumRow() {
        MefTable<StudentFigures> third = new MefTable<>("3EME", List.of(
                new DivisionLine<>("3A", new StudentFigures(1, 0, 1, 0)),
                new DivisionLine<>("3B", new StudentFigures(16, 16, 0, 0)),
                new DivisionLine<>("3C", new StudentFigures(17, 15, 0, 2))), StudentFigures.NONE);

        assertThat(third.sum()).isEqualTo(new StudentFigures(34, 31, 1, 2));
        assertThat(third.sum().usedShare().percent()).isEqualByComparingTo("5.88");
    }

    @Test
    @DisplayName("R-STAT-2: the « Somme » of guardians adds the lines and its shares are computed on the sums")
    void guardianSumRow() {
        GuardianFigures a = new GuardianFigures(29, 0, 18, 18, 11, 14, 7);
        GuardianFigures b = new GuardianFigures(40, 1, 31, 30, 8, 24, 8);
        GuardianFigures sum = new MefTable<>("3EME", List.of(new DivisionLine<>("3A", a), new DivisionLine<>("3B", b)),
                GuardianFigures.NONE).sum();

        assertThat(sum).isEqualTo(new GuardianFigures(69, 1, 49, 48, 19, 38, 15));
        assertThat(sum.usedShare().percent()).isEqualByComparingTo("27.54");
        assertThat(sum.studentsShare().percent()).isEqualByComparingTo("39.47");
    }

    @Test
    @DisplayName("R-STAT-1, R-STAT-2: the states partition the persons; a part never exceeds its whole")
    void partition() {
        assertThatThrownBy(() -> new StudentFigures(3, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuardianFigures(2, 0, 1, 2, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuardianFigures(2, 1, 0, 0, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-STAT-1: lines ordered by MEF become one table per MEF, told apart by code even with one label")
    void tablesPerMef() {
        List<DivisionLine<StudentFigures>> lines = List.of(
                new DivisionLine<>("6A", new StudentFigures(1, 1, 0, 0)),
                new DivisionLine<>("6B", new StudentFigures(2, 2, 0, 0)),
                new DivisionLine<>("6S", new StudentFigures(3, 3, 0, 0)),
                new DivisionLine<>(null, new StudentFigures(4, 4, 0, 0)));

        Synthesis<StudentFigures> synthesis = Synthesis.summed(Synthesis.tables(
                java.util.Arrays.asList("A", "A", "B", null), java.util.Arrays.asList("6EME", "6EME", "6EME", null),
                lines, StudentFigures.NONE), StudentFigures.NONE);

        assertThat(synthesis.mefs()).extracting(MefTable::mef).containsExactly("6EME", "6EME", null);
        assertThat(synthesis.mefs()).extracting(t -> t.lines().size()).containsExactly(2, 1, 1);
        assertThat(synthesis.establishment()).isEqualTo(new StudentFigures(10, 10, 0, 0));
    }

    @Test
    @DisplayName("R-STAT-2: the current school year is the one containing today, rentrée and last day included")
    void schoolYearWindow() {
        SchoolYearWindow past = new SchoolYearWindow(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 4));
        SchoolYearWindow now = new SchoolYearWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));
        List<SchoolYearWindow> years = List.of(now, past);

        assertThat(SchoolYearWindow.current(years, LocalDate.of(2026, 12, 1))).contains(now);
        assertThat(SchoolYearWindow.current(years, LocalDate.of(2026, 9, 1))).contains(now);
        assertThat(now.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(now.contains(LocalDate.of(2027, 7, 4))).isTrue();
        assertThat(now.contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(now.contains(LocalDate.of(2027, 7, 5))).isFalse();
        // Summer: the year just ended stays current until the rentrée; before any year, none.
        assertThat(SchoolYearWindow.current(years, LocalDate.of(2026, 8, 15))).contains(past);
        assertThat(SchoolYearWindow.current(years, LocalDate.of(2024, 8, 15))).isEmpty();
    }
}
