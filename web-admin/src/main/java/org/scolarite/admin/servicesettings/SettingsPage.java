package org.scolarite.admin.servicesettings;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/** What the four pages share: the establishment and user they work for, and whether its téléservices are active. */
abstract class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentEstablishment current;

    @Inject
    OnlineServices services;

    private Long establishmentId;

    private boolean activated;

    /**
     * Loads the page for the establishment chosen in the header, and again when the header's switcher (an Ajax
     * request on this same view) changed it: called at creation and before each rendering ({@code preRenderView}).
     */
    public void followSwitcher() {
        Long selected = current.getSelectedId();
        if (selected != null && !Objects.equals(selected, establishmentId)) {
            establishmentId = selected;
            activated = services.activation(actor(), establishmentId).activated();
            load();
        }
    }

    /** Reads the page's settings for {@link #establishmentId()}; the typed values start from the saved ones. */
    abstract void load();

    long establishmentId() {
        return establishmentId;
    }

    String actor() {
        return current.username();
    }

    boolean holds(StaffRole... roles) {
        EstablishmentChoice selected = current.getSelected();
        return selected != null && selected.id() == establishmentId && selected.allows(roles);
    }

    /** R-SVC-1: nothing to set before the school activated its téléservices. */
    public boolean isActivated() {
        return activated;
    }
}
