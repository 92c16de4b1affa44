package org.scolarite.portal.home;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The child whose pages the family is looking at (R-PORTAL-5: the first one until another is chosen with the child
 * switcher, on any page). Only a remembered choice: {@code FamilyAccessFilter} checks every request's « enfant »
 * against the account's children before it is remembered, and a pupil of another family gets a « 403 »; the pages
 * read the child's establishment's settings from the checked family view.
 */
@Named
@SessionScoped
public class FamilyChild implements Serializable {

    private static final long serialVersionUID = 1L;

    /*
     * The container's proxy to the current request (serialisable with the session). Not SecurityContext: its
     * getCallerPrincipal tries to load other servers' classes on every call, 4 % of the home page under load (JFR).
     */
    @Inject
    private HttpServletRequest request;

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

    public String username() {
        return request.getUserPrincipal().getName();
    }
}
