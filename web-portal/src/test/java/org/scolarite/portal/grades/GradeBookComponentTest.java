package org.scolarite.portal.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.grades.entity.SubjectTile;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.portal.faces.Choice;
import org.scolarite.portal.faces.MarkupAccess;

/** The grades page's content as {@link GradeBookComponent} writes it, without a container (R-NOTES-3). */
class GradeBookComponentTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle(GradeBookComponent.BUNDLE, Locale.FRENCH);

    private static final GradeRow ROW = new GradeRow(278, true, "Anglais LV1", "M. P. Poisson",
            "Contrôle <script>", "25/11/2026", "14,5", false, "12,44", "4,5", "18", "1", "20");

    private static String write(GradeBook book) {
        return MarkupAccess.written(html -> GradeBookComponent.write(html, FRENCH, Locale.FRENCH, "/ts", book));
    }

    private static GradeBook book(List<GradeRow> rows, boolean allPeriods, List<TeamMember> team) {
        return new GradeBook("Léa Durand — 6F", true,
                List.of(new Choice("p16", "1er trimestre", !allPeriods), new Choice("tout", "Toutes les périodes",
                        allPeriods)),
                List.of(new Choice("030201", "Anglais LV1", true)), false,
                List.of(new SubjectTile("030201", "Anglais LV1", "M. P. Poisson", 7, true)),
                allPeriods ? "tout" : "p16", allPeriods, "030201", rows, team);
    }

    @Test
    @DisplayName("R-NOTES-3: the filters keep the period and subject shown, the tiles link to their subject in that "
            + "period, a grade new since the last sign-in is marked, and the school's texts are escaped")
    void filtersTilesAndTable() {
        String html = write(book(List.of(ROW), false, List.of(new TeamMember("Anglais LV1", "M. P. Poisson", true))));

        assertThat(html).startsWith("<h1 id=\"grades-title\">Notes <span class=\"grades-child\">Léa Durand — 6F</span>")
                .contains("<form method=\"get\" action=\"/ts/notes.xhtml\"")
                .contains("<option value=\"p16\" selected=\"selected\">1er trimestre</option>")
                .contains("<option value=\"\">Toutes les matières</option>"
                        + "<option value=\"030201\" selected=\"selected\">Anglais LV1</option>")
                .contains("<a class=\"subject-tile subject-tile-new subject-tile-current\" "
                        + "href=\"/ts/notes.xhtml?periode=p16&amp;matiere=030201\" data-subject=\"030201\">")
                .contains("<span class=\"subject-tile-count\">7 notes<span class=\"subject-tile-badge\">nouveau</span>")
                .contains("<tr class=\"grade-new\" data-assessment=\"278\">")
                .contains("<a class=\"grade-link\" href=\"/ts/notes.xhtml?devoir=278\">Contrôle &lt;script&gt;</a>")
                .contains("<li class=\"team-main\"><span class=\"team-subject\">Anglais LV1</span>")
                .doesNotContain("<script>", "id=\"grades-empty\"", "id=\"grades-single\"");
    }

    @Test
    @DisplayName("R-NOTES-3: a period without grades says so and offers all periods; « toutes les périodes » empty "
            + "offers nothing wider; an unknown team says so")
    void emptyPeriods() {
        String period = write(book(List.of(), false, List.of()));
        String all = write(book(List.of(), true, List.of()));

        assertThat(period).contains("id=\"grades-empty\"").contains("href=\"/ts/notes.xhtml?periode=tout\"")
                .contains("L’équipe pédagogique n’est pas encore connue.").doesNotContain("id=\"grades-table\"");
        assertThat(all).contains("id=\"grades-empty\"").doesNotContain("id=\"grades-all-periods\"");
    }

    @Test
    @DisplayName("An account with no child to show gets the title alone")
    void noChild() {
        assertThat(write(GradeBook.empty(null))).isEqualTo("<h1 id=\"grades-title\">Notes <span "
                + "class=\"grades-child\"></span></h1>");
    }
}
