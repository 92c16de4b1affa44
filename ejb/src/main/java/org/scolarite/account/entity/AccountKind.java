package org.scolarite.account.entity;

/** Whose account it is: a pupil's own account or a legal guardian's (R-ACC-1). */
public enum AccountKind {
    STUDENT("Élève"),
    GUARDIAN("Responsable");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
