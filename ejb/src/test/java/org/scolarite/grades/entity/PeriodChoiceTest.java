package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.SchoolPeriod;

class PeriodChoiceTest {

    private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

    private static SchoolPeriod period(long id, String code, String label, LocalDate start, LocalDate end)
            throws ReflectiveOperationException {
        SchoolPeriod period = new SchoolPeriod(new Division(null, "6A", "6e A"), code, label, start, end);
        Field field = SchoolPeriod.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(period, id);
        return period;
    }

    private static List<SchoolPeriod> trimesters() throws ReflectiveOperationException {
        return List.of(period(51, "T1", "1er trimestre", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)),
                period(52, "T2", "2e trimestre", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28)),
                period(53, "T3", "3e trimestre", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 4)));
    }

    @Test
    @DisplayName("R-NOTES-3: the filter offers the periods, the months begun, then « toutes les périodes »")
    void options() throws ReflectiveOperationException {
        List<PeriodChoice> options = PeriodChoice.options(trimesters(), NOVEMBER_30);
        assertThat(options).extracting(PeriodChoice::key).containsExactly("p51", "p52", "p53", "m2026-09",
                "m2026-10", "m2026-11", "tout");
        assertThat(options.get(4).label()).isEqualTo("Octobre 2026");
        assertThat(options.get(4).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(options.get(4).to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(options.get(6).from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(options.get(6).to()).isEqualTo(LocalDate.of(2027, 7, 4));
    }

    @Test
    @DisplayName("R-NOTES-3: by default the current period; the day after it ends, the next one")
    void current_period_by_default() throws ReflectiveOperationException {
        List<SchoolPeriod> periods = trimesters();
        assertThat(PeriodFilter.of(periods, NOVEMBER_30).chosen(null))
                .map(PeriodChoice::key).contains("p51");
        LocalDate december1 = NOVEMBER_30.plusDays(1);
        assertThat(PeriodFilter.of(periods, december1).chosen(""))
                .map(PeriodChoice::key).contains("p52");
    }

    @Test
    @DisplayName("R-NOTES-3: a key the child's options do not hold (another division's period) is not a choice")
    void unknown_key() throws ReflectiveOperationException {
        List<SchoolPeriod> periods = trimesters();
        PeriodFilter filter = PeriodFilter.of(periods, NOVEMBER_30);
        assertThat(filter.chosen("p99")).isEmpty();
        assertThat(filter.chosen("m2026-12")).isEmpty();
        assertThat(filter.chosen("tout")).map(PeriodChoice::kind).contains(PeriodChoice.Kind.ALL);
        assertThat(filter.chosen(" m2026-11 ")).map(PeriodChoice::key).contains("m2026-11");
    }

    @Test
    @DisplayName("R-NOTES-3: a division without periods shows « toutes les périodes », its only option")
    void no_periods() {
        PeriodFilter filter = PeriodFilter.of(List.of(), NOVEMBER_30);
        assertThat(filter.options()).hasSize(1);
        assertThat(filter.chosen(null)).map(PeriodChoice::kind).contains(PeriodChoice.Kind.ALL);
        assertThat(filter.all()).isEqualTo(filter.current());
    }
}
