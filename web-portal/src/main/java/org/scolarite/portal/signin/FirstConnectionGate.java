package org.scolarite.portal.signin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.scolarite.account.entity.AccountState;
import org.scolarite.portal.simulation.SimulationState;
import org.scolarite.signin.boundary.FirstConnection;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * R-PORTAL-2, R-ACC-4, R-ACC-5 on the server: a signed-in account that is not « Utilisé » reaches one page only — the
 * first connection while « Notifié », « renvoyer le lien » while a guardian's address awaits validation (the guide:
 * « cette opération est nécessaire pour pouvoir accéder aux services en ligne ») — besides the public pages and the
 * static resources; any other page redirects there. The state is read from the database until it is « Utilisé »,
 * then the session remembers it and the gate costs nothing. A « Notifié » account whose session did not sign in with
 * the temporary password (the school reset it meanwhile) is signed out: the first connection needs that proof.
 * Simulations (accounts « Utilisé » only, read-only) pass.
 */
@WebFilter(filterName = "FirstConnectionGate", urlPatterns = "/*")
public class FirstConnectionGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String FIRST_CONNECTION = "/first-connection.xhtml";
    public static final String AWAITING_VALIDATION = "/activation-pending.xhtml";

    /** Pages anyone may open, and what they need (web.xml's public constraint), and the logout. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/validation.xhtml",
            "/forgotten-username.xhtml", "/forgotten-password.xhtml", "/reset-password.xhtml", "/simulation",
            LogoutServlet.PATH);
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/", "/api/",
            "/simulation/");

    @Inject
    private FirstConnection firstConnection;

    @Inject
    private AcademyDirectory academies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller == null || session == null || Boolean.TRUE.equals(session.getAttribute(SignInSession.IN_USE))
                || request.isUserInRole(SimulationState.ROLE) || isPublic(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        AccountState state = firstConnection.state(academies.portalAcademyCode(), caller.getName());
        String allowed = switch (state) {
            case IN_USE -> null;
            case NOTIFIED -> session.getAttribute(SignInSession.STATE_AT_SIGN_IN) == AccountState.NOTIFIED
                    ? FIRST_CONNECTION : "";
            case ACTIVATING -> AWAITING_VALIDATION;
            default -> "";
        };
        if (allowed == null) {
            session.setAttribute(SignInSession.IN_USE, Boolean.TRUE);
            chain.doFilter(request, response);
        } else if (allowed.isEmpty()) {
            // No longer allowed to sign in (deleted), or no proof of the temporary password: signed out.
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        } else if (allowed.equals(request.getServletPath())) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + allowed);
        }
    }

    private static boolean isPublic(String path) {
        return PUBLIC_PAGES.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
