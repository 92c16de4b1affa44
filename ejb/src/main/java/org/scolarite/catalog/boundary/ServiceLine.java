package org.scolarite.catalog.boundary;

import java.time.LocalDate;
import org.scolarite.catalog.entity.CatalogueEntry;

/**
 * A service on the « Ouverture / fermeture » screen: its catalogue entry, whether families have it open today,
 * the state the school last chose (which may take effect tomorrow) and the revision the switch is based on.
 */
public record ServiceLine(CatalogueEntry entry, boolean openToday, boolean chosenOpen, LocalDate effectiveFrom,
                          int revision) {

    /** A change saved today that families will see tomorrow. */
    public boolean pending() {
        return openToday != chosenOpen;
    }
}
