package org.scolarite.portal.navigation;

import jakarta.enterprise.context.RequestScoped;
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
 */
@Named("family")
@RequestScoped
public class CurrentFamily {

    static final String ATTRIBUTE = CurrentFamily.class.getName();

    @Inject
    private HttpServletRequest request;

    @Inject
    private FamilyViews views;

    @Inject
    private FamilyChild child;

    @Inject
    private ServicePages pages;

    private FamilyView view;

    private List<MenuItem> menu;

    /** Null when nobody is logged in. */
    public FamilyView getView() {
        if (view == null && request.getUserPrincipal() != null) {
            view = (FamilyView) request.getAttribute(ATTRIBUTE);
            if (view == null) {
                view = views.view(request.getUserPrincipal().getName(), child.getSelected());
            }
        }
        return view;
    }

    public boolean isLoggedIn() {
        return getView() != null;
    }

    public ChildSummary getChild() {
        return getView() == null ? null : view.child();
    }

    public List<ChildSummary> getChildren() {
        return getView() == null ? List.of() : view.children();
    }

    /** The child switcher's options: each child of the account, the one shown selected. */
    public List<Choice> getChildChoices() {
        if (getView() == null) {
            return List.of();
        }
        long shown = view.hasChild() ? view.child().studentId() : -1;
        return view.children().stream().map(c -> new Choice(String.valueOf(c.studentId()),
                c.firstName() + " " + c.lastName() + " — " + c.establishmentName(), c.studentId() == shown)).toList();
    }

    public boolean isSwitcherShown() {
        return getView() != null && view.hasSeveralChildren();
    }

    /** R-ACC-9: the school removed the shown pupil's access, and open tracking services are withheld. */
    public boolean isTrackingWithdrawn() {
        return getView() != null && view.hasChild() && view.menu().trackingWithdrawn();
    }

    /**
     * The menu (R-PORTAL-5): Accueil; the national services open for this child and user type that have a page;
     * the académie's services (external, through the logging redirect); Liens utiles; Contact. « Mon compte » and the
     * logout are in the header.
     */
    public List<MenuItem> getMenu() {
        if (menu == null) {
            menu = new ArrayList<>();
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
        }
        return menu;
    }

    public boolean allows(ServiceKey key) {
        return getView() != null && view.menu().allows(key);
    }

    void set(FamilyView checked) {
        this.view = checked;
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
