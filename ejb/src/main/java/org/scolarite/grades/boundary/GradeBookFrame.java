package org.scolarite.grades.boundary;

import java.util.List;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.PeriodFilter;
import org.scolarite.grades.entity.TeamMember;

/**
 * What a child's grades page shows whatever its filter (R-NOTES-1, R-NOTES-3): the publication setting in effect today
 * (D+1, R-SET-2); his (MEF, division) couple, whose visible grades make the class figures; the period filter of the
 * day; the « équipe pédagogique ». It changes only with the school's data, its settings or the day: the portal keeps
 * it for the session, and each page view then reads only the grades.
 */
public record GradeBookFrame(GradesPublication publication, ClassCouple couple, PeriodFilter periods,
                             List<TeamMember> team) {

    public GradeBookFrame {
        team = List.copyOf(team);
    }
}
