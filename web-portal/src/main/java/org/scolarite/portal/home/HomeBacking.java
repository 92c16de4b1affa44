package org.scolarite.portal.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.boundary.HomeNews;
import org.scolarite.navigation.entity.NewsTile;
import org.scolarite.navigation.entity.PortalArea;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.settings.boundary.PortalSettingsView;

/**
 * The portal home (R-PORTAL-6): who is logged in, the children the account opens, the news tiles since the previous
 * sign-in (one per service that has news, from the services' {@code NewsSource} beans), the establishment's welcome
 * message and, when the school's letter type says so (R-SET-3), the link to its ENT, read from the view that
 * {@code FamilyAccessFilter} checked and computed for the child asked.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private FamilyChild child;

    @Inject
    private CurrentFamily family;

    @Inject
    private HomeNews news;

    @Inject
    private PortalVisits visits;

    private PortalSettingsView school;

    private List<NewsTile> tiles = List.of();

    /**
     * Loaded when the page first reads the bean, not by a view action: the access filter already checked the child
     * and computed the view, so nothing here can refuse, and a page without view metadata skips a phase of Faces.
     */
    @PostConstruct
    void load() {
        FamilyView view = family.getView();
        if (view != null) {
            school = view.settings();
            tiles = news.tiles(view);
        }
        visits.viewed(PortalArea.HOME);
    }

    public String getUsername() {
        return child.username();
    }

    public List<ChildSummary> getChildren() {
        return family.getChildren();
    }

    /** The establishment's settings for the child shown; {@code null} when the account opens no child. */
    public PortalSettingsView getSchool() {
        return school;
    }

    public List<NewsTile> getTiles() {
        return tiles;
    }

    /** R-PORTAL-6: the sign-in the news are counted from (« 28/11/2026 à 18:05 »); null at the first sign-in. */
    public String getSince() {
        java.time.LocalDateTime since = family.getView() == null ? null : family.getView().previousLoginAt();
        return since == null ? null
                : since.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm"));
    }

    public boolean isSelected(ChildSummary summary) {
        return school != null && school.studentId() == summary.studentId();
    }
}
