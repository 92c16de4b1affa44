package org.scolarite.admin.infosheet;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.infosheet.boundary.ChangeRequestReview;
import org.scolarite.infosheet.boundary.PendingChange;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Fiche de renseignements » in the console (R-FICHE-1): the establishment's pending changes, « Accepter » or
 * « Refuser » on each line (the guardian gets the confirmation e-mail), and the accepted changes as CSV for the
 * administration system. Head and delegate, who keep the school's records; {@link ChangeRequestReview} checks again.
 */
@Named
@ViewScoped
public class ChangeRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private ChangeRequestReview review;

    private Long loadedFor;
    /** The establishment shown; {@code null} when the user's role there does not allow it. */
    private Long establishmentId;
    private List<PendingChange> rows = List.of();

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE) ? null
                : selected.id();
        rows = establishmentId == null ? List.of() : review.pending(current.username(), establishmentId);
    }

    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public List<PendingChange> getRows() {
        return rows;
    }

    public void accept(long requestId) {
        decide(requestId, true);
    }

    public void refuse(long requestId) {
        decide(requestId, false);
    }

    private void decide(long requestId, boolean accept) {
        if (establishmentId == null) {
            return;
        }
        try {
            boolean done = review.decide(current.username(), establishmentId, requestId, accept);
            message(done ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    !done ? "requests.gone" : accept ? "requests.accepted" : "requests.refused");
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "requests.denied");
        }
        rows = review.pending(current.username(), establishmentId);
    }

    /** « Exporter les modifications acceptées (CSV) »: streamed, never stored; the service audits it. */
    public StreamedContent getCsv() {
        Long establishment = establishmentId;
        String actor = current.username();
        if (establishment == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("fiche-renseignements-acceptees-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> review.writeAcceptedCsv(actor, establishment, out))
                .build();
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "infosheetMsg");
        faces.addMessage(null, new FacesMessage(severity, bundle.getString(key), null));
    }
}
