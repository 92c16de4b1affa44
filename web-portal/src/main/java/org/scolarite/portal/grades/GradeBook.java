package org.scolarite.portal.grades;

import java.util.List;
import org.scolarite.grades.entity.SubjectTile;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.portal.faces.Choice;

/**
 * What the grades page shows under its title, as {@link GradeBookComponent} writes it: made once per request by
 * {@link GradesBacking} from the checked child's frame and grades.
 *
 * @param child      the child's name and division, beside the title
 * @param loaded     false when there is no child to show: only the title is written
 * @param periods    the period filter's options (periods, months begun, « toutes les périodes »), the one shown
 *                   selected
 * @param subjects   the subject filter's options after « toutes les matières », the one chosen selected
 * @param single     one grade asked alone (« devoir »), shown with a way back to the list
 * @param periodKey  the period shown, which the tiles' links keep
 * @param allPeriods whether « toutes les périodes » is shown (an empty list then offers no wider choice)
 * @param subject    the subject chosen, {@code null} for all
 */
public record GradeBook(String child, boolean loaded, List<Choice> periods, List<Choice> subjects, boolean single,
                        List<SubjectTile> tiles, String periodKey, boolean allPeriods, String subject,
                        List<GradeRow> grades, List<TeamMember> team) {

    /** The page of an account with no child to show. */
    static GradeBook empty(String child) {
        return new GradeBook(child, false, List.of(), List.of(), false, List.of(), null, false, null, List.of(),
                List.of());
    }
}
