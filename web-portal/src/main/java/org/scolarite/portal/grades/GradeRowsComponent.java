package org.scolarite.portal.grades;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The body of the grades table, {@code <g:gradeRows value="#{portalGrades.grades}"/>} inside {@code <tbody>}: one
 * {@code <tr>} per {@link GradeRow}, written in Java rather than by a {@code ui:repeat}. A guardian's « toutes les
 * périodes » holds a whole year of grades, some twenty EL expressions a line: the load test of [P2] showed that
 * resolving them was most of the page's cost, so the lines are written here from already formatted rows. Every text
 * goes through the response writer, which escapes it. Each cell carries its column's name in {@code data-label}: on
 * phones the table becomes one card per grade and the labels are drawn by CSS.
 */
@FacesComponent(value = GradeRowsComponent.TYPE, createTag = true, tagName = "gradeRows",
        namespace = GradeRowsComponent.NAMESPACE)
public class GradeRowsComponent extends UIComponentBase {

    static final String TYPE = "org.scolarite.portal.GradeRows";
    static final String NAMESPACE = "https://teleservices.scolarite.org/portal";
    private static final String BUNDLE = "org.scolarite.portal.grades.messages";

    @Override
    public String getFamily() {
        return "org.scolarite.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<GradeRow> rows = (List<GradeRow>) getAttributes().get("value");
        if (rows == null || rows.isEmpty()) {
            return;
        }
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        Columns columns = new Columns(messages);
        String link = context.getExternalContext().getRequestContextPath() + "/notes.xhtml?devoir=";
        ResponseWriter out = context.getResponseWriter();
        for (GradeRow row : rows) {
            writeRow(out, row, columns, link);
        }
    }

    private static void writeRow(ResponseWriter out, GradeRow row, Columns columns, String link) throws IOException {
        out.startElement("tr", null);
        if (row.fresh()) {
            out.writeAttribute("class", "grade-new", null);
        }
        out.writeAttribute("data-assessment", row.assessmentId(), null);

        out.startElement("td", null);
        out.writeAttribute("class", "grade-subject", null);
        out.writeAttribute("data-label", columns.subject, null);
        span(out, "grade-subject-label", row.subjectLabel());
        span(out, "grade-teacher", row.teacher());
        out.endElement("td");

        out.startElement("td", null);
        out.writeAttribute("data-label", columns.label, null);
        out.startElement("a", null);
        out.writeAttribute("class", "grade-link", null);
        out.writeURIAttribute("href", link + row.assessmentId(), null);
        out.writeText(row.label(), null);
        out.endElement("a");
        if (row.fresh()) {
            span(out, "grade-new-badge", columns.fresh);
        }
        out.endElement("td");

        cell(out, null, columns.date, row.date());
        cell(out, row.status() ? "num grade-value grade-status" : "num grade-value", columns.grade, row.shown());
        cell(out, "num", columns.average, row.average());
        cell(out, "num", columns.lowest, row.lowest());
        cell(out, "num", columns.highest, row.highest());
        cell(out, "num", columns.coefficient, row.coefficient());
        cell(out, "num", columns.outOf, row.outOf());
        out.endElement("tr");
    }

    private static void cell(ResponseWriter out, String styleClass, String label, String text) throws IOException {
        out.startElement("td", null);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeAttribute("data-label", label, null);
        out.writeText(text, null);
        out.endElement("td");
    }

    private static void span(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", styleClass, null);
        if (text != null) {
            out.writeText(text, null);
        }
        out.endElement("span");
    }

    /** The columns' names, read once per table. */
    private static final class Columns {
        final String subject;
        final String label;
        final String date;
        final String grade;
        final String average;
        final String lowest;
        final String highest;
        final String coefficient;
        final String outOf;
        final String fresh;

        Columns(ResourceBundle messages) {
            subject = messages.getString("grades.col.subject");
            label = messages.getString("grades.col.label");
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
