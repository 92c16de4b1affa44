package org.scolarite.admin.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.ActivationStatus;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * R-SVC-1: whether the current establishment activated the téléservices, and the head's one-time activation
 * (home page, and the « Ouverture / fermeture » page before activation).
 */
@Named("activation")
@RequestScoped
public class ActivationBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private OnlineServices services;

    private ActivationStatus status;

    private ActivationStatus status() {
        EstablishmentChoice selected = current.getSelected();
        if (status == null && selected != null) {
            status = services.activation(current.username(), selected.id());
        }
        return status;
    }

    /** The page has an establishment to speak about. */
    public boolean isKnown() {
        return status() != null;
    }

    public boolean isActivated() {
        return isKnown() && status().activated();
    }

    /** Only the head activates (R-ROLE-1); the others are told to ask him. */
    public boolean isHead() {
        EstablishmentChoice selected = current.getSelected();
        return selected != null && selected.allows(StaffRole.HEAD);
    }

    /** « Téléservices activés le 01/09/2026 par principal.nouveau ». */
    public String getActivatedText() {
        return isActivated() ? Feedback.text("activation.done", Feedback.day(status().activatedOn()),
                status().activatedBy()) : "";
    }

    public String getConfirmMessage() {
        EstablishmentChoice selected = current.getSelected();
        return selected == null ? "" : Feedback.text("activation.confirm.message", selected.name());
    }

    /** Activates, then shows the same page again (Post/Redirect/Get) with the services now switchable. */
    public String activate() {
        EstablishmentChoice selected = current.getSelected();
        if (selected == null) {
            return null;
        }
        try {
            status = services.activate(current.username(), selected.id());
        } catch (AccessDeniedException e) {
            Feedback.error(Feedback.text("activation.headOnly"));
            return null;
        }
        Feedback.info(Feedback.text("activation.success"));
        Feedback.keepForRedirect();
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
