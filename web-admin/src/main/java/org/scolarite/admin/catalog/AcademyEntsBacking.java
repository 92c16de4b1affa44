package org.scolarite.admin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.AcademyCatalogue;
import org.scolarite.settings.entity.EntChoice;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;

/** « Liste des ENT » (R-SET-3): the ENTs of the académie, which schools pick for their ENT link. */
@Named("academyEnts")
@ViewScoped
public class AcademyEntsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> COMPONENTS = Map.of("label", "label", "url", "url");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AcademyCatalogue catalogue;

    private boolean denied;
    private List<EntRow> ents = List.of();
    private String label;
    private String url;

    /** An ENT of the list. */
    public record EntRow(long id, String label, String url) implements Serializable {
    }

    @PostConstruct
    void load() {
        try {
            reload();
        } catch (AccessDeniedException e) {
            denied = true;
        }
    }

    /** Adds the typed ENT; a refusal is shown next to its field and the typed values stay. */
    public void add() {
        try {
            EntChoice added = catalogue.addEntChoice(current.username(), label, url);
            Feedback.info(Feedback.text("academy.ents.added", added.getLabel()));
            label = null;
            url = null;
            reload();
        } catch (SettingRejected e) {
            Feedback.fieldError("entForm", COMPONENTS, e.field(), e.getMessage());
            Feedback.alsoCheckAddress("entForm", e, url);
        } catch (AccessDeniedException e) {
            Feedback.error(e.getMessage());
        }
    }

    public void remove(EntRow row) {
        try {
            catalogue.removeEntChoice(current.username(), row.id());
            Feedback.info(Feedback.text("academy.ents.removed", row.label()));
        } catch (AccessDeniedException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    private void reload() {
        ents = catalogue.entChoices(current.username()).stream()
                .map(c -> new EntRow(c.getId(), c.getLabel(), c.getUrl())).toList();
    }

    public boolean isDenied() { return denied; }
    public List<EntRow> getEnts() { return ents; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
