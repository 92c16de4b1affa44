package org.scolarite.portal.grades;

import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.portal.faces.Markup;

/**
 * The « Équipe pédagogique » (R-NOTES-3), the items of its {@code <ul>}: a line per teacher with the subject taught;
 * the professeur principal is marked, and named as such when he teaches none of the pupil's subjects.
 */
final class TeamList {

    private TeamList() {
    }

    static void write(Markup html, ResourceBundle messages, List<TeamMember> team) {
        String main = messages.getString("grades.team.main");
        String noSubject = messages.getString("grades.team.noSubject");
        for (TeamMember member : team) {
            html.start("li").attribute("class", member.mainTeacher() ? "team-main" : null)
                    .element("span", "team-subject", member.subjectLabel() == null || member.subjectLabel().isEmpty()
                            ? noSubject : member.subjectLabel())
                    .element("span", "team-teacher", member.teacher());
            if (member.mainTeacher()) {
                html.element("span", "team-badge", main);
            }
            html.end("li");
        }
    }
}
