package org.scolarite.staff.entity;

/**
 * R-ROLE-1: HEAD does everything in his establishment; DELEGATE manages accounts, notifications, lists and
 * statistics (no service opening, no payment); ACCOUNTANT sets up payment only. ACADEMY administers the académie's
 * side (academic services, ENT list, mandatory flags, experiments) and reads every establishment.
 */
public enum StaffRole {
    HEAD("Chef d'établissement"),
    DELEGATE("Délégué"),
    ACCOUNTANT("Agent comptable"),
    ACADEMY("Administrateur académique");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
