package org.scolarite.admin.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.account.entity.AccountState;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.statistics.boundary.DashboardFigures;
import org.scolarite.statistics.boundary.EstablishmentDashboard;

/** The console home: figures of the current establishment, for roles that manage accounts. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EstablishmentDashboard dashboard;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        if (selected != null && selected.allows(StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY)) {
            figures = dashboard.figures(current.username(), selected.id());
        }
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public List<AccountState> getStates() {
        return DashboardFigures.SHOWN_STATES;
    }
}
