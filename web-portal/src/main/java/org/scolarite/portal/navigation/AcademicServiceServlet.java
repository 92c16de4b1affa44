package org.scolarite.portal.navigation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.entity.MenuService;

/**
 * The académie's services are external sites (R-SVC-2): the menu links here (« /service?cle=academic-12 »), so that the
 * click is checked (the service must be in the shown child's menu: open in his establishment, meant for the user type,
 * R-PORTAL-5), counted in the access log (deliverable 6), then redirected (303) to the service's address. A service
 * not in the menu gets the refusal page (403), like a closed service page. The child was checked by
 * {@link FamilyAccessFilter}.
 */
@WebServlet(AcademicServiceServlet.PATH)
public class AcademicServiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/service";

    @Inject
    private CurrentFamily family;

    @Inject
    private PortalVisits visits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FamilyView view = family.getView();
        ServiceKey key;
        try {
            key = new ServiceKey(String.valueOf(request.getParameter("cle")));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            FamilyAccessFilter.refuse(request, response, "closed", request.getUserPrincipal().getName(),
                    "cle=" + request.getParameter("cle"));
            return;
        }
        Optional<MenuService> service = view.menu().service(key).filter(MenuService::isAcademic);
        if (service.isEmpty()) {
            FamilyAccessFilter.refuse(request, response, FamilyAccessFilter.reason(view.menu().decision(key)),
                    view.username(), "service=" + key + " enfant=" + (view.hasChild() ? view.child().studentId() : null));
            return;
        }
        visits.viewed(key);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", service.get().url());
    }
}
