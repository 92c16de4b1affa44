package org.scolarite.portal.navigation;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.entity.MenuDecision;
import org.scolarite.portal.home.FamilyChild;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * Issue [P1] §7, R-PORTAL-5: every request of a logged-in family is checked on the server before any page reads
 * anything. The child asked — « ?enfant= » of a link or the switcher, or any form value named « enfant » — must be one
 * the account opens today; a service page ({@link ServicePage}) must serve a service in that child's menu (open today,
 * meant for the user type, access not removed, R-ACC-9). Otherwise: « 403 » with the French refusal page
 * ({@link RefusalPage}, which says why) and a WARNING line naming the account and what it asked for.
 *
 * <p>Why a log line rather than an audit row: the audit trail is the console's, per establishment, read by the school;
 * a family probing ids concerns the operators' security monitoring (the server log), must cost nothing to a GET and
 * must work in a read-only simulation (R-SIM-1) as well. The checked view is handed to the page through
 * {@link CurrentFamily}, so a page never computes it twice.
 */
@WebFilter(urlPatterns = {"*.xhtml", AcademicServiceServlet.PATH})
public class FamilyAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(FamilyAccessFilter.class.getName());

    /** Sent by the child switcher: on a page the new child does not have, go home instead of refusing. */
    static final String SWITCH = "changer";

    @Inject
    private FamilyChild child;

    @Inject
    private ServicePages pages;

    @Inject
    private FamilyViews views;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || request.getServletPath().startsWith("/jakarta.faces.resource")) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getUserPrincipal().getName();
        Optional<String> asked;
        try {
            asked = askedChild(request);
        } catch (IllegalArgumentException twoDifferent) {
            refuse(request, response, "child", username, "enfant=" + twoDifferent.getMessage());
            return;
        }
        Long studentId;
        try {
            studentId = asked.map(Long::valueOf).orElse(child.getSelected());
        } catch (NumberFormatException notAnId) {
            refuse(request, response, "child", username, "enfant=" + asked.get());
            return;
        }
        FamilyView view;
        try {
            view = views.view(username, studentId);
        } catch (AccessDeniedException notTheirs) {
            if (asked.isPresent()) {
                refuse(request, response, "child", username, "enfant=" + studentId);
                return;
            }
            // The remembered child is no longer opened today (moved, access refused): back to the first one.
            child.forget();
            view = views.view(username, null);
        }
        child.remember(view.hasChild() ? view.child().studentId() : null);
        Optional<ServicePage> page = pages.forPath(request.getServletPath());
        if (page.isPresent() && !view.menu().allows(page.get().service())) {
            if (request.getParameter(SWITCH) != null) {
                response.sendRedirect(request.getContextPath() + "/index.xhtml");
                return;
            }
            MenuDecision decision = view.menu().decision(page.get().service());
            refuse(request, response, reason(decision), username, "service=" + page.get().service()
                    + " (" + decision + ") enfant=" + (view.hasChild() ? view.child().studentId() : null));
            return;
        }
        request.setAttribute(CurrentFamily.ATTRIBUTE, view);
        chain.doFilter(request, response);
    }

    /** The value of « enfant » or of any form field named « …:enfant »; two different values are refused. */
    private static Optional<String> askedChild(HttpServletRequest request) {
        String found = null;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("enfant") && !name.endsWith(":enfant")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (found != null && !found.equals(value.strip())) {
                    throw new IllegalArgumentException(found + "," + value.strip());
                }
                found = value.strip();
            }
        }
        return Optional.ofNullable(found);
    }

    static String reason(MenuDecision decision) {
        return switch (decision) {
            case ACCESS_REMOVED -> "removed";
            case NOT_FOR_USER_TYPE -> "userType";
            default -> "closed";
        };
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String reason, String username,
                       String what) throws IOException {
        // What was asked comes from the request: only safe characters reach the log (no forged lines).
        String shown = what.replaceAll("[^\\p{Alnum}=,:()_. -]", "?");
        String asked = shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
        LOG.warning(() -> "Accès refusé au portail : compte " + username + " a demandé " + asked + " ("
                + request.getMethod() + " " + request.getServletPath() + ")");
        RefusalPage.write(request, response, reason);
    }
}
