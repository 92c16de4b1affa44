package org.scolarite.admin.grant;

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
import org.scolarite.grant.boundary.SchoolGrants;
import org.scolarite.grant.control.GrantCsv;
import org.scolarite.grant.entity.GrantLine;
import org.scolarite.grant.entity.GrantRejected;
import org.scolarite.grant.entity.GrantStatus;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Demandes de bourse » (R-BOURSE-2): this school year's submitted applications, filtered by status, with « Mettre
 * en instruction », then « Accorder » or « Refuser » per application (each move sends the version shown: a change
 * made meanwhile by another user is refused), and the CSV export for Excel. Head and delegate only, checked again by
 * {@link SchoolGrants} on every call.
 */
@Named
@ViewScoped
public class GrantApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private SchoolGrants grants;

    private Long loadedFor;
    /** The establishment whose applications are shown; {@code null} when the user's role there does not allow it. */
    private Long establishmentId;
    private GrantStatus status;
    private String yearLabel;
    private List<GrantLine> lines = List.of();

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        // A courtesy: the service checks the role again on the server.
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)
                ? null : selected.id();
        status = null;
        yearLabel = establishmentId == null ? null : grants.yearLabel(current.username(), establishmentId);
        reload();
    }

    /** After a change of establishment in the header, starts again. */
    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    public void reload() {
        lines = establishmentId == null ? List.of() : grants.list(current.username(), establishmentId, status);
    }

    /** « Mettre en instruction ». */
    public void review(GrantLine line) {
        move(line, GrantStatus.IN_REVIEW, "applications.reviewed");
    }

    /** « Accorder »: the family is told by e-mail. */
    public void grant(GrantLine line) {
        move(line, GrantStatus.GRANTED, "applications.granted");
    }

    /** « Refuser »: the family is told by e-mail. */
    public void refuse(GrantLine line) {
        move(line, GrantStatus.REFUSED, "applications.refused");
    }

    private void move(GrantLine line, GrantStatus target, String doneKey) {
        if (establishmentId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            grants.move(current.username(), establishmentId, line.id(), line.version(), target);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(bundle(faces).getString(doneKey), line.pupil()), null));
        } catch (GrantRejected rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
        } catch (AccessDeniedException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle(faces).getString("applications.denied"), null));
        }
        reload();
    }

    /** « Exporter (CSV pour Excel) »: streamed, never stored; the service audits it. */
    public StreamedContent getCsv() {
        Long establishment = establishmentId;
        String actor = current.username();
        if (establishment == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("demandes-bourse-" + LocalDate.now() + ".csv")
                .contentType(GrantCsv.CONTENT_TYPE)
                .writer(out -> grants.writeCsv(actor, establishment, out))
                .build();
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public List<GrantLine> getLines() {
        return lines;
    }

    public GrantStatus[] getStatuses() {
        return new GrantStatus[] {GrantStatus.SUBMITTED, GrantStatus.IN_REVIEW, GrantStatus.GRANTED,
                GrantStatus.REFUSED};
    }

    /** The confirmation of « Accorder » / « Refuser », naming the pupil. */
    public String confirmText(String key, GrantLine line) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return java.text.MessageFormat.format(bundle(faces).getString(key), line.pupil());
    }

    public String getYearLabel() {
        return yearLabel;
    }

    public GrantStatus getStatus() { return status; }
    public void setStatus(GrantStatus status) { this.status = status; }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "grantMsg");
    }
}
