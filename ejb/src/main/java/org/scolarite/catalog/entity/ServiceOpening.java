package org.scolarite.catalog.entity;

import java.util.Objects;

/**
 * One service of an establishment's catalogue with the school's choice in effect on a given day (null: never chosen).
 * Whether families have it that day is {@link CatalogueEntry#isOpen}: a choice saved today for tomorrow is not in
 * effect yet (R-SET-2), a mandatory service is open whatever was chosen, an experimental one piloted by another school
 * is closed (R-SVC-2, R-SVC-3).
 */
public record ServiceOpening(CatalogueEntry entry, Boolean chosen) {

    public ServiceOpening {
        Objects.requireNonNull(entry);
    }

    public boolean isOpen() {
        return entry.isOpen(chosen);
    }
}
