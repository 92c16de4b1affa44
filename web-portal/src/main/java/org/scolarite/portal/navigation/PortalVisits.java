package org.scolarite.portal.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.boundary.PageViews;
import org.scolarite.navigation.entity.PortalArea;
import org.scolarite.portal.simulation.SimulationState;

/**
 * The one line a portal page calls in its view action to count a view (issue [P1] deliverable 6):
 * {@code visits.viewed(ServiceKey.of(NationalService.GRADES))}. Who and which child come from the checked request
 * ({@link CurrentFamily}); a simulation is never counted (R-SIM-1); the page does not wait for any database write.
 * Shared: it holds no state, and a request-scoped bean would be created again on every page view.
 */
@Named("portalVisits")
@ApplicationScoped
public class PortalVisits {

    @Inject
    private CurrentFamily family;

    @Inject
    private PageViews log;

    @Inject
    private SimulationState simulation;

    public void viewed(ServiceKey service) {
        FamilyView view = family.getView();
        if (view != null) {
            log.viewed(view, service, simulation.isActive());
        }
    }

    public void viewed(PortalArea area) {
        FamilyView view = family.getView();
        if (view != null) {
            log.viewed(view, area, simulation.isActive());
        }
    }
}
