package org.scolarite.portal.grades;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.scolarite.grades.entity.SubjectTile;
import org.scolarite.portal.faces.Markup;

/**
 * The subject tiles above the grades (R-NOTES-3), the items of their {@code <ul>}: a link per subject to its grades in
 * the period shown, with its teacher and its count of grades; orange with a « nouveau » badge when it holds grades new
 * since the previous sign-in, outlined when it is the subject chosen.
 */
final class SubjectTiles {

    private SubjectTiles() {
    }

    /** {@code page}: the page's address (« /notes.xhtml »), to which each tile links with its period and subject. */
    static void write(Markup html, ResourceBundle messages, Locale locale, String page, GradeBook book) {
        MessageFormat count = new MessageFormat(messages.getString("grades.tiles.count"), locale);
        // « 7 notes »: a choice format parses its « {0} notes » again on each call; the tiles share few counts.
        Map<Integer, String> counts = new HashMap<>();
        String fresh = messages.getString("grades.tiles.new");
        String link = page + "?periode=" + URLEncoder.encode(book.periodKey(), StandardCharsets.UTF_8) + "&matiere=";
        for (SubjectTile tile : book.tiles()) {
            html.start("li").start("a")
                    .attribute("class", "subject-tile" + (tile.fresh() ? " subject-tile-new" : "")
                            + (tile.subjectCode().equals(book.subject()) ? " subject-tile-current" : ""))
                    .attribute("href", link + URLEncoder.encode(tile.subjectCode(), StandardCharsets.UTF_8))
                    .attribute("data-subject", tile.subjectCode())
                    .element("span", "subject-tile-label", tile.subjectLabel())
                    .element("span", "subject-tile-teacher", tile.teacher())
                    .start("span").attribute("class", "subject-tile-count")
                    .text(counts.computeIfAbsent(tile.grades(), n -> count.format(new Object[] {n})));
            if (tile.fresh()) {
                html.element("span", "subject-tile-badge", fresh);
            }
            html.end("span").end("a").end("li");
        }
    }
}
