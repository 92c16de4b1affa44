package org.scolarite.admin.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * What the console's frame shows: the school year in the title and the menu entries the user's roles in the
 * current establishment lead to (R-ROLE-1). Hiding an entry is only a courtesy: every service checks the role
 * again on the server.
 */
@Named("shell")
@RequestScoped
public class ConsoleShell {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private SecurityContext security;

    private String schoolYear;

    public String getSchoolYear() {
        if (schoolYear == null) {
            EstablishmentChoice selected = current.getSelected();
            schoolYear = selected == null ? "" : academies.schoolYearLabel(selected.id()).orElse("");
        }
        return schoolYear;
    }

    /** Opening and closing services: the head only. */
    public boolean isServicesManager() {
        return allows(StaffRole.HEAD);
    }

    /** Service and portal settings: head and delegate. */
    public boolean isConfigurator() {
        return allows(StaffRole.HEAD, StaffRole.DELEGATE);
    }

    /** Online payment set-up: head and accountant. */
    public boolean isPaymentManager() {
        return allows(StaffRole.HEAD, StaffRole.ACCOUNTANT);
    }

    /** Accounts, notifications, lists and statistics: head and delegate (and the académie, read-only). */
    public boolean isAccountManager() {
        return allows(StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
    }

    public boolean isAcademyAdministrator() {
        return security.isCallerInRole(StaffRole.ACADEMY.name());
    }

    private boolean allows(StaffRole... roles) {
        EstablishmentChoice selected = current.getSelected();
        return selected != null && selected.allows(roles);
    }
}
