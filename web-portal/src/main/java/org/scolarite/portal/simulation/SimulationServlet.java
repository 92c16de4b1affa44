package org.scolarite.portal.simulation;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * R-SIM-1: {@code /simulation?ticket=…}, where the console sends the administrator's new tab. Public (no login): the
 * ticket is the credential. A valid ticket logs the tab in as the simulated account, read-only, and goes to the
 * portal's home; a spent, expired or unknown one gets one same « 403 » page.
 */
@WebServlet(SimulationServlet.PATH)
public class SimulationServlet extends HttpServlet {

    static final String PATH = "/simulation";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The ticket is in this URL: keep it out of caches and of the Referer of whatever this page links to.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        // The simulation always starts in a new session, whose id the browser never had (no fixation) and which
        // carries nothing of whoever used this browser's portal before (a family's login, another simulation).
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            request.logout();
            previous.invalidate();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true).credential(new SimulationCredential(request.getParameter("ticket"))));
        // SUCCESS alone is not enough: a public URL left anonymous reports SUCCESS too.
        if (status == AuthenticationStatus.SUCCESS && request.isUserInRole(SimulationState.ROLE)) {
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
        } else {
            // Nothing of the attempt may stay: the container's authentication keeps state in the session it opened,
            // which left the next portal page blank instead of showing the login page.
            HttpSession attempt = request.getSession(false);
            if (attempt != null) {
                attempt.invalidate();
            }
            SimulationPages.write(request, response, HttpServletResponse.SC_FORBIDDEN, "simulation.invalid", false);
        }
    }
}
