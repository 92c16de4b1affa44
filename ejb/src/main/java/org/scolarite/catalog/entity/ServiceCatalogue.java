package org.scolarite.catalog.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Builds an establishment's catalogue (R-SVC-2, R-SVC-3): the national services offered to it, in the guide's
 * order, then the académie's own services. Pure function of the establishment's profile and the académie's
 * decisions, so that every rule is checked without a database.
 */
public final class ServiceCatalogue {

    private ServiceCatalogue() {
    }

    public static List<CatalogueEntry> of(EstablishmentProfile profile, long establishmentId,
                                          Set<NationalService> mandatoryInAcademy,
                                          Collection<AcademicService> academicServices) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (NationalService service : NationalService.values()) {
            if (service.isOfferedTo(profile)) {
                entries.add(new CatalogueEntry(ServiceKey.of(service), service.audience(),
                        availability(service, profile, mandatoryInAcademy.contains(service)),
                        service.openByDefault(), false, null, null));
            }
        }
        for (AcademicService service : academicServices) {
            if (service.isWithdrawn()) {
                continue;
            }
            Availability availability = service.isMandatory() ? Availability.MANDATORY
                    : service.isExperimental() && !service.getPilotEstablishmentIds().contains(establishmentId)
                    ? Availability.NOT_A_PILOT : Availability.SWITCHABLE;
            entries.add(new CatalogueEntry(ServiceKey.academic(service.getId()), service.getAudience(), availability,
                    false, service.isExperimental(), service.getLabel(), service.getUrl()));
        }
        return List.copyOf(entries);
    }

    private static Availability availability(NationalService service, EstablishmentProfile profile,
                                             boolean mandatoryInAcademy) {
        // A missing module wins over « mandatory »: a school without SIECLE Notes has no grades to show.
        if (service.prerequisite().isPresent() && !profile.uses(service.prerequisite().get())) {
            return Availability.missing(service.prerequisite().get());
        }
        return service.isMandatoryFor(profile, mandatoryInAcademy) ? Availability.MANDATORY : Availability.SWITCHABLE;
    }
}
