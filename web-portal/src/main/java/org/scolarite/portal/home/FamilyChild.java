package org.scolarite.portal.home;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.scolarite.portal.navigation.RefusalPage;
import org.scolarite.settings.boundary.PortalSettings;
import org.scolarite.settings.boundary.PortalSettingsView;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The child whose pages the family is looking at (R-PORTAL-5: the first one until another is chosen with the child
 * switcher, on any page), and his establishment's settings as families see them today (R-PORTAL-6, R-PORTAL-7). Only
 * a remembered choice: {@code FamilyAccessFilter} checks every request's « enfant » against the account's children
 * before it is remembered, and the settings' service checks it again; a pupil of another family gets a « 403 ».
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

    public Long getSelected() {
        return selected;
    }

    /** Called by the access filter once the child was checked against the account's children of today. */
    public void remember(Long studentId) {
        selected = studentId;
    }

    public void forget() {
        selected = null;
    }

    /**
     * Kept for pages that still bind {@code <f:viewParam name="enfant" value="#{familyChild.requested}"/>}: the value
     * was already checked and remembered by the access filter before the page ran, so there is nothing to do here.
     */
    public void setRequested(Long studentId) {
        // The filter's check is the only way a child is chosen.
    }

    public Long getRequested() {
        return null;
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
            RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    "child");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }
}
