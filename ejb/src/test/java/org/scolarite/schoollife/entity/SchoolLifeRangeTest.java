package org.scolarite.schoollife.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.SchoolPeriod;
import org.scolarite.structure.entity.Uai;

class SchoolLifeRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Division division = new Division(new Establishment(new Academy("N", "Normandie", "http://x/"),
            Uai.fromDigits(140070), EstablishmentKind.COLLEGE, "Collège"), "6A", "6e A");
    private final List<SchoolPeriod> trimesters = List.of(
            new SchoolPeriod(division, "T1", "1er trimestre", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)),
            new SchoolPeriod(division, "T2", "2e trimestre", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 5)),
            new SchoolPeriod(division, "T3", "3e trimestre", LocalDate.of(2027, 3, 6), LocalDate.of(2027, 7, 4)));
    private final SchoolLifeRange.Choices choices = SchoolLifeRange.choices(trimesters, TODAY);

    @Test
    @DisplayName("R-VS-1: the page opens on the current period (its first day included)")
    void defaultsToCurrentPeriod() {
        assertThat(SchoolLifeRange.of(null, choices, TODAY)).isEqualTo(new SchoolLifeRange("T2",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 5)));
        assertThat(SchoolLifeRange.of(null, choices, TODAY.minusDays(1)).key()).isEqualTo("T1");
    }

    @Test
    @DisplayName("R-VS-1: a period, a month of the year so far, or the whole year")
    void choices() {
        assertThat(choices.months()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
                YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(SchoolLifeRange.of("T1", choices, TODAY)).isEqualTo(new SchoolLifeRange("T1",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)));
        assertThat(SchoolLifeRange.of("2026-10", choices, TODAY)).isEqualTo(new SchoolLifeRange("2026-10",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(SchoolLifeRange.of("annee", choices, TODAY)).isEqualTo(new SchoolLifeRange("annee",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4)));
    }

    @Test
    @DisplayName("R-VS-1: a value the page does not offer (a future month, another division's period, garbage) "
            + "gives the default")
    void craftedValues() {
        for (String crafted : new String[] {"2027-01", "2025-10", "S1", "' OR 1=1", "2026-13"}) {
            assertThat(SchoolLifeRange.isOffered(crafted, choices)).as(crafted).isFalse();
            assertThat(SchoolLifeRange.of(crafted, choices, TODAY).key()).as(crafted).isEqualTo("T2");
        }
    }

    @Test
    @DisplayName("R-VS-1: without periods, the school year from 1 September, and it is the default")
    void withoutPeriods() {
        SchoolLifeRange.Choices none = SchoolLifeRange.choices(List.of(), TODAY);
        assertThat(SchoolLifeRange.of(null, none, TODAY)).isEqualTo(new SchoolLifeRange("annee",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)));
    }
}
