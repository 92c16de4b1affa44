package org.scolarite.portal.home;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.scolarite.settings.boundary.PortalSettings;
import org.scolarite.settings.boundary.PortalSettingsView;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The child whose pages the family is looking at (R-PORTAL-5: the first one until another is chosen on the home
 * page), and his establishment's settings as families see them today (R-PORTAL-6, R-PORTAL-7). Only a remembered
 * choice: the service checks on every read that the pupil is one of the logged-in account's children, and a pupil
 * of another family gets a « 403 ».
 */
@Named
@SessionScoped
public class FamilyChild implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PortalSettings portal;

    @Inject
    private transient SecurityContext security;

    private Long selected;

    /** From the home page's « ?enfant= » parameter; an empty parameter keeps the current choice. */
    public void setRequested(Long studentId) {
        if (studentId != null) {
            selected = studentId;
        }
    }

    public Long getRequested() {
        return null;
    }

    public Long getSelected() {
        return selected;
    }

    /** The settings of the chosen child's establishment; empty when the account opens no child today. */
    public Optional<PortalSettingsView> settings() {
        try {
            Optional<PortalSettingsView> view = portal.forChild(username(), selected);
            view.ifPresent(v -> selected = v.studentId());
            return view;
        } catch (AccessDeniedException notTheirChild) {
            selected = null;
            forbid();
            return Optional.empty();
        }
    }

    public String username() {
        return security.getCallerPrincipal().getName();
    }

    private static void forbid() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Élève non rattaché à ce compte");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }
}
