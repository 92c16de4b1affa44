package org.scolarite.notification.entity;

import org.scolarite.account.entity.AccountKind;

/**
 * The four notification letters of R-SET-4 (guide §3.2.1): for a guardian or a pupil, a new or not yet activated
 * account (identifier and temporary password, with the first-connection procedure) or a continuity of access (the
 * existing identifier only, R-ACC-7).
 */
public enum LetterKind {
    GUARDIAN_NEW(AccountKind.GUARDIAN, true, "Responsable – nouveau compte ou compte non activé"),
    GUARDIAN_CONTINUITY(AccountKind.GUARDIAN, false, "Responsable – continuité d’accès"),
    STUDENT_NEW(AccountKind.STUDENT, true, "Élève – nouveau compte ou compte non activé"),
    STUDENT_CONTINUITY(AccountKind.STUDENT, false, "Élève – continuité d’accès");

    private final AccountKind recipient;
    private final boolean carriesPassword;
    private final String label;

    LetterKind(AccountKind recipient, boolean carriesPassword, String label) {
        this.recipient = recipient;
        this.carriesPassword = carriesPassword;
        this.label = label;
    }

    /**
     * The letter for an account of this kind: the one that prints a temporary password when there is one to print
     * (R-ACC-3, R-ACC-8), otherwise the identifier-only letter.
     */
    public static LetterKind of(AccountKind recipient, boolean carriesPassword) {
        for (LetterKind kind : values()) {
            if (kind.recipient == recipient && kind.carriesPassword == carriesPassword) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Aucun courrier pour " + recipient);
    }

    public boolean forGuardian() {
        return recipient == AccountKind.GUARDIAN;
    }

    /** True for the new-account letters: they print the temporary password; continuity letters never do. */
    public boolean carriesPassword() {
        return carriesPassword;
    }

    /** The French name shown in the settings screen. */
    public String label() {
        return label;
    }
}
