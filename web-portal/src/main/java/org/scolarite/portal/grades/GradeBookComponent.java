package org.scolarite.portal.grades;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.OptionsComponent;
import org.scolarite.portal.faces.WrittenComponent;

/**
 * The grades page's content (R-NOTES-1, R-NOTES-3), {@code <t:gradeBook value="#{portalGrades.book}"/>}: the title
 * with the child's name; the filters period and subject, a plain GET form (no view state, bookmarkable, works in a
 * simulation); the notice of one grade shown alone; the subject tiles with their legend; the grades table or, when
 * empty, a way to all periods; the « Équipe pédagogique ». It is the portal's busiest page: written in Java (see
 * {@link WrittenComponent}), it costs a fraction of the same markup built from Facelets on every view.
 */
@FacesComponent(value = "org.scolarite.portal.GradeBook", createTag = true, tagName = "gradeBook",
        namespace = WrittenComponent.NAMESPACE)
public class GradeBookComponent extends WrittenComponent<GradeBook> {

    static final String BUNDLE = "org.scolarite.portal.grades.messages";

    @Override
    protected void write(FacesContext context, Markup html, GradeBook book) {
        Locale locale = context.getViewRoot().getLocale();
        write(html, bundle(context, BUNDLE), locale, context.getExternalContext().getRequestContextPath(), book);
    }

    /** The content for the messages of {@code locale}, its links under {@code contextPath}. */
    static void write(Markup html, ResourceBundle messages, Locale locale, String contextPath, GradeBook book) {
        String page = contextPath + "/notes.xhtml";
        html.start("h1").attribute("id", "grades-title").text(messages.getString("grades.title")).text(" ")
                .element("span", "grades-child", book.child()).end("h1");
        if (!book.loaded()) {
            return;
        }
        filters(html, messages, page, book);
        if (book.single()) {
            html.start("p").attribute("class", "notice notice-success grades-single").attribute("id", "grades-single")
                    .text(messages.getString("grades.single")).text(" ")
                    .start("a").attribute("href", page).attribute("id", "grades-single-back")
                    .text(messages.getString("grades.single.back")).end("a").end("p");
        }
        if (!book.tiles().isEmpty()) {
            html.element("h2", "sr-only", messages.getString("grades.tiles.title"))
                    .start("ul").attribute("class", "subject-tiles").attribute("id", "subject-tiles");
            SubjectTiles.write(html, messages, locale, page, book);
            html.end("ul").start("p").attribute("class", "grades-legend");
            legend(html, "legend-new", messages.getString("grades.legend.new"));
            html.text(" ");
            legend(html, "legend-old", messages.getString("grades.legend.old"));
            html.end("p");
        }
        if (book.grades().isEmpty()) {
            html.start("div").attribute("class", "card grades-empty").attribute("id", "grades-empty")
                    .text(messages.getString("grades.empty"));
            if (!book.allPeriods()) {
                html.text(" ").start("a").attribute("href", page + "?periode=tout")
                        .attribute("id", "grades-all-periods")
                        .text(messages.getString("grades.empty.all")).end("a");
            }
            html.end("div");
        } else {
            GradesTable.write(html, messages, page, book.grades());
            html.element("p", "grades-abbreviations", messages.getString("grades.abbreviations"));
        }
        team(html, messages, book);
    }

    private static void filters(Markup html, ResourceBundle messages, String page, GradeBook book) {
        html.start("form").attribute("method", "get").attribute("action", page)
                .attribute("class", "grades-filters card").attribute("id", "grades-filters");
        html.start("div").attribute("class", "grades-filter")
                .start("label").attribute("for", "periode").text(messages.getString("grades.filter.period"))
                .end("label")
                .start("select").attribute("id", "periode").attribute("name", "periode");
        OptionsComponent.options(html, book.periods());
        html.end("select").end("div");
        html.start("div").attribute("class", "grades-filter")
                .start("label").attribute("for", "matiere").text(messages.getString("grades.filter.subject"))
                .end("label")
                .start("select").attribute("id", "matiere").attribute("name", "matiere")
                .start("option").attribute("value", "").text(messages.getString("grades.filter.allSubjects"))
                .end("option");
        OptionsComponent.options(html, book.subjects());
        html.end("select").end("div");
        html.text(" ").start("button").attribute("type", "submit").attribute("id", "grades-apply")
                .attribute("class", "button-secondary").text(messages.getString("grades.filter.apply")).end("button")
                .text(" ").start("a").attribute("href", "#team").attribute("class", "grades-team-link")
                .text(messages.getString("grades.team.link")).end("a");
        html.end("form");
    }

    private static void legend(Markup html, String swatch, String label) {
        html.start("span").attribute("class", "legend-item")
                .start("span").attribute("class", "legend-swatch " + swatch).attribute("aria-hidden", "true")
                .end("span").text(label).end("span");
    }

    private static void team(Markup html, ResourceBundle messages, GradeBook book) {
        html.start("section").attribute("class", "card grades-team").attribute("id", "team")
                .attribute("aria-labelledby", "team-title")
                .start("h2").attribute("id", "team-title").text(messages.getString("grades.team.title")).end("h2");
        if (book.team().isEmpty()) {
            html.text(messages.getString("grades.team.empty"));
        }
        html.start("ul").attribute("class", "team-list").attribute("id", "team-list");
        TeamList.write(html, messages, book.team());
        html.end("ul").end("section");
    }
}
