package org.scolarite.portal.links;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.settings.boundary.PortalSettingsView;
import org.scolarite.settings.entity.UsefulLink;

/** « Liens utiles » (R-PORTAL-7, R-SET-6): the links of the child's establishment in effect today, in creation order. */
@Named("portalLinks")
@RequestScoped
public class LinksBacking {

    @Inject
    private CurrentFamily family;

    @Inject
    private org.scolarite.portal.navigation.PortalVisits visits;

    private PortalSettingsView school;

    /** The page's view action: runs before anything is written, so that a refusal can still answer « 403 ». */
    public void load() {
        school = family.getView() == null ? null : family.getView().settings();
        visits.viewed(org.scolarite.navigation.entity.PortalArea.LINKS);
    }

    public PortalSettingsView getSchool() {
        return school;
    }

    public List<UsefulLink> getLinks() {
        return school == null ? List.of() : school.usefulLinks();
    }
}
