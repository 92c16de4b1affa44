package org.scolarite.portal.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * « Se déconnecter »: signs the family out and invalidates the session, then back to the login page. A plain form
 * posted here rather than a Faces action, so that the frame of every page carries no Faces form of its own and a page
 * without forms (the home) stores no view state in the session. Cross-site posts carry no portal cookie
 * (SameSite=Lax); a simulation cannot post here (ReadOnlySimulationFilter) and leaves through its own form.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    static final String PATH = "/logout";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
