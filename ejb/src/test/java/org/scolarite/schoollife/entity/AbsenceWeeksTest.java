package org.scolarite.schoollife.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.schoollife.entity.AbsenceWeeks.Absence;
import org.scolarite.schoollife.entity.AbsenceWeeks.Week;

class AbsenceWeeksTest {

    @Test
    @DisplayName("R-VS-1: half-days per week of the range, weeks without absence listed, up to today's week only, the "
            + "most recent first")
    void perWeek() {
        List<Week> weeks = AbsenceWeeks.of(List.of(
                        new Absence(LocalDate.of(2026, 11, 2), 2),    // Monday, week 1
                        new Absence(LocalDate.of(2026, 11, 6), 1),    // Friday, week 1
                        new Absence(LocalDate.of(2026, 11, 18), 4)),  // Wednesday, week 3 (a 2-day absence)
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20));
        assertThat(weeks).containsExactly(
                new Week(LocalDate.of(2026, 11, 16), 4),
                new Week(LocalDate.of(2026, 11, 9), 0),
                new Week(LocalDate.of(2026, 11, 2), 3),
                new Week(LocalDate.of(2026, 10, 26), 0));  // the week holding the 1st (a Sunday)
        assertThat(AbsenceWeeks.total(weeks)).isEqualTo(7);
    }

    @Test
    @DisplayName("R-VS-1: an absence outside the listed weeks is not counted")
    void outside() {
        List<Week> weeks = AbsenceWeeks.of(List.of(new Absence(LocalDate.of(2026, 12, 14), 2)),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 2));
        assertThat(weeks).containsExactly(new Week(LocalDate.of(2026, 11, 30), 0));
    }
}
