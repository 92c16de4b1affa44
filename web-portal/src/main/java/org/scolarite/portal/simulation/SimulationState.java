package org.scolarite.portal.simulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UICommand;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.scolarite.account.boundary.SimulatedSession;

/**
 * R-SIM-1: whether the request belongs to a simulation, for the views (banner, « Quitter la simulation ») and the
 * servlets. The truth is the caller's group {@value #ROLE}, which only the portal's authentication mechanism grants
 * when it redeems a ticket; the session attribute {@link #SESSION_ATTRIBUTE}, set at the same moment, says who opened
 * the simulation.
 */
@Named
@ApplicationScoped
public class SimulationState {

    /** The group, and role, of a simulated caller. */
    public static final String ROLE = "SIMULATION";

    /** The {@link SimulatedSession} in the HTTP session of a simulation. */
    public static final String SESSION_ATTRIBUTE = SimulationState.class.getName();

    /** The request attribute that keeps the answer of {@link #isActive()}. */
    private static final String ACTIVE_ATTRIBUTE = SimulationState.class.getName() + ".active";

    /** The current request (CDI's built-in bean: this one is shared, and holds no state of its own). */
    @Inject
    private HttpServletRequest request;

    /**
     * Asked once per request: the frame asks several times per page, and each role check is a JACC permission check.
     * The answer is kept in the request, which spares every page view the creation of a request-scoped bean.
     */
    public boolean isActive() {
        Boolean active = (Boolean) request.getAttribute(ACTIVE_ATTRIBUTE);
        if (active == null) {
            active = request.isUserInRole(ROLE);
            request.setAttribute(ACTIVE_ATTRIBUTE, active);
        }
        return active;
    }

    /** The simulation under way; empty outside one. */
    public Optional<SimulatedSession> session() {
        HttpSession session = request.getSession(false);
        if (!isActive() || session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((SimulatedSession) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /**
     * The template's pre-render listener: in a simulation, every Faces action of the page (buttons and command links,
     * whatever their form) is rendered disabled with the title « Ce lien n'est pas actif dans la simulation », so that
     * pages need no simulation test of their own. Navigation links ({@code h:link}) are not actions and stay active.
     * Only the look: {@link ReadOnlySimulationFilter} refuses the postback anyway.
     */
    public void disableActions(ComponentSystemEvent event) {
        if (!isActive()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String title = faces.getApplication().getResourceBundle(faces, "msg").getString("simulation.inactive");
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UICommand) {
                component.getAttributes().put("disabled", true);
                component.getAttributes().put("title", title);
            }
            return VisitResult.ACCEPT;
        });
    }
}
