package org.scolarite.structure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolPeriodTest {

    private final Division division = new Division(null, "3A", "3e A");
    private final SchoolPeriod first = new SchoolPeriod(division, "T1", "1er trimestre",
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
    private final SchoolPeriod second = new SchoolPeriod(division, "T2", "2e trimestre",
            LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 28));
    private final List<SchoolPeriod> periods = List.of(second, first);

    @Test
    @DisplayName("R-NOTES-3 the page opens on the period containing today, its first and last days included")
    void currentContainsToday() {
        assertEquals("T1", SchoolPeriod.current(periods, LocalDate.of(2026, 11, 30)).orElseThrow().getCode());
        assertEquals("T2", SchoolPeriod.current(periods, LocalDate.of(2026, 12, 7)).orElseThrow().getCode());
    }

    @Test
    @DisplayName("R-NOTES-3 between two periods, after the last or before the first: the nearest one that makes sense")
    void currentOutsideEveryPeriod() {
        assertEquals("T1", SchoolPeriod.current(periods, LocalDate.of(2026, 12, 3)).orElseThrow().getCode());
        assertEquals("T2", SchoolPeriod.current(periods, LocalDate.of(2027, 7, 10)).orElseThrow().getCode());
        assertEquals("T1", SchoolPeriod.current(periods, LocalDate.of(2026, 8, 20)).orElseThrow().getCode());
        assertTrue(SchoolPeriod.current(List.of(), LocalDate.of(2026, 10, 1)).isEmpty());
    }

    @Test
    @DisplayName("a period cannot end before it starts")
    void endsAfterStart() {
        assertThrows(IllegalArgumentException.class, () -> new SchoolPeriod(division, "T1", "1er trimestre",
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)));
    }
}
