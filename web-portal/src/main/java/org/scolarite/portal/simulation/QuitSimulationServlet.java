package org.scolarite.portal.simulation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.scolarite.account.boundary.PortalSimulation;

/**
 * R-SIM-1: « Quitter la simulation », the one POST a simulation may send ({@link ReadOnlySimulationFilter}): audits
 * the end, ends the portal session and says so. A plain form rather than a Faces action, so that the filter lets
 * through one fixed path and no postback at all. Cross-site posts carry no portal cookie (SameSite=Lax).
 */
@WebServlet(QuitSimulationServlet.PATH)
public class QuitSimulationServlet extends HttpServlet {

    static final String PATH = "/simulation/quitter";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SimulationState state;

    @Inject
    private transient PortalSimulation simulations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!state.isActive()) {
            // A family, or a simulation whose session already ended: nothing to leave.
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
            return;
        }
        state.session().ifPresent(simulations::end);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SimulationPages.write(request, response, HttpServletResponse.SC_OK, "simulation.ended", false);
    }
}
