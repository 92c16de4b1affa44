package org.scolarite.portal.grades;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.WrittenList;

/**
 * The « Équipe pédagogique » (R-NOTES-3), {@code <t:teamMembers value="#{…}"/>} inside its {@code <ul>}: a line per
 * teacher with the subject taught; the professeur principal is marked, and named as such when he teaches none of the
 * pupil's subjects.
 */
@FacesComponent(value = "org.scolarite.portal.TeamMembers", createTag = true, tagName = "teamMembers",
        namespace = WrittenList.NAMESPACE)
public class TeamComponent extends WrittenList<TeamMember> {

    @Override
    protected void write(FacesContext context, Markup html, List<TeamMember> team) {
        ResourceBundle messages = bundle(context, GradesTableComponent.BUNDLE);
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
