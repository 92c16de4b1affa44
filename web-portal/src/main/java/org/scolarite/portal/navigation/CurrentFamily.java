package org.scolarite.portal.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.entity.MenuService;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.portal.faces.Choice;
import org.scolarite.portal.home.FamilyChild;

/**
 * The family view of this request (R-PORTAL-5): computed and checked once by {@link FamilyAccessFilter}, read by the
 * frame (menu, child switcher) and the pages. Outside the filter (an error page) it is computed for the child kept in
 * the session, which the filter checked earlier.
 * <p>Shared rather than request-scoped: it is read on every page, and Payara scans a bean's class for resources to
 * inject each time it creates one (the load test of [P2]). The request's view and menu live in its attributes.
 */
@Named("family")
@ApplicationScoped
public class CurrentFamily {

    /** The request attribute of the family view, which {@link FamilyAccessFilter} sets once it checked it. */
    static final String ATTRIBUTE = CurrentFamily.class.getName();

    private static final String MENU_ATTRIBUTE = CurrentFamily.class.getName() + ".menu";

    @Inject
    private HttpServletRequest request;

    @Inject
    private FamilyViews views;

    @Inject
    private FamilyChild child;

    @Inject
    private ServicePages pages;

    /** Null when nobody is logged in. */
    public FamilyView getView() {
        FamilyView view = (FamilyView) request.getAttribute(ATTRIBUTE);
        if (view == null && request.getUserPrincipal() != null) {
            view = views.view(request.getUserPrincipal().getName(), child.getSelected());
            request.setAttribute(ATTRIBUTE, view);
        }
        return view;
    }

    public boolean isLoggedIn() {
        return getView() != null;
    }

    public ChildSummary getChild() {
        FamilyView view = getView();
        return view == null ? null : view.child();
    }

    public List<ChildSummary> getChildren() {
        FamilyView view = getView();
        return view == null ? List.of() : view.children();
    }

    /** The child switcher's options: each child of the account, the one shown selected. */
    public List<Choice> getChildChoices() {
        FamilyView view = getView();
        if (view == null) {
            return List.of();
        }
        long shown = view.hasChild() ? view.child().studentId() : -1;
        return view.children().stream().map(c -> new Choice(String.valueOf(c.studentId()),
                c.firstName() + " " + c.lastName() + " — " + c.establishmentName(), c.studentId() == shown)).toList();
    }

    public boolean isSwitcherShown() {
        FamilyView view = getView();
        return view != null && view.hasSeveralChildren();
    }

    /** R-ACC-9: the school removed the shown pupil's access, and open tracking services are withheld. */
    public boolean isTrackingWithdrawn() {
        FamilyView view = getView();
        return view != null && view.hasChild() && view.menu().trackingWithdrawn();
    }

    /**
     * The menu (R-PORTAL-5): Accueil; the national services open for this child and user type that have a page;
     * the académie's services (external, through the logging redirect); Liens utiles; Contact. « Mon compte » and the
     * logout are in the header.
     */
    @SuppressWarnings("unchecked")
    public List<MenuItem> getMenu() {
        List<MenuItem> menu = (List<MenuItem>) request.getAttribute(MENU_ATTRIBUTE);
        if (menu == null) {
            menu = menu();
            request.setAttribute(MENU_ATTRIBUTE, menu);
        }
        return menu;
    }

    private List<MenuItem> menu() {
        List<MenuItem> menu = new ArrayList<>();
        ResourceBundle labels = ResourceBundle.getBundle("org.scolarite.portal.navigation.messages",
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        menu.add(MenuItem.internal("home", labels.getString("nav.home"), "/index.xhtml"));
        FamilyView current = getView();
        if (current != null && current.hasChild()) {
            for (MenuService service : current.menu().services()) {
                if (service.isAcademic()) {
                    continue;
                }
                pages.forService(service.key()).ifPresent(page -> menu.add(MenuItem.internal(
                        service.key().value(), labels.getString("service." + service.key().value()),
                        page.viewId())));
            }
            for (MenuService service : current.menu().academicServices()) {
                menu.add(MenuItem.external(service.key().value(), service.label(),
                        AcademicServiceServlet.PATH + "?cle=" + service.key().value()));
            }
        }
        menu.add(MenuItem.internal("links", labels.getString("nav.links"), "/links.xhtml"));
        menu.add(MenuItem.internal("contact", labels.getString("nav.contact"), "/contact.xhtml"));
        return menu;
    }

    public boolean allows(ServiceKey key) {
        FamilyView view = getView();
        return view != null && view.menu().allows(key);
    }

    /** One entry of the menu; {@code key} marks the current page (ui:param « page » of the frame). */
    public record MenuItem(String key, String label, String path, boolean external) {

        static MenuItem internal(String key, String label, String path) {
            return new MenuItem(key, label, path, false);
        }

        static MenuItem external(String key, String label, String path) {
            return new MenuItem(key, label, path, true);
        }

        public String getKey() { return key; }
        public String getLabel() { return label; }
        public String getPath() { return path; }
        public boolean isExternal() { return external; }
    }
}
