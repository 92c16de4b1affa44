package org.scolarite.portal.grades;

import java.util.List;
import java.util.ResourceBundle;
import org.owasp.encoder.Encode;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.Markup.Fragment;

/**
 * The grades table (R-NOTES-3): its caption and column heads, then one {@code <tr>} per {@link GradeRow}, from rows
 * already formatted. A guardian's « toutes les périodes » holds a whole year of grades. Every text is escaped
 * ({@link Markup}). On phones the table becomes one card per grade, headed by the subject and the assessment's label,
 * whose other cells show their column's name (drawn by CSS, see {@code Columns}); the first two cells need none.
 */
final class GradesTable {

    /* What every line repeats whatever the language, written once (Markup.fragment). */
    private static final Fragment SUBJECT = Markup.fragment(html -> html.start("td").attribute("class", "grade-subject")
            .start("span").attribute("class", "grade-subject-label"));
    private static final Fragment TEACHER = Markup.fragment(html -> html.end("span")
            .start("span").attribute("class", "grade-teacher"));
    private static final Fragment LABEL = Markup.fragment(html -> html.end("span").end("td").start("td"));
    private static final Fragment CELL = Markup.fragment(html -> html.start("td"));
    private static final Fragment GRADE = Markup.fragment(html -> html.start("td").attribute("class", "grade-value"));
    private static final Fragment STATUS = Markup.fragment(html -> html.start("td")
            .attribute("class", "grade-value grade-status"));

    private GradesTable() {
    }

    /** {@code page}: the page's address (« /notes.xhtml »), to which each line's label links. */
    static void write(Markup html, ResourceBundle messages, String page, List<GradeRow> rows) {
        Columns columns = new Columns(messages);
        html.start("table").attribute("class", "grades-table").attribute("id", "grades-table")
                .attribute("style", columns.labels())
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
                    .append(SUBJECT).text(row.subjectLabel()).append(TEACHER).text(row.teacher()).append(LABEL)
                    .start("a").attribute("class", "grade-link").attribute("href", link + row.assessmentId())
                    .text(row.label()).end("a");
            if (row.fresh()) {
                html.append(columns.freshBadge);
            }
            html.end("td");
            cell(html, CELL, row.date());
            cell(html, row.status() ? STATUS : GRADE, row.shown());
            cell(html, CELL, row.average());
            cell(html, CELL, row.lowest());
            cell(html, CELL, row.highest());
            cell(html, CELL, row.coefficient());
            cell(html, CELL, row.outOf());
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

    private static void cell(Markup html, Fragment start, String text) {
        html.append(start).text(text).end("td");
    }

    /**
     * The columns' names in the page's language, read once per table, and the « nouvelle » badge. The cells carry
     * neither a class for the figures' alignment nor their column's name for phones, where the table turns into
     * cards: the style sheet finds both from the cell's place, the names in custom properties the table sets once
     * ({@link #labels}). A year of grades is hundreds of cells, and every byte of them is written and sent on each
     * view: the load test of [P2] measured that as a fifth of the page's cost.
     */
    private static final class Columns {
        final String date;
        final String grade;
        final String average;
        final String lowest;
        final String highest;
        final String coefficient;
        final String outOf;
        final Fragment freshBadge;

        Columns(ResourceBundle messages) {
            date = messages.getString("grades.col.date");
            grade = messages.getString("grades.col.grade");
            average = messages.getString("grades.col.average");
            lowest = messages.getString("grades.col.lowest");
            highest = messages.getString("grades.col.highest");
            coefficient = messages.getString("grades.col.coefficient");
            outOf = messages.getString("grades.col.outOf");
            String fresh = messages.getString("grades.new");
            freshBadge = Markup.fragment(html -> html.element("span", "grade-new-badge", fresh));
        }

        /** The columns' names as the style sheet's custom properties, each a CSS string (grades.css). */
        String labels() {
            return label("date", date) + label("grade", grade) + label("average", average) + label("lowest", lowest)
                    + label("highest", highest) + label("coefficient", coefficient) + label("out-of", outOf);
        }

        private static String label(String column, String name) {
            return "--grades-" + column + ":\"" + Encode.forCssString(name) + "\";";
        }
    }
}
