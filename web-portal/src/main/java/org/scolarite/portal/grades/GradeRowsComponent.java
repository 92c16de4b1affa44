package org.scolarite.portal.grades;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.WrittenList;

/**
 * The body of the grades table, {@code <g:gradeRows value="#{portalGrades.grades}"/>} inside {@code <tbody>}: one
 * {@code <tr>} per {@link GradeRow}, written in Java rather than by a {@code ui:repeat}. A guardian's « toutes les
 * périodes » holds a whole year of grades, some twenty EL expressions a line: the load test of [P2] showed that
 * resolving them was most of the page's cost, so the lines are written here from already formatted rows. Every text
 * is escaped ({@link Markup}). On phones the table becomes one card per grade, headed by the
 * subject and the assessment's label, whose other cells show their column's name from {@code data-label} (drawn by
 * CSS); the first two cells need none.
 */
@FacesComponent(value = "org.scolarite.portal.GradeRows", createTag = true, tagName = "gradeRows",
        namespace = WrittenList.NAMESPACE)
public class GradeRowsComponent extends WrittenList<GradeRow> {

    static final String BUNDLE = "org.scolarite.portal.grades.messages";

    @Override
    protected void write(FacesContext context, Markup html, List<GradeRow> rows) {
        Columns columns = new Columns(bundle(context, BUNDLE));
        String link = context.getExternalContext().getRequestContextPath() + "/notes.xhtml?devoir=";
        for (GradeRow row : rows) {
            html.start("tr").attribute("class", row.fresh() ? "grade-new" : null)
                    .attribute("data-assessment", row.assessmentId())
                    .start("td").attribute("class", "grade-subject")
                    .element("span", "grade-subject-label", row.subjectLabel())
                    .element("span", "grade-teacher", row.teacher())
                    .end("td")
                    .start("td")
                    .start("a").attribute("class", "grade-link").attribute("href", link + row.assessmentId())
                    .text(row.label()).end("a");
            if (row.fresh()) {
                html.element("span", "grade-new-badge", columns.fresh);
            }
            html.end("td");
            cell(html, null, columns.date, row.date());
            cell(html, row.status() ? "num grade-value grade-status" : "num grade-value", columns.grade, row.shown());
            cell(html, "num", columns.average, row.average());
            cell(html, "num", columns.lowest, row.lowest());
            cell(html, "num", columns.highest, row.highest());
            cell(html, "num", columns.coefficient, row.coefficient());
            cell(html, "num", columns.outOf, row.outOf());
            html.end("tr");
        }
    }

    private static void cell(Markup html, String styleClass, String label, String text) {
        html.start("td").attribute("class", styleClass).attribute("data-label", label).text(text).end("td");
    }

    /** The columns' names, read once per table. */
    private static final class Columns {
        final String date;
        final String grade;
        final String average;
        final String lowest;
        final String highest;
        final String coefficient;
        final String outOf;
        final String fresh;

        Columns(ResourceBundle messages) {
            date = messages.getString("grades.col.date");
            grade = messages.getString("grades.col.grade");
            average = messages.getString("grades.col.average");
            lowest = messages.getString("grades.col.lowest");
            highest = messages.getString("grades.col.highest");
            coefficient = messages.getString("grades.col.coefficient");
            outOf = messages.getString("grades.col.outOf");
            fresh = messages.getString("grades.new");
        }
    }
}
