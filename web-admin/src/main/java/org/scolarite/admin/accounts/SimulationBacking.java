package org.scolarite.admin.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.scolarite.account.boundary.PortalSimulation;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * R-SIM-1, R-IND-1: « Simuler l'accès au portail ». The page {@code /accounts/simulate.xhtml?account=<id>}, opened in
 * a new tab by the account screen's button ({@code WEB-INF/includes/accounts/simulate-button.xhtml}), opens a ticket
 * for the establishment being worked on and sends the tab to the portal, which logs it in read-only as that account.
 * {@link PortalSimulation} checks on the server the role (head or delegate), the account's establishment and its state;
 * a refusal stays on the page with its reason.
 *
 * <p>A GET that opens a ticket: the console's session cookie is SameSite=Strict, so another site's link to this page
 * arrives without it and meets the login page.
 */
@Named
@RequestScoped
public class SimulationBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private PortalSimulation simulations;

    @Inject
    private FacesContext faces;

    private String refusal;

    /**
     * Before the page is rendered (not on its postbacks, such as the header's establishment switcher): the tab goes to
     * the portal, or the page shows why not.
     */
    public void start() throws IOException {
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Long account = accountParameter(external.getRequestParameterMap().get("account"));
        Long establishmentId = current.getSelectedId();
        if (account == null || establishmentId == null) {
            refusal = text("simulation.page.missing");
            return;
        }
        try {
            String ticket = simulations.open(current.username(), establishmentId, account);
            external.redirect(portalBase((HttpServletRequest) external.getRequest()) + "simulation?ticket=" + ticket);
        } catch (AccountRuleViolation notInUse) {
            refusal = notInUse.getMessage();
        } catch (AccessDeniedException denied) {
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            refusal = text("simulation.page.denied");
        }
    }

    /**
     * « scheme://host:port/ » of this very request. The portal is the other face of the same EAR, at the context
     * root, so the server that answers the console answers the portal too: in the tests (localhost and a test port)
     * as in production, where this is the académie's portal address as the browser reached it (Payara rebuilds it
     * behind a proxy that forwards the host and scheme). The académie's printed address (Academy.portalUrl, for the
     * families' letters) would send a test or demo server's tab to a host that is not itself.
     */
    private static String portalBase(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve("/").toString();
    }

    private static Long accountParameter(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private String text(String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public String getRefusal() {
        return refusal;
    }
}
