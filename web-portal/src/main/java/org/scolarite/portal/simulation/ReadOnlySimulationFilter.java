package org.scolarite.portal.simulation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * R-SIM-1: a simulation changes nothing, enforced on the server whatever the page shows. For a simulated caller every
 * request other than GET or HEAD — Faces postbacks, form posts, JAX-RS writes — is answered « 403 » with « Ce lien
 * n'est pas actif dans la simulation », except « Quitter la simulation ». The portal's GET requests only read
 * (views, view actions that load, the child shown kept in the session), which is what makes this rule sufficient;
 * a page that would ever write on a GET must check {@link SimulationState} itself.
 */
public class ReadOnlySimulationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READING = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(SimulationState.ROLE) && !READING.contains(request.getMethod())
                && !QuitSimulationServlet.PATH.equals(request.getServletPath())) {
            SimulationPages.write(request, response, HttpServletResponse.SC_FORBIDDEN, "simulation.refused", true);
            return;
        }
        chain.doFilter(request, response);
    }
}
