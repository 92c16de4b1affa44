package org.scolarite.admin.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.catalog.boundary.ServiceLine;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.catalog.entity.ServiceSwitchRefused;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Ouverture / fermeture » (R-SVC-2, R-SVC-3) and its read-only copy on the home page: the establishment's
 * catalogue, one switch per service. Only the head switches, after activation; each switch is based on the
 * revision the page showed, so that a concurrent change is refused rather than overwritten.
 */
@Named("opening")
@ViewScoped
public class OpeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private ActivationBacking activation;

    @Inject
    private OnlineServices services;

    private Long loadedFor;

    private List<ServiceRow> rows = List.of();

    /** The catalogue of the establishment chosen in the header (reloaded when the user switches establishment). */
    public List<ServiceRow> getRows() {
        Long selected = current.getSelectedId();
        if (!Objects.equals(selected, loadedFor)) {
            load(selected);
        }
        return rows;
    }

    /** The head may flip the switches once the téléservices are activated; everybody else only reads. */
    public boolean isSwitcher() {
        EstablishmentChoice selected = current.getSelected();
        return selected != null && selected.allows(StaffRole.HEAD) && activation.isActivated();
    }

    public boolean mayChange(ServiceRow row) {
        return isSwitcher() && row.isSwitchable();
    }

    /** The switch of {@code row} was flipped: asks for the new state from tomorrow (R-SET-2). */
    public void switched(ServiceRow row) {
        try {
            ServiceLine line = services.switchService(current.username(), loadedFor, new ServiceKey(row.getKey()),
                    row.isOpen(), row.getRevision());
            ServiceRow updated = ServiceRow.of(line);
            List<ServiceRow> replaced = new ArrayList<>(rows);
            replaced.replaceAll(r -> r.getKey().equals(updated.getKey()) ? updated : r);
            rows = List.copyOf(replaced);
            Feedback.info(updated.isPending()
                    ? Feedback.text(updated.isChosenOpen() ? "opening.saved.open" : "opening.saved.close",
                            updated.getName(), updated.getEffectiveFromText())
                    : Feedback.text(updated.isChosenOpen() ? "opening.saved.keptOpen" : "opening.saved.keptClosed",
                            updated.getName()));
        } catch (ServiceSwitchRefused | ConcurrentSettingChange e) {
            Feedback.error(e.getMessage());
            load(loadedFor);
        } catch (AccessDeniedException e) {
            Feedback.error(Feedback.text("opening.denied"));
            load(loadedFor);
        }
    }

    private void load(Long establishmentId) {
        loadedFor = establishmentId;
        rows = establishmentId == null ? List.of()
                : services.catalogue(current.username(), establishmentId).stream().map(ServiceRow::of).toList();
    }
}
