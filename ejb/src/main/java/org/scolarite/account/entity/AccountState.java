package org.scolarite.account.entity;

/**
 * The states of the account life cycle (SPEC §4). {@link #CLOSED} is the « supprimé » state of R-ACC-6: the row is kept
 * for the history and so that its identifier is never handed out again, but for the person it reads as if there were
 * no account at all (« Non notifié »).
 */
public enum AccountState {
    NOT_NOTIFIED("Non notifié"),
    NOTIFIED("Notifié"),
    ACTIVATING("En cours d'activation"),
    IN_USE("Utilisé"),
    CLOSED("Supprimé");

    private final String label;

    AccountState(String label) {
        this.label = label;
    }

    /** The state's own name, for the account's history and the administrators' detail screen. */
    public String label() {
        return label;
    }

    /** What the person's row shows in the lists: a deleted account is shown as « Non notifié » (R-ACC-6). */
    public String personLabel() {
        return this == CLOSED ? NOT_NOTIFIED.label : label;
    }

    /** Whether someone holding the credentials may sign in to the portal in this state. */
    public boolean allowsLogin() {
        return this == NOTIFIED || this == ACTIVATING || this == IN_USE;
    }
}
