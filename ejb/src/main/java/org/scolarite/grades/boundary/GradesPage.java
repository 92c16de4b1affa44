package org.scolarite.grades.boundary;

import java.util.List;
import org.scolarite.grades.entity.GradeList;
import org.scolarite.grades.entity.PeriodChoice;
import org.scolarite.grades.entity.TeamMember;

/** What the portal's grades page shows (R-NOTES-3): the filter's options and choice, the list, the team. */
public record GradesPage(List<PeriodChoice> periods, PeriodChoice period, String subjectCode, GradeList list,
                         List<TeamMember> team) {
}
