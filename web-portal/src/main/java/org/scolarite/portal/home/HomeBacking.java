package org.scolarite.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;
import org.scolarite.settings.boundary.PortalSettingsView;

/**
 * The portal home (R-PORTAL-6): who is logged in, the children the account opens, the establishment's welcome
 * message and, when the school's letter type says so (R-SET-3), the link to its ENT. Loaded by the page's view action,
 * once the « ?enfant= » parameter is known.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private FamilyDirectory families;

    @Inject
    private FamilyChild child;

    private List<ChildSummary> children = List.of();

    private PortalSettingsView school;

    public void load() {
        children = families.childrenOf(getUsername());
        school = child.settings().orElse(null);
    }

    public String getUsername() {
        return child.username();
    }

    public List<ChildSummary> getChildren() {
        return children;
    }

    /** The establishment's settings for the child shown; {@code null} when the account opens no child. */
    public PortalSettingsView getSchool() {
        return school;
    }

    public boolean isSelected(ChildSummary summary) {
        return school != null && school.studentId() == summary.studentId();
    }
}
