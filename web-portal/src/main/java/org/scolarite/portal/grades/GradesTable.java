package org.scolarite.portal.grades;

import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.portal.faces.Markup;

/**
 * The grades table (R-NOTES-3): its caption and column heads, then one {@code <tr>} per {@link GradeRow}, from rows
 * already formatted. A guardian's « toutes les périodes » holds a whole year of grades. Every text is escaped
 * ({@link Markup}). On phones the table becomes one card per grade, headed by the subject and the assessment's label,
 * whose other cells show their column's name from {@code data-label} (drawn by CSS); the first two cells need none.
 */
final class GradesTable {

    private GradesTable() {
    }

    /** {@code page}: the page's address (« /notes.xhtml »), to which each line's label links. */
    static void write(Markup html, ResourceBundle messages, String page, List<GradeRow> rows) {
        Columns columns = new Columns(messages);
        html.start("table").attribute("class", "grades-table").attribute("id", "grades-table")
                .element("caption", "sr-only", messages.getString("grades.table.caption"))
                .start("thead").start("tr");
        head(html, null, messages.getString("grades.col.subject"), null);
        head(html, null, messages.getString("grades.col.label"), null);
        head(html, null, columns.date, null);
        head(html, "num", columns.grade, null);
        head(html, "num", columns.average, messages.getString("grades.col.average.long"));
        head(html, "num", columns.lowest, messages.getString("grades.col.lowest.long"));
        head(html, "num", columns.highest, messages.getString("grades.col.highest.long"));
        head(html, "num", columns.coefficient, messages.getString("grades.col.coefficient.long"));
        head(html, "num", columns.outOf, null);
        html.end("tr").end("thead").start("tbody");
        String link = page + "?devoir=";
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
        html.end("tbody").end("table");
    }

    /** A column head; an abbreviated one carries its full name ({@code <abbr title>}). */
    private static void head(Markup html, String styleClass, String label, String longLabel) {
        html.start("th").attribute("scope", "col").attribute("class", styleClass);
        if (longLabel == null) {
            html.text(label);
        } else {
            html.start("abbr").attribute("title", longLabel).text(label).end("abbr");
        }
        html.end("th");
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
