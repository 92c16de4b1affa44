package org.scolarite.grades.boundary;

import java.util.List;
import org.scolarite.grades.entity.GradeList;
import org.scolarite.grades.entity.PeriodChoice;

/**
 * What the portal's grades page shows (R-NOTES-3): the filter's options and choice, the list; the team comes apart
 * ({@link PortalGrades#team}).
 */
public record GradesPage(List<PeriodChoice> periods, PeriodChoice period, String subjectCode, GradeList list) {
}
