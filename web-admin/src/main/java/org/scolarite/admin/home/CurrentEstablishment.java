package org.scolarite.admin.home;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;

/**
 * The establishment the console user is working on (switcher in the header). Only a remembered choice: every
 * service re-checks on the server that the user holds a role there. The list of choices is read once per session
 * (roles granted meanwhile show at the next login).
 */
@Named
@SessionScoped
public class CurrentEstablishment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient StaffDirectory directory;

    @Inject
    private transient SecurityContext securityContext;

    private Long selectedId;

    private List<EstablishmentChoice> choices;

    public List<EstablishmentChoice> getChoices() {
        if (choices == null) {
            choices = List.copyOf(directory.establishmentsOf(username()));
        }
        return choices;
    }

    public EstablishmentChoice getSelected() {
        List<EstablishmentChoice> choices = getChoices();
        return choices.stream().filter(c -> selectedId != null && c.id() == selectedId).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    public Long getSelectedId() {
        EstablishmentChoice selected = getSelected();
        return selected == null ? null : selected.id();
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String username() {
        return securityContext.getCallerPrincipal().getName();
    }
}
