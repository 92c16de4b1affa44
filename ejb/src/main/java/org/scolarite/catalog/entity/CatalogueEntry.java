package org.scolarite.catalog.entity;

import java.util.Objects;

/**
 * One line of an establishment's catalogue: which service, for whom, whether it may be switched and what it is
 * when the school never touched it. {@code label} and {@code url} are set for academic services only (national
 * ones are named by the user interface's bundles).
 */
public record CatalogueEntry(ServiceKey key, Audience audience, Availability availability, boolean openByDefault,
                             boolean experimental, String label, String url) {

    public CatalogueEntry {
        Objects.requireNonNull(key);
        Objects.requireNonNull(audience);
        Objects.requireNonNull(availability);
    }

    /**
     * The state families get: a mandatory service is open whatever was stored; a service the school can no longer
     * switch (module given up, pilot list left) is closed; otherwise what the school chose, or the default.
     */
    public boolean isOpen(Boolean chosen) {
        return switch (availability) {
            case MANDATORY -> true;
            case SWITCHABLE -> chosen == null ? openByDefault : chosen;
            default -> false;
        };
    }

    /** R-SVC-3: refuses a switch the school may not make, with the reason in French. */
    public void checkSwitch(boolean open) {
        switch (availability) {
            case SWITCHABLE -> { }
            case MANDATORY -> {
                if (!open) {
                    throw new ServiceSwitchRefused("Ce service est obligatoire\u00a0: il reste ouvert.");
                }
            }
            case MISSING_GRADES_MODULE -> throw new ServiceSwitchRefused(
                    "L’établissement n’utilise pas le module SIECLE Notes\u00a0: ce service ne peut pas être ouvert.");
            case MISSING_SCHOOL_LIFE_MODULE -> throw new ServiceSwitchRefused(
                    "L’établissement n’utilise pas le module SIECLE Vie scolaire\u00a0: ce service ne peut pas être ouvert.");
            case NOT_A_PILOT -> throw new ServiceSwitchRefused(
                    "Ce service expérimental n’est ouvert qu’aux établissements retenus par l’académie.");
        }
    }

    public boolean isNational() {
        return key.national().isPresent();
    }
}
