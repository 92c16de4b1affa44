package org.scolarite.reportbook.entity;

import java.util.Comparator;
import java.util.List;

/**
 * A pupil's Livret scolaire CP–3e as the portal and its PDF show it (R-LSU-1): the periodic reports in the order of
 * the school years and periods, then the end-of-cycle assessments by cycle.
 */
public record LsuBook(List<PeriodReport> reports, List<CycleAssessment> assessments) {

    private static final Comparator<PeriodReport> REPORT_ORDER = Comparator.comparingInt(PeriodReport::schoolYear)
            .thenComparing(PeriodReport::periodEnd);

    public LsuBook {
        reports = reports.stream().sorted(REPORT_ORDER).toList();
        assessments = assessments.stream().sorted(Comparator.comparingInt(CycleAssessment::cycle)).toList();
    }

    public boolean isEmpty() {
        return reports.isEmpty() && assessments.isEmpty();
    }
}
