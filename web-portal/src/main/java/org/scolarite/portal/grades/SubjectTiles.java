package org.scolarite.portal.grades;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.scolarite.grades.entity.SubjectTile;
import org.scolarite.portal.faces.Markup;
import org.scolarite.portal.faces.WrittenList;

/**
 * The subject tiles above the grades (R-NOTES-3), {@code <t:subjectTiles value="#{…}" period="…" subject="…"/>}
 * inside their {@code <ul>}: a link per subject to its grades in the period shown, with its teacher and its count of
 * grades; orange with a « nouveau » badge when it holds grades new since the previous sign-in, outlined when it is the
 * subject chosen.
 */
@FacesComponent(value = "org.scolarite.portal.SubjectTiles", createTag = true, tagName = "subjectTiles",
        namespace = WrittenList.NAMESPACE)
public class SubjectTilesComponent extends WrittenList<SubjectTile> {

    @Override
    protected void write(FacesContext context, Markup html, List<SubjectTile> tiles) {
        ResourceBundle messages = bundle(context, GradesTableComponent.BUNDLE);
        MessageFormat count = new MessageFormat(messages.getString("grades.tiles.count"),
                context.getViewRoot().getLocale());
        // « 7 notes »: a choice format parses its « {0} notes » again on each call; the tiles share few counts.
        Map<Integer, String> counts = new HashMap<>();
        String fresh = messages.getString("grades.tiles.new");
        String chosen = text("subject");
        String link = context.getExternalContext().getRequestContextPath() + "/notes.xhtml?periode="
                + URLEncoder.encode(text("period"), StandardCharsets.UTF_8) + "&matiere=";
        for (SubjectTile tile : tiles) {
            html.start("li").start("a")
                    .attribute("class", "subject-tile" + (tile.fresh() ? " subject-tile-new" : "")
                            + (tile.subjectCode().equals(chosen) ? " subject-tile-current" : ""))
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
