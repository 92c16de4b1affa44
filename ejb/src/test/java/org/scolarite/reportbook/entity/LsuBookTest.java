package org.scolarite.reportbook.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LsuBookTest {

    private static PeriodReport report(int year, String code, LocalDate end) {
        return new PeriodReport(year, code, code, end, null, null, List.of());
    }

    @Test
    @DisplayName("R-LSU-1: the periodic reports in the order of the school years and periods, assessments by cycle")
    void order() {
        LsuBook book = new LsuBook(List.of(report(2026, "T1", LocalDate.of(2026, 11, 30)),
                report(2025, "T3", LocalDate.of(2026, 7, 4)), report(2025, "T1", LocalDate.of(2025, 11, 30))),
                List.of(new CycleAssessment(3, 2025, null, Map.of()), new CycleAssessment(2, 2023, null, Map.of())));
        assertThat(book.reports()).extracting(r -> r.schoolYear() + r.periodCode())
                .containsExactly("2025T1", "2025T3", "2026T1");
        assertThat(book.assessments()).extracting(CycleAssessment::cycle).containsExactly(2, 3);
        assertThat(book.reports().get(0).title()).isEqualTo("T1 2025-2026");
    }

    @Test
    @DisplayName("R-LSU-1: an end-of-cycle assessment lists the eight components of the socle in their order, one "
            + "not assessed without level")
    void eightComponents() {
        CycleAssessment assessment = new CycleAssessment(3, 2025, "Acquis solides.", Map.of(
                SocleComponent.REP_MND, MasteryLevel.VERY_GOOD, SocleComponent.CPD_FRA, MasteryLevel.FRAGILE));
        assertThat(assessment.components()).hasSize(8);
        assertThat(assessment.components().get(0))
                .isEqualTo(new CycleAssessment.ComponentLevel(SocleComponent.CPD_FRA, MasteryLevel.FRAGILE));
        assertThat(assessment.components().get(1).level()).isNull();
        assertThat(assessment.components().get(7).level()).isEqualTo(MasteryLevel.VERY_GOOD);
        assertThat(assessment.title()).isEqualTo("Bilan de fin de cycle 3 (2025-2026)");
    }

    @Test
    @DisplayName("R-LSU-1: the scales take 1 to 4 only (a feed record with another value is rejected)")
    void scales() {
        assertThat(MasteryLevel.of(4)).contains(MasteryLevel.VERY_GOOD);
        assertThat(MasteryLevel.of(0)).isEmpty();
        assertThat(MasteryLevel.of(5)).isEmpty();
        assertThat(Positioning.of(3)).contains(Positioning.REACHED);
        assertThat(Positioning.REACHED.fullLabel()).isEqualTo("Objectifs d’apprentissage atteints");
    }

    @Test
    @DisplayName("The school year under way starts in August: 31 July is still the previous one")
    void schoolYear() {
        assertThat(SchoolYears.startYearOf(LocalDate.of(2027, 7, 31))).isEqualTo(2026);
        assertThat(SchoolYears.startYearOf(LocalDate.of(2027, 8, 1))).isEqualTo(2027);
        assertThat(SchoolYears.label(2026)).isEqualTo("2026-2027");
    }
}
