package org.scolarite.reportbook.entity;

import java.time.LocalDate;
import java.util.List;

/** A periodic report (bilan périodique) of the LSU: one period of the division, its subjects and the general word. */
public record PeriodReport(int schoolYear, String periodCode, String periodLabel, LocalDate periodEnd,
                           String generalAppreciation, String schoolLife, List<SubjectEntry> subjects) {

    public PeriodReport {
        subjects = List.copyOf(subjects);
    }

    /** « 1er trimestre 2026-2027 ». */
    public String title() {
        return periodLabel + " " + SchoolYears.label(schoolYear);
    }
}
