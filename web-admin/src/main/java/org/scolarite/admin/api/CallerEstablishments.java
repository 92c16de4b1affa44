package org.scolarite.admin.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;

/**
 * The establishments of the API's caller, found by UAI among those he may open: another school's UAI and an unknown
 * one get the same refusal, so the API does not tell which establishments exist.
 */
@RequestScoped
public class CallerEstablishments {

    @Inject
    private StaffDirectory staff;

    EstablishmentChoice byUai(String actor, String uai) {
        String wanted = uai == null ? "" : uai.trim().toUpperCase(Locale.ROOT);
        return all(actor).stream().filter(e -> e.uai().equals(wanted)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Établissement " + wanted
                        + " inconnu ou hors de vos droits."));
    }

    List<EstablishmentChoice> all(String actor) {
        return staff.establishmentsOf(actor);
    }
}
