package org.scolarite.grades.boundary;

import org.scolarite.grades.entity.GradeList;
import org.scolarite.grades.entity.PeriodChoice;

/**
 * What one view of the portal's grades page shows (R-NOTES-3): the period and subject chosen, the list. The filter's
 * options and the team are the child's {@link GradeBookFrame}'s.
 */
public record GradesPage(PeriodChoice period, String subjectCode, GradeList list) {
}
